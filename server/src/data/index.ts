import type { GraphStore } from '../graph/store.js';
import { isEntityMap, waveBatch } from './batch.js';
import { type CitationsData, citationsData } from './citations.js';
import { type EditsData, editsData } from './edits.js';
import { type EntitiesData, entitiesData } from './entities.js';
import { toCitationRow, toEntityRow } from './mapping.js';
import { type NetworkData, networkData } from './network.js';
import { type ProposalReview, proposalReview } from './proposal-review.js';
import { type ProposalsData, proposalsData } from './proposals.js';
import { type RelationsData, relationsData } from './relations.js';
import { type ReportsData, reportsData } from './reports.js';
import { type RolesData, rolesData } from './roles.js';
import type { CitationRow, EntityRow } from './rows.js';
import { type SharedValues, sharedValues } from './shared.js';

// The data layer: one module per domain, each owning its statements, their parameters, the mapping of their rows
// and its DataLoaders. Resolvers and exports see rows, never statements.

export { proposedEntity } from './edit-entities.js';
export type { EditActor, EditUserRow, Proposal, ReplayReport } from './edits.js';
export type { KindedLink } from './mapping.js';
export type { ReviewableSet } from './proposals.js';
export type { RoleListName } from './roles.js';
export type * from './rows.js';
export type {
  CitationsData,
  EditsData,
  EntitiesData,
  NetworkData,
  ProposalReview,
  ProposalsData,
  RelationsData,
  ReportsData,
  RolesData,
};

/** Everything one request can read. */
export interface DataLayer {
  entities: EntitiesData;
  roles: RolesData;
  relations: RelationsData;
  citations: CitationsData;
  network: NetworkData;
  reports: ReportsData;
  edits: EditsData;
  proposals: ProposalsData;
  /** Reviewing proposals: accepted ones become edits (data/proposal-review.ts). */
  proposalReview: ProposalReview;
  /** Values derived from the whole graph, kept across requests until the next write (data/shared.ts). */
  shared: SharedValues;
  /**
   * The rows a statement brought beside its own answer (Batch.prime), at hand without a promise: a page of 1,500
   * seats resolves its holders, bodies and sources synchronously instead of awaiting a cached load for each.
   */
  known: {
    entity(id: string): EntityRow | undefined;
    citation(id: string): CitationRow | undefined;
  };
}

/**
 * A fresh data layer (fresh loader caches, its own waves) for one request. `graph` is the process's store when
 * `store` wraps it for the request (context.ts): shared values are kept per graph.
 */
export function createDataLayer(store: GraphStore, now?: () => Date, graph: GraphStore = store): DataLayer {
  const batch = waveBatch(store);
  const entities = entitiesData(batch);
  const roles = rolesData(batch);
  const citations = citationsData(batch);
  const shared = sharedValues(graph);
  // A page's rows repeat what they bring (the municipality of every seat, the document of every citation): each id
  // is mapped and primed once per request. A key the loader already holds keeps its value either way.
  const knownEntities = new Map<string, EntityRow>();
  const knownCitations = new Map<string, CitationRow>();
  const primeEntity = (map: unknown) => {
    if (!isEntityMap(map) || knownEntities.has(map.id as string)) return;
    const row = toEntityRow(map);
    knownEntities.set(row.id, row);
    entities.byId.prime(row.id, row);
  };
  batch.prime = {
    entities(maps) {
      for (const map of maps) primeEntity(map);
    },
    citations(maps) {
      for (const map of maps) {
        if (!isEntityMap(map)) continue;
        primeEntity(map.document);
        if (knownCitations.has(map.id as string)) continue;
        const row = toCitationRow(map);
        knownCitations.set(row.id, row);
        citations.byId.prime(row.id, row);
      }
    },
    roles(list, asOf, ownerId, rows) {
      roles.list(list, asOf).prime(ownerId, rows);
    },
  };
  return {
    entities,
    roles,
    relations: relationsData(batch),
    citations,
    network: networkData(batch),
    reports: reportsData(batch, shared),
    edits: editsData(batch, store, now),
    proposals: proposalsData(batch),
    proposalReview: proposalReview(store, now),
    shared,
    known: { entity: (id) => knownEntities.get(id), citation: (id) => knownCitations.get(id) },
  };
}

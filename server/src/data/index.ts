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
  batch.prime = {
    entities(rows) {
      for (const row of rows) entities.byId.prime(row.id, row);
    },
    citations(maps) {
      for (const map of maps) {
        if (!isEntityMap(map)) continue;
        citations.byId.prime(String(map.id), toCitationRow(map));
        if (isEntityMap(map.document)) entities.byId.prime(String(map.document.id), toEntityRow(map.document));
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
    reports: reportsData(batch),
    edits: editsData(batch, store, now),
    proposals: proposalsData(batch),
    proposalReview: proposalReview(store, now),
    shared: sharedValues(graph),
  };
}

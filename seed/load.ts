import {
  countEntities,
  deleteStaleCitations,
  deleteStaleEntities,
  deleteStalePosts,
  deleteStaleRelations,
  deleteStaleRoles,
  linkRolesHeldIn,
  linkRolesOnBehalfOf,
  schemaStatements,
  upsertCitations,
  upsertEntities,
  upsertPosts,
  upsertRelations,
  upsertRoles,
} from '../server/src/cypher/index.js';
import { foldName, searchKeys } from '../server/src/domain/names.js';
import { ENTITY_KINDS, RELATION_TYPES } from '../server/src/domain/vocabulary.js';
import type { Statement } from '../server/src/graph/statement.js';
import type { GraphStore, TransactionRunner } from '../server/src/graph/store.js';
import type { PlannedObservation, SeedPlan } from './plan.js';

const BATCH = 1000;

async function inBatches(tx: TransactionRunner, statement: Statement, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(statement, { rows: rows.slice(i, i + BATCH) });
}

/** Creates the constraints and indexes (idempotent); each schema statement runs on its own. */
export async function ensureSchema(store: GraphStore): Promise<void> {
  for (const statement of schemaStatements) await store.write(statement);
}

/** True when the graph holds no entity yet. */
export async function isEmpty(store: GraphStore): Promise<boolean> {
  const [row] = await store.read(countEntities);
  return Number(row?.count ?? 0) === 0;
}

/** The writes of a plan, in order: each a statement and the rows it takes (as $rows). */
export function planWrites(plan: SeedPlan): [Statement, object[]][] {
  const writes: [Statement, object[]][] = [];
  for (const kind of ENTITY_KINDS) {
    const rows = plan.entities
      .filter((entity) => entity.kind === kind)
      .map((entity) => ({
        id: entity.id,
        props: {
          ...entity.props,
          id: entity.id,
          kind: entity.kind,
          name: entity.name,
          aliases: entity.aliases,
          keys: searchKeys(entity.name, entity.aliases),
          citationIds: entity.citationIds,
        },
        start: entity.dates.start ?? null,
        end: entity.dates.end ?? null,
        date: entity.dates.date ?? null,
        coversStart: entity.dates.coversStart ?? null,
        coversEnd: entity.dates.coversEnd ?? null,
      }));
    writes.push([upsertEntities[kind], rows]);
  }
  writes.push([upsertCitations, plan.citations]);
  writes.push([
    upsertPosts,
    plan.posts.map((post) => ({
      id: post.id,
      props: {
        id: post.id,
        title: post.title,
        titleKey: foldName(post.title),
        organizationId: post.organizationId,
        onBehalfOfId: post.onBehalfOfId,
        singleSeat: post.singleSeat,
        ...observationLists('listing', post.listings),
      },
    })),
  ]);
  writes.push([
    upsertRoles,
    plan.roles.map((role) => ({
      id: role.id,
      personId: role.personId,
      postId: role.postId,
      props: {
        id: role.id,
        postId: role.postId,
        title: role.title,
        titleKey: foldName(role.title),
        share: role.share,
        periodStated: role.periodStated,
        duty: role.duty,
        citationIds: role.citationIds,
        ...observationLists('observed', role.observations),
      },
      start: role.start,
      end: role.end,
      validFrom: role.validFrom,
      validTo: role.validTo,
      endedOn: role.endedOn,
      firstObserved: role.firstObserved,
      lastObserved: role.lastObserved,
    })),
  ]);
  writes.push([
    linkRolesHeldIn,
    plan.roles.filter((role) => role.heldInId !== null).map((role) => ({ id: role.id, targetId: role.heldInId })),
  ]);
  writes.push([
    linkRolesOnBehalfOf,
    plan.roles
      .filter((role) => role.onBehalfOfId !== null)
      .map((role) => ({ id: role.id, targetId: role.onBehalfOfId })),
  ]);
  for (const type of RELATION_TYPES) {
    const rows = plan.relations
      .filter((relation) => relation.type === type)
      .map((relation) => ({
        id: relation.id,
        fromId: relation.fromId,
        toId: relation.toId,
        props: {
          id: relation.id,
          qualifier: relation.as,
          citationIds: relation.citationIds,
          attendance: relation.attendance,
        },
        start: relation.start,
        end: relation.end,
        validFrom: relation.validFrom,
        validTo: relation.validTo,
      }));
    writes.push([upsertRelations[type], rows]);
  }
  return writes;
}

/**
 * Observations as parallel lists of strings (graph properties cannot hold maps): `<prefix>CitationIds`,
 * `<prefix>From`, `<prefix>To`, `<prefix>Titles`; data/mapping.ts `observationsOf` reads them back.
 */
export function observationLists(prefix: string, observations: PlannedObservation[]): Record<string, string[]> {
  return {
    [`${prefix}CitationIds`]: observations.map((o) => o.citationId),
    [`${prefix}From`]: observations.map((o) => o.from),
    [`${prefix}To`]: observations.map((o) => o.to),
    [`${prefix}Titles`]: observations.map((o) => o.title),
  };
}

/**
 * Writes the plan in one transaction: upserts everything it holds and removes what it no longer holds, so that
 * loading the same files twice changes nothing and a failure leaves the graph as it was.
 */
export async function loadPlan(store: GraphStore, plan: SeedPlan): Promise<void> {
  await ensureSchema(store);
  await store.transaction(async (tx) => {
    for (const [statement, rows] of planWrites(plan)) await inBatches(tx, statement, rows);
    await tx.run(deleteStaleRelations, { ids: plan.relations.map((relation) => relation.id) });
    await tx.run(deleteStaleRoles, { ids: plan.roles.map((role) => role.id) });
    await tx.run(deleteStalePosts, { ids: plan.posts.map((post) => post.id) });
    await tx.run(deleteStaleCitations, { ids: plan.citations.map((citation) => citation.id) });
    await tx.run(deleteStaleEntities, { ids: plan.entities.map((entity) => entity.id) });
  });
}

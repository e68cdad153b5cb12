import {
  bulkCreateCitations,
  bulkCreateEntities,
  bulkCreatePosts,
  bulkCreateRelations,
  bulkCreateRoles,
  bulkCreateStructure,
  countEntities,
  countNodes,
  deleteSome,
  deleteStaleCitations,
  deleteStaleEntities,
  deleteStalePosts,
  deleteStaleRelations,
  deleteStaleRoles,
  editSchemaStatements,
  linkRolesHeldIn,
  linkRolesOnBehalfOf,
  mergeSchemaStatements,
  STRUCTURE_ENDS,
  schemaStatements,
  upsertCitations,
  upsertEntities,
  upsertPosts,
  upsertRelations,
  upsertRoles,
} from '../server/src/cypher/index.js';
import { type ReplayReport, replayApprovedEdits } from '../server/src/data/edits.js';
import { prepareSearch } from '../server/src/data/search-index.js';
import { entityWriteRow, postWriteRow, relationWriteRow, roleWriteRow } from '../server/src/data/writes.js';
import { ENTITY_KINDS, LABEL_OF_KIND, RELATION_TYPES } from '../server/src/domain/vocabulary.js';
import type { Statement } from '../server/src/graph/statement.js';
import type {
  BulkLoad,
  BulkProgress,
  BulkRelationships,
  GraphStore,
  TransactionRunner,
} from '../server/src/graph/store.js';
import { TemporalValue } from '../server/src/graph/values.js';
import type { SeedPlan } from './plan.js';

const BATCH = 1000;

async function inBatches(tx: TransactionRunner, statement: Statement, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(statement, { rows: rows.slice(i, i + BATCH) });
}

/** Creates the constraints and indexes (idempotent); each schema statement runs on its own. */
export async function ensureSchema(store: GraphStore): Promise<void> {
  for (const statement of [...schemaStatements, ...editSchemaStatements, ...mergeSchemaStatements]) {
    await store.write(statement);
  }
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
    const rows = plan.entities.filter((entity) => entity.kind === kind).map((entity) => entityWriteRow(entity));
    writes.push([upsertEntities[kind], rows]);
  }
  writes.push([upsertCitations, plan.citations]);
  writes.push([upsertPosts, plan.posts.map((post) => postWriteRow(post))]);
  writes.push([upsertRoles, plan.roles.map((role) => roleWriteRow(role))]);
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
      .map((relation) => relationWriteRow(relation));
    writes.push([upsertRelations[type], rows]);
  }
  return writes;
}

/**
 * A row's properties as a bulk load writes them: what `SET n = map` keeps (no nulls), then the dates as
 * `SET n.key = date(…)` sets them (a null date removes the key).
 */
function bulkProperties(properties: object, dates: Record<string, string | null> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) if (value !== null && value !== undefined) out[key] = value;
  for (const [key, iso] of Object.entries(dates)) {
    if (iso === null) delete out[key];
    else out[key] = new TemporalValue('date', iso);
  }
  return out;
}

/**
 * Where the seed loader's MERGE would make one node or relationship of two rows, a bulk load would make two: it
 * refuses a plan that states one id twice (per label, and per relationship type), before it writes anything.
 */
function refuseRepeatedIds(load: BulkLoad): void {
  const seen = new Set<string>();
  const once = (key: string, what: string) => {
    if (seen.has(key)) throw new Error(`The plan states ${what} twice: a bulk load would write it twice`);
    seen.add(key);
  };
  for (const group of load.nodes)
    for (const row of group.rows) once(`${group.labels[0]} ${row.id}`, `${group.labels[0]} ${row.id}`);
  for (const group of load.relationships) {
    for (const row of group.rows) {
      const id = row.properties.id;
      if (typeof id === 'string') once(`${group.type} ${id}`, `the ${group.type} relationship ${id}`);
    }
  }
}

/**
 * The plan as a bulk load (GraphStore.bulkCreate): the same nodes, labels, properties and relationships as
 * planWrites' statements make in an empty graph (tests/bulk-load.test.ts compares the two graphs).
 */
export function bulkLoadOf(plan: SeedPlan): BulkLoad {
  const link = (type: keyof typeof bulkCreateStructure, rows: BulkRelationships['rows']): BulkRelationships => ({
    type,
    ...STRUCTURE_ENDS[type],
    rows,
    neo4j: bulkCreateStructure[type],
  });
  const roles = plan.roles.map((role) => roleWriteRow(role));
  return {
    schema: [...schemaStatements, ...editSchemaStatements, ...mergeSchemaStatements],
    nodes: [
      ...ENTITY_KINDS.map((kind) => ({
        labels: ['Entity', LABEL_OF_KIND[kind]],
        neo4j: bulkCreateEntities[kind],
        rows: plan.entities
          .filter((entity) => entity.kind === kind)
          .map((entity) => {
            const { props, start, end, date, coversStart, coversEnd } = entityWriteRow(entity);
            return bulkProperties(props, { start, end, date, coversStart, coversEnd });
          }),
      })),
      { labels: ['Citation'], neo4j: bulkCreateCitations, rows: plan.citations.map((row) => bulkProperties(row)) },
      {
        labels: ['Post'],
        neo4j: bulkCreatePosts,
        rows: plan.posts.map((post) => bulkProperties(postWriteRow(post).props)),
      },
      {
        labels: ['Role'],
        neo4j: bulkCreateRoles,
        rows: roles.map(({ props, id: _id, personId: _person, postId: _post, ...dates }) =>
          bulkProperties(props, dates),
        ),
      },
    ],
    relationships: [
      link(
        'FROM',
        plan.citations.map((citation) => ({ from: citation.id, to: citation.documentId, properties: {} })),
      ),
      link(
        'HOLDS',
        roles.map((role) => ({ from: role.personId, to: role.id, properties: {} })),
      ),
      link(
        'OF_POST',
        roles.map((role) => ({ from: role.id, to: role.postId, properties: {} })),
      ),
      link(
        'HELD_IN',
        plan.roles.flatMap((role) =>
          role.heldInId === null ? [] : [{ from: role.id, to: role.heldInId, properties: {} }],
        ),
      ),
      link(
        'ON_BEHALF_OF',
        plan.roles.flatMap((role) =>
          role.onBehalfOfId === null ? [] : [{ from: role.id, to: role.onBehalfOfId, properties: {} }],
        ),
      ),
      ...RELATION_TYPES.map((type) => ({
        type,
        fromLabel: 'Entity',
        toLabel: 'Entity',
        neo4j: bulkCreateRelations[type],
        rows: plan.relations
          .filter((relation) => relation.type === type)
          .map((relation) => {
            const { fromId, toId, props, start, end, validFrom, validTo } = relationWriteRow(relation);
            return { from: fromId, to: toId, properties: bulkProperties(props, { start, end, validFrom, validTo }) };
          }),
      })),
    ],
  };
}

/**
 * Writes a plan into an empty graph through the bulk path (GraphStore.bulkCreate): many times faster than
 * loadPlan for a large graph, for a first load only, while nothing else writes (a command, not a request: the
 * benchmarks' import). It refuses a graph that holds any node and a plan that states an id twice, and a load that
 * fails part-way, its search indexes included, leaves the graph empty again, as it found it.
 */
export async function bulkLoadPlan(store: GraphStore, plan: SeedPlan, onProgress?: BulkProgress): Promise<void> {
  const [row] = await store.read(countNodes);
  const held = Number(row?.count ?? 0);
  if (held > 0) {
    throw new Error(`A bulk load needs an empty graph; this one holds ${held} node(s). Use loadPlan to load into it.`);
  }
  const load = bulkLoadOf(plan);
  refuseRepeatedIds(load);
  try {
    await store.bulkCreate(load, onProgress);
    await prepareSearch(store);
  } catch (error) {
    try {
      // In parts: a large graph does not fit one transaction on a small Neo4j heap.
      for (;;) {
        const [deleted] = await store.write(deleteSome, { limit: 10_000 });
        if (Number(deleted?.deleted ?? 0) === 0) break;
      }
    } catch (cleanup) {
      throw new AggregateError([error, cleanup], 'The bulk load failed, and so did emptying the graph after it');
    }
    throw error;
  }
}

/**
 * Writes the plan in one transaction: upserts everything it holds and removes what it no longer holds, then
 * replays the approved edits, so that loading the same files twice changes nothing, a failure leaves the graph
 * as it was, and no approved edit is lost. Edit, User, Session, ApiToken and AccessLogEntry nodes are never
 * deleted (the stale deletions go label by label: Entity, Role, Post, Citation, and fact relationships).
 */
export async function loadPlan(store: GraphStore, plan: SeedPlan): Promise<ReplayReport> {
  await ensureSchema(store);
  const report = await store.transaction(async (tx) => {
    for (const [statement, rows] of planWrites(plan)) await inBatches(tx, statement, rows);
    await tx.run(deleteStaleRelations, { ids: plan.relations.map((relation) => relation.id) });
    await tx.run(deleteStaleRoles, { ids: plan.roles.map((role) => role.id) });
    await tx.run(deleteStalePosts, { ids: plan.posts.map((post) => post.id) });
    await tx.run(deleteStaleCitations, { ids: plan.citations.map((citation) => citation.id) });
    await tx.run(deleteStaleEntities, { ids: plan.entities.map((entity) => entity.id) });
    // The graph is the seed files plus every approved edit (docs/edits.md): the edits live in the database, and
    // what the files no longer hold was removed above only to be written again by the edit that made it.
    return replayApprovedEdits(tx);
  });
  await prepareSearch(store);
  return report;
}

/** The seed's lines on the approved edits it replayed: how many, and each conflict or edit it could not apply. */
export function replayReport(report: ReplayReport): string {
  const lines = [`Replayed ${report.applied} approved edit(s) over the seed files.`];
  if (report.conflicts.length > 0) {
    lines.push(`${report.conflicts.length} conflict(s) (the edit was applied; the seed files now say otherwise):`);
    lines.push(...report.conflicts.map((line) => `  - ${line}`));
  }
  if (report.unapplied.length > 0) {
    lines.push(`${report.unapplied.length} edit(s) could not be applied (kept, not applied):`);
    lines.push(...report.unapplied.map((line) => `  - ${line}`));
  }
  return lines.join('\n');
}

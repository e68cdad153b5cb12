import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import grafeo from '@grafeo-db/js';
import { type Statement, textOn } from './statement.js';
import {
  type BulkLoad,
  type BulkProgress,
  type GraphStore,
  type Params,
  type Row,
  type StatementListener,
  StatementListeners,
  type TextIndexPlan,
  type TransactionRunner,
} from './store.js';
import { fromGrafeo, toGrafeoParams } from './values.js';

// The binding is CommonJS; its named exports are reached through the default import.
const { GrafeoDB } = grafeo;
type Database = InstanceType<typeof GrafeoDB>;
type QueryResult = Awaited<ReturnType<Database['executeCypher']>>;

const DATABASE_FILE = 'regiongraf.grafeo';
/** Rows per batch call of a bulk load (nodes carry many properties; relationships few). */
const BULK_NODES = 20_000;
const BULK_RELATIONSHIPS = 50_000;

function rowsOf(result: QueryResult): Row[] {
  return result.toArray().map((row) => fromGrafeo(row) as Row);
}

/**
 * True when the text index exists. Grafeo keeps its indexes in the database file, and has no call that lists them:
 * a search on a missing one fails with GRAFEO-V001 (creating one that exists would rescan every node).
 */
async function hasTextIndex(db: Database, label: string, property: string): Promise<boolean> {
  try {
    await db.textSearch(label, property, 'a', 1);
    return true;
  } catch (error) {
    if (/no text index/i.test((error as Error).message)) return false;
    throw error;
  }
}

/** Opens (or creates) the embedded Grafeo graph in the folder `directory`; `null` keeps it in memory. */
export function openEmbeddedStore(directory: string | null): GraphStore {
  let db: Database;
  let location: string;
  if (directory === null) {
    db = GrafeoDB.create();
    location = 'in memory';
  } else {
    // The database is a file plus a sidecar WAL folder: keep both inside GRAPH_DIR, so that removing the
    // folder resets the graph.
    location = resolve(directory);
    mkdirSync(location, { recursive: true });
    const file = join(location, DATABASE_FILE);
    try {
      db = existsSync(file) ? GrafeoDB.open(file) : GrafeoDB.create(file);
    } catch (error) {
      throw new Error(
        `Could not open the embedded graph at ${location}: ${(error as Error).message}. ` +
          'Is another Regiongraf process using it? Stop it, or set GRAPH_DIR to another folder.',
      );
    }
  }
  const listeners = new StatementListeners();
  // Grafeo runs one write transaction at a time; queue them so concurrent requests never interleave.
  let writeQueue: Promise<unknown> = Promise.resolve();
  let writes = 0;

  const store: GraphStore = {
    engine: 'grafeo',
    location,
    get writes() {
      return writes;
    },
    read(statement: Statement, params: Params = {}) {
      return listeners.time(statement, params, async () =>
        rowsOf(await db.executeCypher(textOn(statement, 'grafeo'), toGrafeoParams(params))),
      );
    },
    write(statement: Statement, params: Params = {}) {
      return store.transaction((tx) => tx.run(statement, params));
    },
    transaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
      const next = writeQueue.then(async () => {
        const tx = db.beginTransaction();
        const runner: TransactionRunner = {
          run: (statement, params = {}) =>
            listeners.time(statement, params, async () =>
              rowsOf(await tx.executeCypher(textOn(statement, 'grafeo'), toGrafeoParams(params))),
            ),
        };
        try {
          const result = await work(runner);
          tx.commit();
          writes++;
          return result;
        } catch (error) {
          if (tx.isActive) tx.rollback();
          throw error;
        }
      });
      writeQueue = next.catch(() => undefined);
      return next;
    },
    bulkCreate(load: BulkLoad, onProgress?: BulkProgress) {
      const next = writeQueue.then(() => bulkCreate(db, load, onProgress, () => writes++));
      writeQueue = next.catch(() => undefined);
      return next;
    },
    ensureTextIndexes(plan: TextIndexPlan, options: { rebuild?: boolean } = {}) {
      // Behind the write queue: an index is built from the committed graph, and no write runs while it is.
      const next = writeQueue.then(async () => {
        for (const { label, property } of plan.indexes) {
          if (await hasTextIndex(db, label, property)) {
            if (options.rebuild) await db.rebuildTextIndex(label, property);
          } else {
            // Every word is a token (the default tokenizer drops one-letter words and English stop words).
            await db.createTextIndex(label, property, { tokenizer: 'standard', stopWords: [] });
          }
        }
      });
      writeQueue = next.catch(() => undefined);
      return next;
    },
    onStatement(listener: StatementListener) {
      return listeners.add(listener);
    },
    async close() {
      await writeQueue;
      db.close();
    },
  };
  return store;
}

/**
 * A bulk load through Grafeo's batch calls, which skip the query engine: the nodes of each group in calls of
 * BULK_NODES (each call is a transaction), then the relationships by the node ids those calls returned, then the
 * schema, filled from the loaded graph at once. Two nodes with one id, or a relationship to an id the load does not
 * hold, fail the load (the schema's uniqueness constraints come only after the nodes, so the check is here).
 */
async function bulkCreate(db: Database, load: BulkLoad, onProgress: BulkProgress | undefined, committed: () => void) {
  const total =
    load.nodes.reduce((sum, group) => sum + group.rows.length, 0) +
    load.relationships.reduce((sum, group) => sum + group.rows.length, 0);
  let written = 0;
  const nodeIds = new Map<string, number>();
  for (const group of load.nodes) {
    for (let i = 0; i < group.rows.length; i += BULK_NODES) {
      const part = group.rows.slice(i, i + BULK_NODES);
      // Keyed by label and id, as the schema's constraints are: each label of the node finds it.
      for (const row of part) {
        const id = row.id;
        if (typeof id !== 'string') throw new Error(`A ${group.labels.join(':')} node of the load has no id`);
        for (const label of group.labels) {
          if (nodeIds.has(`${label} ${id}`)) throw new Error(`Two ${label} nodes of the load have the id ${id}`);
        }
      }
      const created = await db.batchCreateNodesWithProps([...group.labels], toGrafeoParams(part) as object[]);
      for (const [index, row] of part.entries()) {
        for (const label of group.labels) nodeIds.set(`${label} ${row.id}`, created[index] as number);
      }
      committed();
      written += part.length;
      onProgress?.(written, total);
    }
  }
  const nodeId = (label: string, id: string, type: string) => {
    const found = nodeIds.get(`${label} ${id}`);
    if (found === undefined)
      throw new Error(`A ${type} relationship of the load names ${id}, a ${label} the load does not hold`);
    return found;
  };
  for (const group of load.relationships) {
    for (let i = 0; i < group.rows.length; i += BULK_RELATIONSHIPS) {
      const part = group.rows.slice(i, i + BULK_RELATIONSHIPS);
      await db.batchCreateEdges(
        part.map((row) => ({
          src: nodeId(group.fromLabel, row.from, group.type),
          dst: nodeId(group.toLabel, row.to, group.type),
          type: group.type,
          properties: toGrafeoParams(row.properties),
        })),
      );
      committed();
      written += part.length;
      onProgress?.(written, total);
    }
  }
  for (const statement of load.schema) {
    const tx = db.beginTransaction();
    try {
      await tx.executeCypher(textOn(statement, 'grafeo'));
      tx.commit();
    } catch (error) {
      if (tx.isActive) tx.rollback();
      throw error;
    }
  }
}

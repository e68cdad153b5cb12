import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import grafeo from '@grafeo-db/js';
import { type Statement, textOn } from './statement.js';
import {
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

import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { fromNeo4j, toNeo4jParams } from './neo4j-values.js';
import { type Statement, textOn } from './statement.js';
import {
  type BulkLoad,
  type BulkProgress,
  DatabaseUnavailableError,
  type GraphStore,
  type Params,
  type Row,
  type StatementListener,
  StatementListeners,
  type TextIndexPlan,
  type TransactionRunner,
} from './store.js';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** How long a read may wait for a connection, and for the server to answer, before it fails (ms). */
  timeoutMs?: number;
}

/** Rows per transaction of a bulk load: large enough to keep the round trips few, small enough for a 512 MB heap. */
const BULK_ROWS = 20_000;

/** Driver errors that mean "the database is not answering" rather than "this statement is wrong". */
function isUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    (typeof code === 'string' && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) ||
    code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    /acquisition timed out|connection.*(closed|refused|timed out)/i.test(message ?? '')
  );
}

/**
 * Fails with DatabaseUnavailableError when the read fails for that reason or takes longer than `ms`: a frozen
 * server (SIGSTOP, a network partition) never answers, and the transaction timeout is enforced by the server.
 */
async function guarded<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(`Neo4j did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work(), timeout]);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    if (isUnavailable(error)) throw new DatabaseUnavailableError((error as Error).message, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function rowsOf(records: { toObject(): Record<string, unknown> }[]): Row[] {
  return records.map((record) => fromNeo4j(record.toObject()) as Row);
}

/** Connects to Neo4j 5 (a single server, a cluster or Aura) and checks that it answers. */
export async function openNeo4jStore(settings: Neo4jSettings): Promise<GraphStore> {
  const timeoutMs = settings.timeoutMs ?? 10_000;
  const driver: Driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: false,
    userAgent: 'regiongraf',
    // Fail fast when Neo4j is down: the defaults wait up to a minute for a connection and retry for 30 s.
    connectionAcquisitionTimeout: Math.min(timeoutMs, 2_000),
    connectionTimeout: Math.min(timeoutMs, 2_000),
    maxTransactionRetryTime: Math.min(timeoutMs, 1_000),
  });
  try {
    await driver.verifyConnectivity({ database: settings.database });
  } catch (error) {
    await driver.close();
    throw new Error(`Could not reach Neo4j at ${settings.uri}: ${(error as Error).message}`);
  }
  const listeners = new StatementListeners();
  const sessionConfig = (mode: 'READ' | 'WRITE') => ({
    database: settings.database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
  });

  let writes = 0;
  const store: GraphStore = {
    engine: 'neo4j',
    location: settings.uri,
    get writes() {
      return writes;
    },
    read(statement: Statement, params: Params = {}) {
      return listeners.time(statement, params, () =>
        // A little after the server's own transaction timeout: a frozen or stopped Neo4j is reported as such, and
        // before a request deadline of a second more (the test of faults runs 2 s here under a 3 s deadline).
        guarded(timeoutMs + 500, async () => {
          const session = driver.session(sessionConfig('READ'));
          try {
            return await session.executeRead(
              async (tx) => rowsOf((await tx.run(textOn(statement, 'neo4j'), toNeo4jParams(params) as Params)).records),
              { timeout: timeoutMs },
            );
          } finally {
            await session.close();
          }
        }),
      );
    },
    write(statement: Statement, params: Params = {}) {
      return store.transaction((tx) => tx.run(statement, params));
    },
    async transaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
      const session = driver.session(sessionConfig('WRITE'));
      try {
        // executeWrite retries transient failures (leader switch in a cluster); `work` must be repeatable.
        const result = await session.executeWrite(async (tx: ManagedTransaction) => {
          const runner: TransactionRunner = {
            run: (statement, params = {}) =>
              listeners.time(statement, params, async () =>
                rowsOf((await tx.run(textOn(statement, 'neo4j'), toNeo4jParams(params) as Params)).records),
              ),
          };
          return work(runner);
        });
        writes++;
        return result;
      } finally {
        await session.close();
      }
    },
    async bulkCreate(load: BulkLoad, onProgress?: BulkProgress) {
      // The schema first: the relationship statements find both ends through the id indexes.
      for (const statement of load.schema) await store.write(statement);
      const groups = [...load.nodes, ...load.relationships];
      const total = groups.reduce((sum, group) => sum + group.rows.length, 0);
      let written = 0;
      for (const group of groups) {
        for (let i = 0; i < group.rows.length; i += BULK_ROWS) {
          const part = group.rows.slice(i, i + BULK_ROWS);
          const [row] = await store.write(group.neo4j, { rows: part });
          // A relationship whose end is missing matches nothing and would be left out without a word.
          const created = Number(row?.created ?? 0);
          if (created !== part.length) {
            throw new Error(`${group.neo4j.name} wrote ${created} of ${part.length} rows: an end is not in the graph`);
          }
          written += part.length;
          onProgress?.(written, total);
        }
      }
    },
    async ensureTextIndexes(plan: TextIndexPlan) {
      // Schema statements run in their own transactions, one each; Neo4j fills a new index in the background.
      for (const index of plan.indexes) await store.write(index.neo4j);
      await store.write(plan.neo4jAwaitOnline);
    },
    onStatement(listener: StatementListener) {
      return listeners.add(listener);
    },
    async close() {
      await driver.close();
    },
  };
  return store;
}

import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Statement } from './statement.js';
import {
  type GraphStore,
  type Params,
  type Row,
  type StatementListener,
  StatementListeners,
  type TransactionRunner,
} from './store.js';
import { fromNeo4j, toNeo4jParams } from './values.js';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

function rowsOf(records: { toObject(): Record<string, unknown> }[]): Row[] {
  return records.map((record) => fromNeo4j(record.toObject()) as Row);
}

/** Connects to Neo4j 5 (a single server, a cluster or Aura) and checks that it answers. */
export async function openNeo4jStore(settings: Neo4jSettings): Promise<GraphStore> {
  const driver: Driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: false,
    userAgent: 'regiongraf',
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

  const store: GraphStore = {
    engine: 'neo4j',
    location: settings.uri,
    read(statement: Statement, params: Params = {}) {
      return listeners.time(statement, params, async () => {
        const session = driver.session(sessionConfig('READ'));
        try {
          return await session.executeRead(async (tx) =>
            rowsOf((await tx.run(statement.text, toNeo4jParams(params) as Params)).records),
          );
        } finally {
          await session.close();
        }
      });
    },
    write(statement: Statement, params: Params = {}) {
      return store.transaction((tx) => tx.run(statement, params));
    },
    async transaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
      const session = driver.session(sessionConfig('WRITE'));
      try {
        // executeWrite retries transient failures (leader switch in a cluster); `work` must be repeatable.
        return await session.executeWrite(async (tx: ManagedTransaction) => {
          const runner: TransactionRunner = {
            run: (statement, params = {}) =>
              listeners.time(statement, params, async () =>
                rowsOf((await tx.run(statement.text, toNeo4jParams(params) as Params)).records),
              ),
          };
          return work(runner);
        });
      } finally {
        await session.close();
      }
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

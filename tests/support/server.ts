import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPlan } from '../../seed/load.js';
import { planSeed, readSeedSources, type SeedPlan } from '../../seed/plan.js';
import { type AppOptions, createApp } from '../../server/src/app.js';
import type { GraphStore } from '../../server/src/graph/store.js';
import type { Engine } from './engines.js';

export const SEED_DIR = join(import.meta.dirname, '..', '..', 'seed');
export const CLIENT_DIR = join(import.meta.dirname, '..', '..', 'client', 'dist');

let cachedPlan: SeedPlan | null = null;

/** The plan of the real seed files (validated once per test process). */
export function seedPlan(): SeedPlan {
  cachedPlan ??= planSeed(readSeedSources(SEED_DIR));
  return cachedPlan;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface TestServer {
  url: string;
  store: GraphStore;
  /** POSTs a GraphQL operation to the running server. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** Starts the real HTTP server on a free port over a freshly seeded graph of the given engine. */
export async function startServer(
  engine: Engine,
  options: { withClient?: boolean; clientDir?: string; app?: Partial<AppOptions> } = {},
): Promise<TestServer> {
  const { store, dispose } = await engine.open();
  await loadPlan(store, seedPlan());
  const clientDir = options.clientDir ?? (options.withClient ? CLIENT_DIR : null);
  if (clientDir && !existsSync(join(clientDir, 'index.html'))) {
    throw new Error('The client is not built: run npm run build (npm test does it first).');
  }
  const app = await createApp({ store, clientDir, maxQueryDepth: 12, logLevel: 'silent', ...options.app });
  const url = await app.listen(0, '127.0.0.1');
  return {
    url,
    store,
    async query<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<T>;
      return { ...body, status: response.status };
    },
    async stop() {
      await app.stop();
      await dispose();
    },
  };
}

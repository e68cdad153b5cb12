import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deleteEverything } from '../../server/src/cypher/testing.js';
import { openEmbeddedStore } from '../../server/src/graph/embedded.js';
import { openNeo4jStore } from '../../server/src/graph/neo4j.js';
import type { GraphStore } from '../../server/src/graph/store.js';

// The engines every integration suite runs on: always the embedded graph; Neo4j 5 when NEO4J_URI is set
// (.ci/run starts one). REQUIRE_NEO4J=1 turns a missing Neo4j into a failure instead of a skip.

export interface Engine {
  name: 'grafeo' | 'neo4j';
  /** Opens an empty graph of this engine; `dispose` closes it and removes what it left behind. */
  open(): Promise<{ store: GraphStore; dispose(): Promise<void> }>;
}

const grafeo: Engine = {
  name: 'grafeo',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'regiongraf-test-'));
    const store = openEmbeddedStore(join(dir, 'graph'));
    return {
      store,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const neo4j: Engine = {
  name: 'neo4j',
  async open() {
    const store = await openNeo4jStore({
      uri: process.env.NEO4J_URI as string,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE,
    });
    await store.write(deleteEverything);
    return {
      store,
      async dispose() {
        await store.close();
      },
    };
  },
};

/** The engines to run integration suites on (tests/support/global-setup.ts says once when Neo4j is skipped). */
export function engines(): Engine[] {
  if (process.env.NEO4J_URI) return [grafeo, neo4j];
  if (process.env.REQUIRE_NEO4J === '1') {
    throw new Error('REQUIRE_NEO4J=1 but NEO4J_URI is not set: start Neo4j with npm run neo4j (or .ci/run does it).');
  }
  return [grafeo];
}

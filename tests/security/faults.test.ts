import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../seed/load.js';
import { type App, createApp } from '../../server/src/app.js';
import { READY_DEADLINE_MS } from '../../server/src/data/health.js';
import { openNeo4jStore } from '../../server/src/graph/neo4j.js';
import { DatabaseUnavailableError, type GraphStore } from '../../server/src/graph/store.js';
import { engines } from '../support/engines.js';
import { seedPlan, startServer, type TestServer } from '../support/server.js';

// Database faults reported as such: an export cut midway is a failed download (never a truncated 200), and on
// a real Neo4j of its own (stopped, frozen with SIGSTOP, thawed) /ready says so at its own deadline (800 ms) and requests
// fail with DATABASE_UNAVAILABLE within their deadline, then recover without a restart.

const NEO4J_SCRIPTS = join(import.meta.dirname, '..', 'neo4j');

// The bounds below tell "answered by our own deadline" from "waited for the driver": /ready's deadline is 800 ms and
// the driver's connection timeouts are 2 s, so /ready must answer before 1.8 s. The margin is for a loaded CI
// machine (a run on two busy cores measured 1014 ms for an 800 ms deadline); the bounds are not speed targets.
const READY_BOUND_MS = READY_DEADLINE_MS + 1_000;
const HEALTH_BOUND_MS = 1_500;

for (const engine of engines()) {
  describe(`a database fault during an export on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(engine);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('cuts the download instead of ending a truncated file with 200', async () => {
      const store = server.store as { read: GraphStore['read'] };
      const read = store.read;
      let reads = 0;
      store.read = (statement, params) => {
        if (statement.name !== 'ping' && ++reads > 2) {
          return Promise.reject(new DatabaseUnavailableError('simulated: the database went away'));
        }
        return read(statement, params);
      };
      try {
        const response = await fetch(`${server.url}/export/graph.json`, { headers: { 'accept-encoding': 'identity' } });
        expect(response.status).toBe(200);
        await expect(response.text()).rejects.toThrow();
      } finally {
        store.read = read;
      }
      const again = await fetch(`${server.url}/export/graph.json`);
      expect(JSON.parse(await again.text()).format).toBe('regiongraf-graph');
    });
  });
}

describe.runIf(process.env.NEO4J_URI)('a Neo4j of its own that stops, freezes and comes back', () => {
  let pid = 0;
  let store: GraphStore;
  let app: App;
  let url = '';
  beforeAll(async () => {
    const output = execFileSync('node', [join(NEO4J_SCRIPTS, 'start.mjs'), '--detach'], { encoding: 'utf8' });
    const env = Object.fromEntries([...output.matchAll(/^(NEO4J_\w+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    pid = Number(env.NEO4J_PID);
    store = await openNeo4jStore({
      uri: env.NEO4J_URI as string,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE,
      timeoutMs: 2_000,
    });
    await loadPlan(store, seedPlan());
    app = await createApp({
      store,
      clientDir: null,
      maxQueryDepth: 12,
      logLevel: 'silent',
      limits: { requestTimeoutMs: 3_000 },
    });
    url = await app.listen(0, '127.0.0.1');
  }, 180_000);
  afterAll(async () => {
    if (pid) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // already gone
      }
    }
    await app?.stop();
    await store?.close().catch(() => undefined);
    if (pid) execFileSync('node', [join(NEO4J_SCRIPTS, 'stop.mjs'), `--pid=${pid}`]);
  }, 60_000);

  async function timed(path: string, init?: RequestInit) {
    const started = performance.now();
    const response = await fetch(`${url}${path}`, { ...init, signal: AbortSignal.timeout(20_000) });
    const text = await response.text();
    return { status: response.status, text, ms: performance.now() - started };
  }
  const query = (q: string) =>
    timed('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q }),
    });

  it('answers while Neo4j runs', async () => {
    // The first statement of a fresh driver opens its connection; readiness follows within a few tries.
    await expect.poll(async () => (await timed('/ready')).status, { timeout: 10_000, interval: 250 }).toBe(200);
    expect((await query('{ search(text: "Frøya") { entity { id } } }')).text).toContain('municipality:froya');
  });

  it('frozen (SIGSTOP): /ready is 503 at its deadline, requests fail within their deadline, /health stays up', async () => {
    process.kill(pid, 'SIGSTOP');
    try {
      const ready = await timed('/ready');
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(READY_BOUND_MS);
      const answer = await query('{ node(id: "municipality:hitra") { id } }');
      expect(answer.text).toContain('DATABASE_UNAVAILABLE');
      expect(answer.ms).toBeLessThan(5_000);
      const exported = await timed('/export/graph.json');
      expect(exported.status).toBe(503);
      const health = await timed('/health');
      expect(health.status).toBe(200);
      expect(health.ms).toBeLessThan(HEALTH_BOUND_MS);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
  }, 30_000);

  it('thawed: recovers without a restart', async () => {
    await expect.poll(async () => (await timed('/ready')).status, { timeout: 15_000, interval: 250 }).toBe(200);
    expect((await query('{ node(id: "municipality:hitra") { id } }')).text).toContain('municipality:hitra');
  }, 30_000);

  it('stopped: /ready is 503 at its deadline and requests fail fast with DATABASE_UNAVAILABLE', async () => {
    execFileSync('node', [join(NEO4J_SCRIPTS, 'stop.mjs'), `--pid=${pid}`]);
    pid = 0;
    const ready = await timed('/ready');
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(READY_BOUND_MS);
    const answer = await query('{ node(id: "municipality:hitra") { id } }');
    expect(answer.text).toContain('DATABASE_UNAVAILABLE');
    expect(answer.ms).toBeLessThan(5_000);
    expect((await timed('/export/report/representation.csv')).status).toBe(503);
  }, 30_000);
});

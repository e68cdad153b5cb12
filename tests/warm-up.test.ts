import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../seed/load.js';
import { type App, createApp } from '../server/src/app.js';
import type { GraphStore } from '../server/src/graph/store.js';
import { engines } from './support/engines.js';
import { seedPlan } from './support/server.js';

// After a restart of Neo4j the first search would wait for its statement to be planned (seconds on a loaded
// machine, past a request's deadline): the server plans the hot statements at start (server/src/data/warm-up.ts).

const clearQueryCaches = { name: 'clearQueryCaches', text: 'CALL db.clearQueryCaches()', mode: 'write' } as const;

for (const engine of engines()) {
  describe(`Planning at start on ${engine.name}`, () => {
    let store: GraphStore;
    let dispose: () => Promise<void>;
    let app: App | undefined;
    const sentAtStart: string[] = [];
    beforeAll(async () => {
      ({ store, dispose } = await engine.open());
      await loadPlan(store, seedPlan());
      if (engine.name === 'neo4j') await store.write(clearQueryCaches);
      const stop = store.onStatement((statement) => sentAtStart.push(statement.name));
      app = await createApp({ store, clientDir: null, maxQueryDepth: 12, logLevel: 'silent' });
      stop();
    }, 120_000);
    afterAll(async () => {
      await app?.stop();
      await dispose?.();
    });

    if (engine.name === 'neo4j') {
      it('Neo4j holds the plans of search and the entity page before the first request', async () => {
        expect(sentAtStart).toEqual(expect.arrayContaining(['searchHits', 'entitiesById', 'relationsOfEntities']));
        // Clearing the cache now says how many plans it held: at least the eight statements warmed at start.
        const [row] = await store.write(clearQueryCaches);
        const held = Number(/cleared of (\d+) quer/.exec(String(row?.value))?.[1] ?? 0);
        expect(held).toBeGreaterThanOrEqual(8);
      });
    } else {
      it('the embedded engine, which plans in well under a millisecond, is not warmed', () => {
        expect(sentAtStart).not.toContain('searchHits');
        expect(sentAtStart).not.toContain('relationsOfEntities');
      });
    }
  });
}

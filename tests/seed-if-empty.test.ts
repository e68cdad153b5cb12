import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSeed, readSeedSources } from '../seed/plan.js';
import { seedIfEmpty } from '../seed/seeding.js';
import { entityLabelsForTests } from '../server/src/cypher/testing.js';
import type { GraphStore } from '../server/src/graph/store.js';
import { engines } from './support/engines.js';

// `npm start` seeds the graph only when it is empty, in the server's own process (server/src/main.ts
// --seed-if-empty). On a graph that holds data it must not even read the seed files: that is what keeps a start on
// a seeded tree fast (issue 17), and what keeps a start from touching a curated graph.

const seedDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'seed');
const plan = planSeed(readSeedSources(seedDir));

describe.each(engines())('seeding on start ($name)', (engine) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ store, dispose } = await engine.open());
  });
  afterAll(() => dispose());

  it('loads every seed entity into an empty graph and says so', async () => {
    const message = await seedIfEmpty(store, seedDir);
    expect(message).toContain(`Seeded ${store.engine} graph`);
    expect(message).toContain(`${plan.entities.length} entities, ${plan.roles.length} roles`);
    const ids = (await store.read(entityLabelsForTests)).map((row) => String(row.id)).sort();
    expect(ids).toEqual(plan.entities.map((entity) => entity.id).sort());
  }, 120_000);

  it('leaves a graph that holds data alone, without reading the seed files', async () => {
    const before = (await store.read(entityLabelsForTests)).length;
    // A folder with no seed files: reading them would throw.
    const message = await seedIfEmpty(store, join(seedDir, 'no-such-folder'));
    expect(message).toBe(
      `The graph at ${store.location} already holds data; not seeding (run npm run seed to reload).`,
    );
    expect((await store.read(entityLabelsForTests)).length).toBe(before);
  });
});

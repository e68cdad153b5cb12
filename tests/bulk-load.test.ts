import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkLoadOf, bulkLoadPlan, loadPlan } from '../seed/load.js';
import type { SeedPlan } from '../seed/plan.js';
import { countNodes, deleteSome } from '../server/src/cypher/index.js';
import { backupData } from '../server/src/data/backup.js';
import { serialiseBackup } from '../server/src/domain/backup.js';
import type { GraphStore } from '../server/src/graph/store.js';
import { engines } from './support/engines.js';
import { seedPlan } from './support/server.js';

// The bulk path of a first load (seed/load.ts bulkLoadPlan, GraphStore.bulkCreate; used by the benchmarks' import
// of a million facts): it must write the very graph the seed loader writes, refuse a graph that holds anything, and
// leave the graph empty when it fails part-way.

async function graphOf(store: GraphStore): Promise<string> {
  return serialiseBackup(await backupData(store).read());
}

async function nodeCount(store: GraphStore): Promise<number> {
  const [row] = await store.read(countNodes);
  return Number(row?.count ?? 0);
}

async function empty(store: GraphStore): Promise<void> {
  for (;;) {
    const [row] = await store.write(deleteSome, { limit: 10_000 });
    if (Number(row?.deleted ?? 0) === 0) break;
  }
}

describe.each(engines())('a bulk load on $name', (engine) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let seeded: string;

  beforeAll(async () => {
    ({ store, dispose } = await engine.open());
    await loadPlan(store, seedPlan());
    seeded = await graphOf(store);
    await empty(store);
  });
  afterAll(async () => {
    await dispose();
  });

  it('writes the same nodes, labels, typed properties and relationships as the seed loader', async () => {
    const progress: [number, number][] = [];
    await bulkLoadPlan(store, seedPlan(), (written, total) => progress.push([written, total]));
    const bulk = await graphOf(store);
    expect(bulk.length).toBeGreaterThan(10_000);
    expect(bulk).toBe(seeded);
    // Progress climbs to everything the load holds.
    const load = bulkLoadOf(seedPlan());
    const total = [...load.nodes, ...load.relationships].reduce((sum, group) => sum + group.rows.length, 0);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.map(([written]) => written)).toEqual(
      [...progress.map(([written]) => written)].sort((a, b) => a - b),
    );
  });

  it('refuses a graph that holds something, and changes nothing', async () => {
    await expect(bulkLoadPlan(store, seedPlan())).rejects.toThrow(/needs an empty graph; this one holds \d+ node/);
    expect(await graphOf(store)).toBe(seeded);
  });

  it('leaves the graph empty when a relationship names a node the load does not hold', async () => {
    await empty(store);
    const plan = seedPlan();
    const broken: SeedPlan = {
      ...plan,
      relations: plan.relations.map((relation, index) =>
        index === plan.relations.length - 1 ? { ...relation, toId: 'org:not-in-the-load' } : relation,
      ),
    };
    await expect(bulkLoadPlan(store, broken)).rejects.toThrow(/not in the graph|does not hold/);
    expect(await nodeCount(store)).toBe(0);
  });

  it('leaves the graph empty when two nodes share an id', async () => {
    const plan = seedPlan();
    const twice: SeedPlan = {
      ...plan,
      entities: [...plan.entities, { ...(plan.entities[3] as SeedPlan['entities'][number]) }],
    };
    await expect(bulkLoadPlan(store, twice)).rejects.toThrow();
    expect(await nodeCount(store)).toBe(0);
  });
});

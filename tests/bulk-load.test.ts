import { describe, expect, it } from 'vitest';
import { generatePlan } from '../bench/generate.js';
import { bulkLoadOf, bulkLoadPlan, loadPlan } from '../seed/load.js';
import type { SeedPlan } from '../seed/plan.js';
import { createApp } from '../server/src/app.js';
import { countNodes } from '../server/src/cypher/index.js';
import { backupData } from '../server/src/data/backup.js';
import { serialiseBackup } from '../server/src/domain/backup.js';
import type { GraphStore } from '../server/src/graph/store.js';
import { gql } from './support/auth.js';
import { type Engine, engines } from './support/engines.js';
import { seedPlan } from './support/server.js';

// The bulk path of a first load (seed/load.ts bulkLoadPlan, GraphStore.bulkCreate; the benchmarks' import of a
// million facts): into a fresh graph it must write the very graph the seed loader writes, and one that answers as
// that one does (found by id, found by search); it refuses a graph that holds anything or a plan that states an id
// twice, and leaves the graph empty when it fails part-way.

const ANSWERS = `query ($text: String!, $id: ID!) {
  search(text: $text, first: 10) { score matchedBy entity { id name kind aliases } }
  node(id: $id) { id ... on Entity { name kind citations { quote document { id name } } } }
}`;

async function nodeCount(store: GraphStore): Promise<number> {
  const [row] = await store.read(countNodes);
  return Number(row?.count ?? 0);
}

/** Runs `work` on a fresh, empty graph of the engine, and closes it after. */
async function inFreshGraph<T>(engine: Engine, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const { store, dispose } = await engine.open();
  try {
    return await work(store);
  } finally {
    await dispose();
  }
}

/** Loads the plan into a fresh graph of the engine and reads back the whole graph and two answers over HTTP. */
async function loaded(
  engine: Engine,
  plan: SeedPlan,
  load: (store: GraphStore, plan: SeedPlan) => Promise<unknown>,
  variables: { text: string; id: string },
): Promise<{ graph: string; answers: unknown }> {
  return inFreshGraph(engine, async (store) => {
    expect(await nodeCount(store)).toBe(0);
    await load(store, plan);
    const graph = serialiseBackup(await backupData(store).read());
    const app = await createApp({ store, clientDir: null, maxQueryDepth: 12, logLevel: 'silent' });
    try {
      const answer = await gql(await app.listen(0, '127.0.0.1'), ANSWERS, variables);
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      return { graph, answers: answer.data };
    } finally {
      await app.stop();
    }
  });
}

describe.each(engines())('a bulk load on $name', (engine) => {
  it('writes the seed loader’s graph: the same nodes, labels, typed properties and relationships, the same answers', async () => {
    const variables = { text: 'frøya', id: 'municipality:froya' };
    const seeded = await loaded(engine, seedPlan(), loadPlan, variables);
    const progress: [number, number][] = [];
    const bulk = await loaded(
      engine,
      seedPlan(),
      (store, plan) => bulkLoadPlan(store, plan, (written, total) => progress.push([written, total])),
      variables,
    );
    expect(bulk.graph.length).toBeGreaterThan(10_000);
    expect(bulk.graph).toBe(seeded.graph);
    expect(bulk.answers).toEqual(seeded.answers);
    expect(JSON.stringify(bulk.answers)).toContain('"name":"Frøya"');
    // Progress climbs to everything the load holds.
    const load = bulkLoadOf(seedPlan());
    const total = [...load.nodes, ...load.relationships].reduce((sum, group) => sum + group.rows.length, 0);
    expect(progress.at(-1)).toEqual([total, total]);
    const written = progress.map(([count]) => count);
    expect(written).toEqual([...written].sort((a, b) => a - b));
  });

  it('writes the synthetic graph of the benchmarks as the seed loader does', async () => {
    const plan = generatePlan({ facts: 2000, prefix: 'bulk' });
    const variables = { text: 'strømskag', id: 'municipality:bulk-m0' };
    const seeded = await loaded(engine, plan, loadPlan, variables);
    const bulk = await loaded(engine, plan, bulkLoadPlan, variables);
    expect(bulk.graph).toBe(seeded.graph);
    expect(bulk.answers).toEqual(seeded.answers);
    expect(JSON.stringify(bulk.answers)).toContain('Strømskag');
  });

  describe('refusals and failures', () => {
    it('refuses a graph that holds something, and changes nothing', () =>
      inFreshGraph(engine, async (store) => {
        await loadPlan(store, seedPlan());
        const before = serialiseBackup(await backupData(store).read());
        await expect(bulkLoadPlan(store, seedPlan())).rejects.toThrow(/needs an empty graph; this one holds \d+ node/);
        expect(serialiseBackup(await backupData(store).read())).toBe(before);
      }));

    it('leaves the graph empty when a relationship names a node the load does not hold', () =>
      inFreshGraph(engine, async (store) => {
        const plan = seedPlan();
        const broken: SeedPlan = {
          ...plan,
          relations: plan.relations.map((relation, index) =>
            index === plan.relations.length - 1 ? { ...relation, toId: 'org:not-in-the-load' } : relation,
          ),
        };
        await expect(bulkLoadPlan(store, broken)).rejects.toThrow(/not in the graph|does not hold/);
        expect(await nodeCount(store)).toBe(0);
      }));

    it('refuses a plan that states one id twice before it writes anything', () =>
      inFreshGraph(engine, async (store) => {
        const plan = seedPlan();
        const person = plan.entities.find((entity) => entity.kind === 'PERSON') as SeedPlan['entities'][number];
        const relation = plan.relations[0] as SeedPlan['relations'][number];
        await expect(bulkLoadPlan(store, { ...plan, entities: [...plan.entities, { ...person }] })).rejects.toThrow(
          `The plan states Entity ${person.id} twice`,
        );
        await expect(bulkLoadPlan(store, { ...plan, relations: [...plan.relations, { ...relation }] })).rejects.toThrow(
          `The plan states the ${relation.type} relationship ${relation.id} twice`,
        );
        expect(await nodeCount(store)).toBe(0);
      }));
  });
});

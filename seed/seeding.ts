import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphStore } from '../server/src/graph/store.js';
import { isEmpty, loadPlan, replayReport } from './load.js';
import { planSeed, readSeedSources, type SeedPlan, type SeedSources } from './plan.js';

// Loading the seed files into a graph: for `npm run seed` (seed/main.ts) and for `npm start`, whose server seeds
// an empty graph itself (server/src/main.ts --seed-if-empty) rather than start a second process to do it.

/** The seed files: REGIONGRAF_SEED_DIR, else seed/ beside this module (in the source tree or next to dist/). */
export const SEED_DIR =
  process.env.REGIONGRAF_SEED_DIR ?? dirname(fileURLToPath(import.meta.url)).replace(/\/dist\/seed$/, '/seed');

export function countsOf(plan: SeedPlan): string {
  return `${plan.entities.length} entities, ${plan.roles.length} roles, ${plan.relations.length} relationships, ${plan.citations.length} citations from ${plan.documents.length} documents`;
}

/** Reads, plans and loads the seed files (keeping approved edits: seed/load.ts); returns the plan and what to print. */
export async function seedStore(
  store: GraphStore,
  seedDir = SEED_DIR,
): Promise<{ sources: SeedSources; plan: SeedPlan; message: string }> {
  const started = performance.now();
  const sources = readSeedSources(seedDir);
  const plan = planSeed(sources);
  const replay = await loadPlan(store, plan);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const message = `Seeded ${store.engine} graph at ${store.location}: ${countsOf(plan)} in ${seconds} s.\n${replayReport(replay)}`;
  return { sources, plan, message };
}

/**
 * Seeds the graph only when it holds no entity yet. Asked before the seed files are read, so that a start on a
 * seeded graph does not read and plan files it will not load.
 */
export async function seedIfEmpty(store: GraphStore, seedDir = SEED_DIR): Promise<string> {
  if (!(await isEmpty(store))) {
    return `The graph at ${store.location} already holds data; not seeding (run npm run seed to reload).`;
  }
  return (await seedStore(store, seedDir)).message;
}

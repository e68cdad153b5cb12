import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { bulkLoadPlan } from '../seed/load.js';
import { deleteSome } from '../server/src/cypher/index.js';
import { openEmbeddedStore } from '../server/src/graph/embedded.js';
import { openNeo4jStore } from '../server/src/graph/neo4j.js';
import type { GraphStore } from '../server/src/graph/store.js';
import type { generatePlan } from './generate.js';

// What the benchmarks share: an empty graph of either engine, and the import of a synthetic plan into it.

/** The Neo4j settings the benchmarks read (NEO4J_URI and friends, as the tests do). */
export function neo4jSettings() {
  return {
    uri: process.env.NEO4J_URI as string,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE,
  };
}

/** Opens an empty graph of the engine; `dispose` closes it and removes what it left behind. */
export async function openEngine(engine: 'grafeo' | 'neo4j'): Promise<{ store: GraphStore; dispose(): Promise<void> }> {
  if (engine === 'neo4j') {
    const store = await openNeo4jStore(neo4jSettings());
    // Empty it in small transactions: a large graph does not fit one transaction on a small Neo4j heap.
    for (;;) {
      const [row] = await store.write(deleteSome, { limit: 10_000 });
      if (Number(row?.deleted ?? 0) === 0) break;
    }
    return { store, dispose: () => store.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'regiongraf-bench-'));
  const store = openEmbeddedStore(join(dir, 'graph'));
  return {
    store,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Imports a plan into the empty graph through the bulk path of a first load (seed/load.ts bulkLoadPlan), search
 * indexes included; returns the seconds taken. On a terminal a progress bar counts the nodes and relationships.
 */
export async function importPlan(store: GraphStore, plan: ReturnType<typeof generatePlan>): Promise<number> {
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format: '  import [{bar}] {percentage}% | {value}/{total} rows | {eta_formatted} left',
          stream: process.stderr,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let shown = false;
  const started = performance.now();
  try {
    await bulkLoadPlan(store, plan, (written, total) => {
      if (!bar) return;
      if (!shown) bar.start(total, 0);
      shown = true;
      bar.update(written);
    });
  } finally {
    bar?.stop();
  }
  return (performance.now() - started) / 1000;
}

/** The value at the `p`th percentile (nearest rank, from below). */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/** Rounded to two decimals. */
export const round = (value: number) => Math.round(value * 100) / 100;

/** The length of the union of time intervals. */
export function coveredTime(intervals: [number, number][]): number {
  let total = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

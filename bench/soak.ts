import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPlan } from '../seed/load.js';
import { planSeed, readSeedSources } from '../seed/plan.js';
import { createApp } from '../server/src/app.js';
import { openEmbeddedStore } from '../server/src/graph/embedded.js';
import { clientOperations } from './operations.js';

// npm run soak [-- --seconds 60 --workers 8]
// Bounded load at saturation on the client's main operations while hostile requests (the reproductions of issue
// 12) run beside them, against the real server on loopback over the seeded embedded graph. Prints req/s, p50/p99,
// errors and RSS every 5 s, and stops by itself. Not part of npm test; a run is recorded in docs/benchmarks.md.

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, workers: { type: 'string', default: '8' } },
});
const seconds = Number(values.seconds);
const workers = Number(values.workers);

const nested = (depth: number): string =>
  depth === 0 ? 'id' : `relations { ${depth % 2 ? 'from' : 'to'} { ${nested(depth - 1)} } }`;
const heavy = `entities(first: 200) { edges { node { ${nested(4)} } } }`;
const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const HOSTILE: { query: string; variables?: Record<string, unknown> }[] = [
  { query: `{ a: ${heavy} b: ${heavy} }` },
  { query: aliases(10_000, 'neighbourhood(id: "org:ipr-trondelag-sorvest", hops: 3, limit: 2000) { nodes { id } }') },
  { query: aliases(10_000, 'search(text: "frøya") { entity { id } }') },
  {
    query: 'query ($t: String!) { search(text: $t) { entity { id } } }',
    variables: { t: 'frøya hitra '.repeat(8_500) },
  },
];

const CLIENT: { name: string; query: string; variables: Record<string, unknown> }[] = (() => {
  const operations = clientOperations();
  const pick = (name: string, variables: Record<string, unknown>) => ({
    name,
    query: operations.get(name) as string,
    variables,
  });
  return [
    pick('Search', { text: 'frøya' }),
    pick('EntityPage', { id: 'municipality:froya' }),
    pick('NetworkNeighbourhood', { id: 'org:ipr-trondelag-sorvest', hops: 2 }),
    pick('Representation', {}),
  ].filter((operation) => operation.query);
})();

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'regiongraf-soak-'));
  const store = openEmbeddedStore(join(dir, 'graph'));
  await loadPlan(store, planSeed(readSeedSources(join(import.meta.dirname, '..', 'seed'))));
  const app = await createApp({ store, clientDir: null, maxQueryDepth: 12, logLevel: 'warn' });
  const url = `${await app.listen(0, '127.0.0.1')}/graphql`;
  const post = (body: unknown) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const until = Date.now() + seconds * 1000;
  let window: number[] = [];
  let errors = 0;
  let hostileSent = 0;
  let hostileRefused = 0;
  let total = 0;
  const all: number[] = [];

  const client = async (index: number) => {
    for (let i = index; Date.now() < until; i++) {
      const operation = CLIENT[i % CLIENT.length] as (typeof CLIENT)[number];
      const started = performance.now();
      try {
        const response = await post({ query: operation.query, variables: operation.variables });
        const body = (await response.json()) as { errors?: unknown[] };
        if (response.status !== 200 || body.errors) errors++;
      } catch {
        errors++;
      }
      const ms = performance.now() - started;
      window.push(ms);
      all.push(ms);
      total++;
    }
  };
  const hostile = async () => {
    for (let i = 0; Date.now() < until; i++) {
      hostileSent++;
      const response = await post(HOSTILE[i % HOSTILE.length]);
      await response.text();
      if (response.status === 400) hostileRefused++;
    }
  };
  console.log('t(s)  req/s   p50(ms)  p99(ms)  errors  hostile sent/refused  RSS(MB)');
  const started = Date.now();
  const report = setInterval(() => {
    const sorted = [...window].sort((a, b) => a - b);
    const elapsed = Math.round((Date.now() - started) / 1000);
    console.log(
      `${String(elapsed).padStart(4)}  ${String(Math.round(sorted.length / 5)).padStart(5)}  ${percentile(sorted, 50).toFixed(1).padStart(7)}  ${percentile(sorted, 99).toFixed(1).padStart(7)}  ${String(errors).padStart(6)}  ${`${hostileSent}/${hostileRefused}`.padStart(20)}  ${Math.round(process.memoryUsage().rss / 1e6)}`,
    );
    window = [];
  }, 5000);
  await Promise.all([...Array.from({ length: workers }, (_, i) => client(i)), hostile()]);
  clearInterval(report);
  const sorted = all.sort((a, b) => a - b);
  console.log(
    `total: ${total} client requests in ${seconds} s (${Math.round(total / seconds)} req/s), p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, ${errors} errors; ${hostileSent} hostile requests, ${hostileRefused} refused with 400; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
  await app.stop();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

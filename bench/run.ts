import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import { ensureSchema, planWrites } from '../seed/load.js';
import { buildSchema, createApp } from '../server/src/app.js';
import { createContext } from '../server/src/context.js';
import { deleteSome } from '../server/src/cypher/index.js';
import { prepareSearch } from '../server/src/data/search-index.js';
import { openEmbeddedStore } from '../server/src/graph/embedded.js';
import { openNeo4jStore } from '../server/src/graph/neo4j.js';
import type { GraphStore } from '../server/src/graph/store.js';
import { FIXTURES, PREFIX, SIGNED_IN } from './fixtures.js';
import { factCount, generatePlan } from './generate.js';
import { clientOperations } from './operations.js';

// npm run bench [-- --sizes 10000,100000,1000000 --iterations 30 --operations Search,EntityPage]
// For each size: grow a synthetic graph of the seeded graph's shape, import it (facts/s), then run every GraphQL
// operation the client sends: over HTTP, through a bare graphql.execute in the same process, and the Cypher time
// alone (the statements' own time), reported as p50/p99 and as ratios measured in the same run. On the embedded
// graph; also on Neo4j when NEO4J_URI is set. Results go to bench/results/ and are summarised in docs/benchmarks.md.

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    iterations: { type: 'string', default: '30' },
    chunk: { type: 'string', default: '5000' },
    // Only these client operations (comma-separated names); all of them when absent.
    operations: { type: 'string' },
  },
});
const sizes = String(values.sizes).split(',').map(Number);
const iterations = Number(values.iterations);
const chunk = Number(values.chunk);
const only = values.operations ? new Set(values.operations.split(',')) : null;

// Extra pages of the entity page, one per kind that has a page of its own.
const ENTITY_PAGES = [`person:${PREFIX}-p0`, `org:${PREFIX}-b0`, `project:${PREFIX}-j0`];

interface Timing {
  operation: string;
  httpP50: number;
  httpP99: number;
  executeP50: number;
  executeP99: number;
  cypherP50: number;
  statements: number;
  bytes: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const round = (value: number) => Math.round(value * 100) / 100;

/** The length of the union of time intervals. */
function coveredTime(intervals: [number, number][]): number {
  let total = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

async function openEngine(engine: 'grafeo' | 'neo4j'): Promise<{ store: GraphStore; dispose(): Promise<void> }> {
  if (engine === 'neo4j') {
    const store = await openNeo4jStore({
      uri: process.env.NEO4J_URI as string,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE,
    });
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

async function importPlan(store: GraphStore, plan: ReturnType<typeof generatePlan>): Promise<number> {
  await ensureSchema(store);
  const started = performance.now();
  // Bulk import in transactions of `chunk` rows (the seed loader uses one transaction; a million facts do not fit
  // a small Neo4j heap in one).
  for (const [statement, rows] of planWrites(plan)) {
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      await store.transaction((tx) => tx.run(statement, { rows: part }));
    }
  }
  // The search indexes are part of the import: built once over the loaded graph, as a fresh seed does.
  await prepareSearch(store);
  return (performance.now() - started) / 1000;
}

async function benchSize(engine: 'grafeo' | 'neo4j', facts: number) {
  const plan = generatePlan({ facts, prefix: PREFIX });
  const total = factCount(plan);
  const { store, dispose } = await openEngine(engine);
  try {
    const importSeconds = await importPlan(store, plan);
    const app = await createApp({ store, clientDir: null, maxQueryDepth: 12, logLevel: 'silent' });
    const url = `${await app.listen(0, '127.0.0.1')}/graphql`;
    const schema = buildSchema();
    const timings: Timing[] = [];
    const runs: [string, string, Record<string, unknown>][] = [];
    for (const [name, query] of clientOperations()) {
      if (SIGNED_IN.has(name) || (only && !only.has(name))) continue;
      const variables = FIXTURES[name];
      if (!variables) throw new Error(`bench/run.ts has no variables for the client operation ${name}`);
      runs.push([name, query, variables]);
      if (name === 'EntityPage')
        for (const id of ENTITY_PAGES) runs.push([`EntityPage (${id.split(':')[0]})`, query, { id }]);
    }
    for (const [name, query, variables] of runs) {
      const document = parse(query);
      const http: number[] = [];
      const bare: number[] = [];
      const cypher: number[] = [];
      let statements = 0;
      let bytes = 0;
      for (let i = 0; i < iterations + 2; i++) {
        // Statements of one wave run concurrently: the Cypher time is the wall time covered by any statement.
        const intervals: [number, number][] = [];
        const stop = store.onStatement((_statement, _params, ms) => {
          const end = performance.now();
          intervals.push([end - ms, end]);
        });
        const started = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        const body = await response.text();
        const elapsed = performance.now() - started;
        stop();
        const count = intervals.length;
        const cypherMs = coveredTime(intervals);
        if (body.includes('"errors"')) throw new Error(`${name} failed: ${body.slice(0, 300)}`);
        const startedBare = performance.now();
        const result = await execute({
          schema,
          document,
          variableValues: variables,
          contextValue: createContext(store),
        });
        const elapsedBare = performance.now() - startedBare;
        if (result.errors) throw new Error(`${name} failed: ${result.errors[0]?.message}`);
        if (i < 2) continue; // warm-up
        http.push(elapsed);
        bare.push(elapsedBare);
        cypher.push(cypherMs);
        statements = count;
        bytes = body.length;
      }
      timings.push({
        operation: name,
        httpP50: round(percentile(http, 50)),
        httpP99: round(percentile(http, 99)),
        executeP50: round(percentile(bare, 50)),
        executeP99: round(percentile(bare, 99)),
        cypherP50: round(percentile(cypher, 50)),
        statements,
        bytes,
      });
      process.stderr.write(`  ${engine} ${total} facts: ${name} p50 ${round(percentile(http, 50))} ms\n`);
    }
    await app.stop();
    return {
      engine,
      facts: total,
      importSeconds: round(importSeconds),
      factsPerSecond: Math.round(total / importSeconds),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      timings,
    };
  } finally {
    await dispose();
  }
}

function markdown(results: Awaited<ReturnType<typeof benchSize>>[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(
      `### ${result.engine}, ${result.facts.toLocaleString('en')} facts`,
      '',
      `Import: ${result.importSeconds} s (${result.factsPerSecond.toLocaleString('en')} facts/s); peak RSS of the process so far: ${result.peakRssMb} MB.`,
      '',
      '| operation | statements | HTTP p50 ms | HTTP p99 ms | execute p50 ms | execute p99 ms | Cypher p50 ms | HTTP ÷ execute p50 | HTTP ÷ execute p99 | execute ÷ Cypher | response KB |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const t of result.timings) {
      lines.push(
        `| ${t.operation} | ${t.statements} | ${t.httpP50} | ${t.httpP99} | ${t.executeP50} | ${t.executeP99} | ${t.cypherP50} | ${round(t.httpP50 / t.executeP50)} | ${round(t.httpP99 / t.executeP99)} | ${round(t.executeP50 / Math.max(t.cypherP50, 0.01))} | ${round(t.bytes / 1024)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main() {
  const engines: ('grafeo' | 'neo4j')[] = process.env.NEO4J_URI ? ['grafeo', 'neo4j'] : ['grafeo'];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const results: Awaited<ReturnType<typeof benchSize>>[] = [];
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '');
  // Written after every size, so that a run stopped half-way keeps what it measured.
  const save = () => {
    writeFileSync(join(dir, `bench-${stamp}.json`), `${JSON.stringify({ machine, iterations, results }, null, 2)}\n`);
    const report = `Machine: ${machine}; ${iterations} measured runs per operation after 2 warm-ups.\n\n${markdown(results)}`;
    writeFileSync(join(dir, 'latest.md'), report);
    return report;
  };
  for (const engine of engines) {
    for (const size of sizes) {
      process.stderr.write(`${engine}: ${size} facts…\n`);
      results.push(await benchSize(engine, size));
      save();
    }
  }
  console.log(save());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import { buildSchema, createApp } from '../server/src/app.js';
import { createContext } from '../server/src/context.js';
import { FIXTURES, PREFIX, SIGNED_IN } from './fixtures.js';
import { factCount, generatePlan } from './generate.js';
import { coveredTime, importPlan, openEngine, percentile, round } from './import.js';
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
    // Only these client operations (comma-separated names); all of them when absent.
    operations: { type: 'string' },
  },
});
const sizes = String(values.sizes).split(',').map(Number);
const iterations = Number(values.iterations);
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

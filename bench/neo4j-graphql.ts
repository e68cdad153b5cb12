import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { createApp } from '../server/src/app.js';
import { PREFIX } from './fixtures.js';
import { factCount, generatePlan } from './generate.js';
import { coveredTime, importPlan, neo4jSettings, openEngine, percentile, round } from './import.js';
import { countingDriver } from './neo4j-graphql/counting-driver.js';
import { type Side, sideBySide } from './neo4j-graphql/queries.js';
import { typeDefs } from './neo4j-graphql/typedefs.js';

// npm run bench:neo4j-graphql [-- --sizes 10000,100000 --iterations 200 --warmup 10]
// Our server against @neo4j/graphql (the Neo4j GraphQL Library) on the same Neo4j and the same synthetic graph: the
// entity page of a municipality, search, and the network two hops out (bench/neo4j-graphql/queries.ts says what
// each side's answer holds). For each size: empty Neo4j, import the graph, start both servers on loopback, warm up,
// then time each operation over HTTP on both, interleaved (ours, theirs, theirs, ours, …), and print p50/p99 and
// the ratios ours ÷ theirs measured in the same run, with the statements each side sent per request. Needs
// NEO4J_URI (npm run neo4j). Results go to bench/results/ and are summarised in docs/benchmarks.md.

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    iterations: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '10' },
  },
});
const sizes = String(values.sizes).split(',').map(Number);
const iterations = Number(values.iterations);
const warmup = Number(values.warmup);

/** Every `id` value anywhere in an answer, once each: what the answer is about, comparable across the two shapes. */
function distinctIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) distinctIds(item, into);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (key === 'id' && typeof item === 'string') into.add(item);
      else distinctIds(item, into);
    }
  return into;
}

interface Measured {
  p50: number;
  p99: number;
  /** The median time the request's statements ran (the union of their intervals: one wave runs concurrently). */
  cypherP50: number;
  statements: number;
  bytes: number;
  distinctIds: number;
}

interface Row {
  operation: string;
  samples: number;
  ours: Measured;
  theirs: Measured & { cypherKb: number };
  p50Ratio: number;
  p99Ratio: number;
}

async function post(url: string, side: Side, name: string): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    // Uncompressed on both sides: our server compresses answers over 1 KB when asked to, Apollo's standalone
    // server never does; this compares the GraphQL layers and the database, not gzip.
    headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
    body: JSON.stringify({ query: side.query, variables: side.variables }),
  });
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200 || body.includes('"errors"')) throw new Error(`${name} failed: ${body.slice(0, 500)}`);
  if (response.headers.get('content-encoding')) throw new Error(`${name} came compressed: the comparison expects none`);
  return { ms, body };
}

async function benchSize(
  facts: number,
  theirsSchema: Awaited<ReturnType<Neo4jGraphQL['getSchema']>>,
  counter: Counter,
) {
  const plan = generatePlan({ facts, prefix: PREFIX });
  const total = factCount(plan);
  const { store, dispose } = await openEngine('neo4j');
  let theirs: ApolloServer | null = null;
  try {
    const importSeconds = await importPlan(store, plan);
    const app = await createApp({ store, clientDir: null, maxQueryDepth: 12, logLevel: 'silent' });
    const oursUrl = `${await app.listen(0, '127.0.0.1')}/graphql`;
    theirs = new ApolloServer({ schema: theirsSchema });
    const { url: theirsUrl } = await startStandaloneServer(theirs, {
      listen: { port: 0, host: '127.0.0.1' },
      context: async () => ({ sessionConfig: { database: neo4jSettings().database } }),
    });
    const rows: Row[] = [];
    for (const { operation, ours, theirs: their } of sideBySide()) {
      const times = { ours: [] as number[], theirs: [] as number[] };
      const cypher = { ours: [] as number[], theirs: [] as number[] };
      const last = {
        ours: { statements: 0, bytes: 0, distinctIds: 0 },
        theirs: { statements: 0, bytes: 0, distinctIds: 0, cypherKb: 0 },
      };
      const runOurs = async (measured: boolean) => {
        const intervals: [number, number][] = [];
        const stop = store.onStatement((_statement, _params, ms) => {
          const end = performance.now();
          intervals.push([end - ms, end]);
        });
        const { ms, body } = await post(oursUrl, ours, `ours ${operation}`);
        stop();
        const statements = intervals.length;
        if (!measured) return;
        times.ours.push(ms);
        cypher.ours.push(coveredTime(intervals));
        last.ours = { statements, bytes: body.length, distinctIds: distinctIds(JSON.parse(body)).size };
      };
      const runTheirs = async (measured: boolean) => {
        counter.reset();
        const { ms, body } = await post(theirsUrl, their, `@neo4j/graphql ${operation}`);
        if (!measured) return;
        times.theirs.push(ms);
        cypher.theirs.push(coveredTime(counter.intervals));
        last.theirs = {
          statements: counter.statements,
          bytes: body.length,
          distinctIds: distinctIds(JSON.parse(body)).size,
          cypherKb: round(counter.cypherChars / 1024),
        };
      };
      for (let i = 0; i < warmup + iterations; i++) {
        const measured = i >= warmup;
        // Interleaved, and each side first every other time, so that neither always finds the other's caches warm.
        if (i % 2 === 0) {
          await runOurs(measured);
          await runTheirs(measured);
        } else {
          await runTheirs(measured);
          await runOurs(measured);
        }
      }
      const oursP50 = percentile(times.ours, 50);
      const oursP99 = percentile(times.ours, 99);
      const theirsP50 = percentile(times.theirs, 50);
      const theirsP99 = percentile(times.theirs, 99);
      rows.push({
        operation,
        samples: iterations,
        ours: { p50: round(oursP50), p99: round(oursP99), cypherP50: round(percentile(cypher.ours, 50)), ...last.ours },
        theirs: {
          p50: round(theirsP50),
          p99: round(theirsP99),
          cypherP50: round(percentile(cypher.theirs, 50)),
          ...last.theirs,
        },
        p50Ratio: round(oursP50 / theirsP50),
        p99Ratio: round(oursP99 / theirsP99),
      });
      process.stderr.write(
        `  ${total} facts: ${operation} p50 ours ${round(oursP50)} ms, theirs ${round(theirsP50)} ms (÷ ${round(oursP50 / theirsP50)})\n`,
      );
    }
    await app.stop();
    return { facts: total, importSeconds: round(importSeconds), rows };
  } finally {
    await theirs?.stop();
    await dispose();
  }
}

interface Counter {
  statements: number;
  cypherChars: number;
  intervals: [number, number][];
  reset(): void;
}

function markdown(results: Awaited<ReturnType<typeof benchSize>>[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(
      `### ${result.facts.toLocaleString('en')} facts (import ${result.importSeconds} s)`,
      '',
      '| operation | samples | ours p50 ms | ours p99 ms | @neo4j/graphql p50 ms | @neo4j/graphql p99 ms | ours ÷ theirs p50 | ours ÷ theirs p99 | Cypher p50 ms ours / theirs | statements ours / theirs | answer KB ours / theirs | distinct ids ours / theirs | their Cypher KB |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of result.rows) {
      lines.push(
        `| ${r.operation} | ${r.samples} | ${r.ours.p50} | ${r.ours.p99} | ${r.theirs.p50} | ${r.theirs.p99} | ${r.p50Ratio} | ${r.p99Ratio} | ${r.ours.cypherP50} / ${r.theirs.cypherP50} | ${r.ours.statements} / ${r.theirs.statements} | ${round(r.ours.bytes / 1024)} / ${round(r.theirs.bytes / 1024)} | ${r.ours.distinctIds} / ${r.theirs.distinctIds} | ${r.theirs.cypherKb} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main() {
  if (!process.env.NEO4J_URI) {
    throw new Error(
      'npm run bench:neo4j-graphql needs a Neo4j: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD), e.g. from `npm run neo4j`. It empties that database.',
    );
  }
  const settings = neo4jSettings();
  const counter: Counter = {
    statements: 0,
    cypherChars: 0,
    intervals: [],
    reset() {
      this.statements = 0;
      this.cypherChars = 0;
      this.intervals = [];
    },
  };
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  const counting = countingDriver(driver, (cypher, ms) => {
    const end = performance.now();
    counter.statements++;
    counter.cypherChars += cypher.length;
    counter.intervals.push([end - ms, end]);
  });
  const theirsSchema = await new Neo4jGraphQL({ typeDefs, driver: counting }).getSchema();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const loadBefore = loadavg().map(round);
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '');
  const results: Awaited<ReturnType<typeof benchSize>>[] = [];
  // Written after every size, so that a run stopped half-way keeps what it measured.
  const save = () => {
    const load = { before: loadBefore, after: loadavg().map(round) };
    writeFileSync(
      join(dir, `neo4j-graphql-${stamp}.json`),
      `${JSON.stringify({ machine, load, iterations, warmup, results }, null, 2)}\n`,
    );
    const report = `Machine: ${machine}; load average (1, 5, 15 min) ${load.before.join(', ')} before, ${load.after.join(', ')} after; ${iterations} measured requests per side and operation after ${warmup} warm-ups, interleaved.\n\n${markdown(results)}`;
    writeFileSync(join(dir, 'neo4j-graphql-latest.md'), report);
    return report;
  };
  try {
    for (const size of sizes) {
      process.stderr.write(`${size} facts…\n`);
      results.push(await benchSize(size, theirsSchema, counter));
      save();
    }
  } finally {
    await driver.close();
  }
  console.log(save());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

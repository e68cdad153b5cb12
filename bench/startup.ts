import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

// npm run bench:start [-- --runs 5]
// Time to first answer (issue 17, point 4): from starting `npm start` to the first GraphQL answer, on an already
// built tree and an already seeded embedded graph, beside the built server started directly (the floor: what is
// left is wireit's check that nothing changed). The two run in turn, A B A B …, after one warm-up that builds and
// seeds, so a comparison holds while the machine's speed drifts. The graph lives in a temporary folder, never in
// data/. Not part of npm test; a run is recorded in docs/benchmarks.md.

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const ROOT = join(import.meta.dirname, '..');
const QUESTION = JSON.stringify({ query: '{ node(id: "municipality:hitra") { id } }' });
const DEADLINE_MS = 120_000;

const COMMANDS = {
  'npm start': ['npm', ['start']],
  'server alone': ['node', ['dist/server/src/main.js', '--seed-if-empty']],
} as const satisfies Record<string, readonly [string, readonly string[]]>;
type Name = keyof typeof COMMANDS;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function answers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: QUESTION,
      signal: AbortSignal.timeout(2_000),
    });
    return response.ok && (await response.text()).includes('municipality:hitra');
  } catch {
    return false;
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    // The whole group: npm, wireit and the server under it.
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  });
}

/** Milliseconds from spawning `name` to its first answer. */
async function firstAnswer(name: Name, graphDir: string): Promise<number> {
  const [command, args] = COMMANDS[name];
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      GRAPH_DIR: graphDir,
      LOG_LEVEL: 'warn',
      ADMIN_PASSWORD: 'bench-startup-1',
    },
  });
  try {
    while (!(await answers(port))) {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it answered`);
      if (performance.now() - started > DEADLINE_MS) throw new Error(`${name} did not answer within ${DEADLINE_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return performance.now() - started;
  } finally {
    await stop(child);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const row = (label: string, xs: number[], unit: string, digits: number) =>
  `${label.padEnd(14)} ${[Math.min(...xs), median(xs), Math.max(...xs)].map((x) => `${x.toFixed(digits)}${unit}`.padStart(10)).join('')}`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'regiongraf-startup-'));
  const graphDir = join(dir, 'graph');
  try {
    // Warm-up: builds what changed and seeds the empty graph, like a first `npm start` on a fresh clone.
    const warmup = await firstAnswer('npm start', graphDir);
    process.stdout.write(`warm-up (build if needed, seed): ${(warmup / 1000).toFixed(2)} s\n`);
    const times: Record<Name, number[]> = { 'npm start': [], 'server alone': [] };
    const ratios: number[] = [];
    for (let run = 0; run < runs; run++) {
      const a = await firstAnswer('npm start', graphDir);
      const b = await firstAnswer('server alone', graphDir);
      times['npm start'].push(a / 1000);
      times['server alone'].push(b / 1000);
      ratios.push(a / b);
    }
    process.stdout.write(`\nfirst answer, ${runs} runs each, interleaved   min  median     max\n`);
    for (const name of Object.keys(times) as Name[]) process.stdout.write(`${row(name, times[name], ' s', 2)}\n`);
    process.stdout.write(`${row('ratio A/B', ratios, '×', 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

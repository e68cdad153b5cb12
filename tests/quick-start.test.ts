import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The README's quick start, as a person runs it: `npm start` on the default embedded graph (no NEO4J_URI), in a
// tree `npm test` has just built. It builds nothing that is fresh, seeds an empty graph, prints the address, and the
// address answers; a second start on the same graph leaves it as it is.

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const graphDir = mkdtempSync(join(tmpdir(), 'regiongraf-quick-start-'));
const running = new Set<ChildProcess>();

interface Started {
  url: string;
  output: string;
  stop(): Promise<void>;
}

/** `npm start` in its own process group; resolves with the address it prints once it is ready. */
function npmStart(): Promise<Started> {
  const { NEO4J_URI: _uri, ...env } = process.env;
  const child = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    env: { ...env, GRAPH_DIR: graphDir, PORT: '0', LOG_LEVEL: 'warn', ADMIN_PASSWORD: 'quick start passphrase' },
  });
  running.add(child);
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once('exit', () => resolve());
      process.kill(-child.pid, 'SIGTERM');
    }).finally(() => running.delete(child));
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Regiongraf is ready: open (http:\/\/\S+?)\/? in your browser/.exec(output);
      if (ready?.[1]) resolve({ url: ready[1], output, stop });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

async function search(url: string, text: string): Promise<string[]> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($text: String!) { search(text: $text) { entity { name } } }',
      variables: { text },
    }),
  });
  const body = (await response.json()) as { data: { search: { entity: { name: string } }[] } };
  return body.data.search.map((hit) => hit.entity.name);
}

describe('npm start (the quick start)', () => {
  afterAll(async () => {
    for (const child of running) if (child.pid) process.kill(-child.pid, 'SIGKILL');
    rmSync(graphDir, { recursive: true, force: true });
  });

  it('seeds an empty graph and serves it at the address it prints', async () => {
    const started = await npmStart();
    try {
      expect(started.output).toContain('Seeded grafeo graph');
      expect(await search(started.url, 'Froya')).toContain('Frøya');
      const page = await fetch(`${started.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      await started.stop();
    }
  }, 180_000);

  it('starts again on the seeded graph without seeding it', async () => {
    const started = await npmStart();
    try {
      expect(started.output).toContain('already holds data; not seeding');
      expect(started.output).not.toContain('Seeded');
      expect(await search(started.url, 'Froya')).toContain('Frøya');
    } finally {
      await started.stop();
    }
  }, 180_000);
});

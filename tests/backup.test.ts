import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOperations } from '../bench/operations.js';
import { loadPlan } from '../seed/load.js';
import { type App, createApp } from '../server/src/app.js';
import { BACKUP_VOCABULARY, backupData } from '../server/src/data/backup.js';
import { BackupError, parseBackup, serialiseBackup } from '../server/src/domain/backup.js';
import { openEmbeddedStore } from '../server/src/graph/embedded.js';
import type { GraphStore } from '../server/src/graph/store.js';
import { type Credentials, gql, signIn } from './support/auth.js';
import { engines } from './support/engines.js';
import { OPERATION_VARIABLES } from './support/operation-variables.js';
import { seedPlan } from './support/server.js';

// npm run backup / restore (docs/operations.md): the whole graph, users, sessions, tokens and the access log
// included, as one file. A backup restored into a fresh graph of either engine, or over a graph that holds
// something else, reads back as the same bytes, answers every page and export as the original did, and keeps
// everyone signed in; a damaged file, or a restore that fails half-way, changes nothing.

const PASSWORD = 'a long admin passphrase';
const operations = clientOperations();

async function serve(store: GraphStore): Promise<{ app: App; url: string }> {
  const app = await createApp({ store, clientDir: null, maxQueryDepth: 12, logLevel: 'silent' });
  return { app, url: await app.listen(0, '127.0.0.1') };
}

/**
 * A value with every list sorted: lists the queries do not order (the network's links, a fact's quotes) come in
 * the order the engine stored them, which a restore need not repeat; what they hold must be the same.
 */
function unordered(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(unordered).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, unordered(inner)]));
  }
  return value;
}

/** What a reader sees: every page the client opens, and the downloads. */
async function answers(url: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, query] of operations) {
    for (const [index, variables] of (OPERATION_VARIABLES[name] ?? []).entries()) {
      const answer = await gql(url, query, variables);
      expect(answer.errors, `${name}#${index}`).toBeUndefined();
      out[`${name}#${index}`] = unordered(answer.data);
    }
  }
  for (const path of ['/export/graph.json', '/export/graph.graphml', '/export/popolo.json']) {
    // Links in the downloads name the server they came from, and each download says when it was made.
    const text = (await (await fetch(`${url}${path}`)).text())
      .replaceAll(url, '<server>')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, '<now>');
    out[path] = unordered(path.endsWith('.json') ? JSON.parse(text) : text.split('\n'));
  }
  return out;
}

/** What the review queue and history show, and where a merged id leads. */
async function signedInAnswers(url: string, who: Credentials, merged: string): Promise<Record<string, unknown>> {
  const edits = await gql(
    url,
    `{ edits(first: 50) { totalCount edges { node { id kind status summary createdAt reviewedAt note
        author { username } reviewer { username } entities { id } changes { target field before after } } } } }`,
    {},
    who,
  );
  expect(edits.errors).toBeUndefined();
  const redirect = await gql(url, 'query ($id: ID!) { node(id: $id) { id } }', { id: merged });
  expect(redirect.data).toEqual({ node: { id: 'person:kristin-stromskag' } });
  const candidates = await gql(url, '{ mergeCandidates { a { id } b { id } reason } }', {}, who);
  expect(candidates.errors).toBeUndefined();
  return { edits: edits.data, redirect: redirect.data, candidates: unordered(candidates.data) };
}

const backupText = async (store: GraphStore) => serialiseBackup(await backupData(store).read());

const all = engines();

for (const source of all) {
  describe(`Backup and restore on ${source.name}`, () => {
    let text: string;
    let before: Record<string, unknown>;
    let admin: Credentials;
    let token: string;
    let newPerson: string;

    beforeAll(async () => {
      const { store, dispose } = await source.open();
      try {
        await loadPlan(store, seedPlan());
        const { app, url } = await serve(store);
        try {
          await app.auth.bootstrapAdmin(PASSWORD);
          const { cookie } = await signIn(url, 'admin', PASSWORD);
          admin = { cookie: cookie as string };
          const made = await gql(
            url,
            'mutation { createUser(username: "kari", role: EDITOR, password: "another long passphrase") { id } }',
            {},
            admin,
          );
          expect(made.errors).toBeUndefined();
          const created = await gql<{ createApiToken: { token: string } }>(
            url,
            'mutation { createApiToken(name: "nightly", expiresAt: "2099-01-01") { token } }',
            {},
            admin,
          );
          token = created.data?.createApiToken.token as string;
          expect(token).toBeTruthy();
          // Edits and their traces: a new person, merged into another (a redirect), and a pair judged not the same.
          const kari = { cookie: (await signIn(url, 'kari', 'another long passphrase')).cookie as string };
          const review = async (edit: { data?: Record<string, { id: string }> | null }) => {
            const id = Object.values(edit.data ?? {})[0]?.id as string;
            const answer = await gql(url, 'mutation ($id: ID!) { approveEdit(id: $id) { id } }', { id }, admin);
            expect(answer.errors).toBeUndefined();
          };
          const added = await gql<{ addPerson: { id: string; entities: { id: string }[] } }>(
            url,
            'mutation { addPerson(name: "K. Strømskag", source: {note: "Registrert av sekretariatet"}) { id entities { id } } }',
            {},
            kari,
          );
          await review(added);
          newPerson = added.data?.addPerson.entities[0]?.id as string;
          await review(
            await gql(
              url,
              'mutation ($r: ID!) { mergeEntities(keep: "person:kristin-stromskag", remove: $r, reason: "Samme") { id } }',
              { r: newPerson },
              kari,
            ),
          );
          await review(
            await gql(
              url,
              'mutation { markNotSame(a: "person:ingjerd-astad", b: "person:kari-froseth", reason: "Ulike") { id } }',
              {},
              kari,
            ),
          );
          before = { ...(await answers(url)), ...(await signedInAnswers(url, admin, newPerson)) };
          text = await backupText(store);
        } finally {
          await app.stop();
        }
      } finally {
        await dispose();
      }
    });

    it('holds every node and relationship, users, sessions, tokens and the access log, dates as dates', () => {
      const backup = parseBackup(text, BACKUP_VOCABULARY);
      const labelled = (label: string) => backup.nodes.filter((node) => node.labels.includes(label));
      const plan = seedPlan();
      expect(labelled('Entity')).toHaveLength(plan.entities.length);
      expect(labelled('Role')).toHaveLength(plan.roles.length);
      expect(labelled('Citation')).toHaveLength(plan.citations.length);
      expect(labelled('User').map((node) => node.properties.username)).toEqual(['admin', 'kari']);
      expect(labelled('Session')).toHaveLength(2);
      expect(labelled('ApiToken')).toHaveLength(1);
      expect(labelled('AccessLogEntry').length).toBeGreaterThanOrEqual(3);
      expect(
        labelled('Edit')
          .map((node) => node.properties.kind)
          .sort(),
      ).toEqual(['ADD_PERSON', 'MERGE_ENTITIES', 'NOT_SAME']);
      expect(labelled('Redirect')).toHaveLength(1);
      expect(labelled('Judgement')).toHaveLength(1);
      const hitra = labelled('Role').find((node) => node.properties.validFrom !== undefined);
      expect(hitra?.properties.validFrom).toEqual({ $date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect(backup.relationships.filter((relationship) => relationship.type === 'HOLDS')).toHaveLength(
        plan.roles.length,
      );
    });

    for (const target of all) {
      it(`restores into a fresh ${target.name} graph: the same file, the same pages and downloads, still signed in`, async () => {
        const { store, dispose } = await target.open();
        try {
          await backupData(store).restore(parseBackup(text, BACKUP_VOCABULARY));
          expect(await backupText(store)).toBe(text);
          const { app, url } = await serve(store);
          try {
            const after = { ...(await answers(url)), ...(await signedInAnswers(url, admin, newPerson)) };
            expect(Object.keys(after)).toEqual(Object.keys(before));
            for (const [key, answer] of Object.entries(after)) expect(answer, key).toEqual(before[key]);
            const me = await gql(url, '{ me { username role } }', {}, admin);
            expect(me.data).toEqual({ me: { username: 'admin', role: 'ADMIN' } });
            const byToken = await gql(url, '{ me { username } }', {}, { token });
            expect(byToken.data).toEqual({ me: { username: 'admin' } });
          } finally {
            await app.stop();
          }
        } finally {
          await dispose();
        }
      }, 180_000);
    }

    it('restores over a graph that holds something else, replacing it entirely', { timeout: 180_000 }, async () => {
      const { store, dispose } = await source.open();
      try {
        await loadPlan(store, seedPlan());
        const { app } = await serve(store);
        try {
          await app.auth.bootstrapAdmin('somebody else entirely');
        } finally {
          await app.stop();
        }
        const { replaced } = await backupData(store).restore(parseBackup(text, BACKUP_VOCABULARY));
        expect(replaced).toBeGreaterThan(0);
        expect(await backupText(store)).toBe(text);
        const again = await serve(store);
        try {
          expect((await signIn(again.url, 'admin', 'somebody else entirely')).response.status).toBe(401);
          expect((await signIn(again.url, 'admin', PASSWORD)).response.status).toBe(204);
        } finally {
          await again.app.stop();
        }
      } finally {
        await dispose();
      }
    });

    it('refuses a damaged file or one of another format; a restore that fails half-way changes nothing', {
      timeout: 180_000,
    }, async () => {
      const swap = (from: string, to: string) => text.replace(from, to);
      const damaged: [string, string, RegExp][] = [
        ['cut short', text.slice(0, text.length / 2), /not JSON/],
        ['another format', swap('"regiongraf-backup"', '"something-else"'), /not a Regiongraf backup/],
        ['a later version', swap('"version":1', '"version":2'), /version 2; this Regiongraf reads version 1/],
        ['an unknown label', swap('"labels":["Role"]', '"labels":["Admin","Role"]'), /unknown label "Admin"/],
        ['an unknown type', swap('"type":"HOLDS"', '"type":"OWNS_EVERYTHING"'), /unknown relationship type/],
        [
          'a date that is none',
          text.replace(/\{"\$date":"\d{4}-\d{2}-\d{2}"\}/, '{"$date":"2021-02-30"}'),
          /not a date/,
        ],
        ['a dangling end', text.replace(/"from":\d+/, '"from":999999'), /no node 999999/],
        ['a map for a value', text.replace(/"id":"person:[^"]+"/, '"id":{"name":"x"}'), /properties\.id/],
        [
          'a second entity with one id',
          text.replace(/"id":"person:[^"]+"/, '"id":"municipality:froya"'),
          /a second Entity/,
        ],
      ];
      for (const [what, file, message] of damaged) {
        expect(file, what).not.toBe(text);
        expect(() => parseBackup(file, BACKUP_VOCABULARY), what).toThrow(BackupError);
        expect(() => parseBackup(file, BACKUP_VOCABULARY), what).toThrow(message);
      }
      const { store, dispose } = await source.open();
      try {
        await loadPlan(store, seedPlan());
        const seedOnly = await backupText(store);
        // A failure after the old graph was deleted and most of the new one written: the transaction takes it back.
        const failing: GraphStore = {
          ...store,
          transaction: (work) =>
            store.transaction((tx) =>
              work({
                run: (statement, params) => {
                  if (statement.name === 'restoreRelationships_FROM') throw new Error('the disk is full');
                  return tx.run(statement, params);
                },
              }),
            ),
        };
        await expect(backupData(failing).restore(parseBackup(text, BACKUP_VOCABULARY))).rejects.toThrow(
          'the disk is full',
        );
        expect(await backupText(store)).toBe(seedOnly);
      } finally {
        await dispose();
      }
    });
  });
}

describe('npm run backup and npm run restore', () => {
  const run = promisify(execFile);
  const dirs: string[] = [];
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'regiongraf-backup-'));
    dirs.push(dir);
    return dir;
  };
  const npm = (script: string, file: string, graphDir: string) =>
    run('npm', ['run', '--silent', script, '--', file], {
      cwd: join(import.meta.dirname, '..'),
      // The embedded graph in its own folder, whatever the suite runs against.
      env: { ...process.env, GRAPH_DIR: graphDir, NEO4J_URI: '' },
    });
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('write a file, restore it into another graph folder, and refuse a damaged one with a message', async () => {
    const [a, b, files] = [temp(), temp(), temp()];
    const seeded = openEmbeddedStore(join(a, 'graph'));
    await loadPlan(seeded, seedPlan());
    await seeded.close();
    const first = join(files, 'first.json');
    const second = join(files, 'second.json');
    expect((await npm('backup', first, join(a, 'graph'))).stdout).toMatch(/Wrote \d+ nodes and \d+ relationships/);
    expect((await npm('restore', first, join(b, 'graph'))).stdout).toMatch(/Restored \d+ nodes/);
    await npm('backup', second, join(b, 'graph'));
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));

    const damaged = join(files, 'damaged.json');
    writeFileSync(damaged, readFileSync(first, 'utf8').replace('"version":1', '"version":7'));
    const refused = await npm('restore', damaged, join(b, 'graph')).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/Nothing was restored\. .*version 7/) });
    await npm('backup', second, join(b, 'graph'));
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  }, 120_000);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../seed/load.js';
import { foldWhitespace } from '../server/src/domain/names.js';
import { type Credentials, gql, signIn } from './support/auth.js';
import { makeDocx, makePdf, makeZipBomb } from './support/documents.js';
import { engines } from './support/engines.js';
import { SEED_DIR, seedPlan, startServer, type TestServer } from './support/server.js';
import { STAFF_PASSWORD, staffOf } from './support/staff.js';

// Uploading a document over the real HTTP endpoint, once per engine (issue 15, docs/ingest.md): POST
// /api/documents takes a PDF, a Word document, HTML, Markdown or text from an editor, stores it with its extracted
// text once per content, and refuses what it cannot read with a clear error, changing nothing.

// The KDU minutes of 5 November 2021 (seed/sources/001_…): a test file is made of their own lines.
const MINUTES = readFileSync(join(SEED_DIR, 'sources', '001_5bf35c0e7693fa5c.txt'), 'utf8');
const HEADER = ['Referat KDU, Trøndelag sørvest', 'Møtested: Teams', 'Dato: 5. november 2021', 'Tidspunkt: 1000-1300'];
const ROWS = [
  ['Deltaker', 'Rolle', 'Til stede / ikke til stede'],
  ['Beathe Sandvik Meland', 'Kommunedirektør, Frøya', 'x'],
  ['Ingjerd Astad', 'Kommunedirektør, Hitra', 'x'],
];
const CASES = ['KDU 72/21 – Godkjenning referat 4. oktober 2021', 'Referat godkjent'];

const DOCUMENT_PAGE = `
query ($id: ID!) {
  node(id: $id) {
    ... on Document {
      id name file type date coversStart coversEnd mediaType sha256 uploadedAt pageStarts text
      uploadedBy { username }
    }
  }
}`;

interface Upload {
  status: number;
  body: { id?: string; proposals?: number; errors?: { message: string; extensions: { code: string } }[] };
}

for (const engine of engines()) {
  describe(`Uploading documents on ${engine.name}`, () => {
    let server: TestServer;
    let admin: Credentials;
    let editor: Credentials;
    let editorToken: string;
    let readerToken: string;

    const upload = async (
      who: Credentials,
      file: { bytes: Uint8Array; name: string; type?: string } | null,
      fields: Record<string, string> = {},
    ): Promise<Upload> => {
      const form = new FormData();
      if (file)
        form.set(
          'file',
          new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type ?? 'application/octet-stream' }),
          file.name,
        );
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      const headers: Record<string, string> = {};
      if (who.cookie) headers.cookie = who.cookie;
      if (who.token) headers.authorization = `Bearer ${who.token}`;
      if (who.preflight) headers['apollo-require-preflight'] = 'true';
      const response = await fetch(`${server.url}/api/documents`, { method: 'POST', headers, body: form });
      return { status: response.status, body: (await response.json()) as Upload['body'] };
    };
    const documentPage = async (id: string) => {
      const answer = await gql(server.url, DOCUMENT_PAGE, { id }, admin);
      expect(answer.errors).toBeUndefined();
      return (answer.data as { node: Record<string, unknown> | null }).node;
    };
    const documentCount = async () => {
      const answer = await gql(server.url, '{ entities(kinds: [DOCUMENT], first: 100) { totalCount } }', {}, admin);
      expect(answer.errors).toBeUndefined();
      return (answer.data as { entities: { totalCount: number } }).entities.totalCount;
    };
    const tokenOf = async (username: string, role: string) => {
      const { cookie } = await signIn(server.url, username, STAFF_PASSWORD);
      const made = await gql(
        server.url,
        'mutation ($r: UserRole) { createApiToken(name: "opplasting", role: $r) { token } }',
        { r: role },
        { cookie: cookie as string },
      );
      expect(made.errors).toBeUndefined();
      return (made.data as { createApiToken: { token: string } }).createApiToken.token;
    };

    beforeAll(async () => {
      server = await startServer(engine, { app: { uploadMaxBytes: 2_000_000 } });
      const staff = await staffOf(server, 'admin password for uploads', { editor1: 'EDITOR', reader1: 'READER' });
      admin = staff.admin;
      editor = { ...staff.editor1, preflight: true };
      editorToken = await tokenOf('editor1', 'EDITOR');
      readerToken = await tokenOf('reader1', 'READER');
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('the test files are made of the minutes’ own lines', () => {
      for (const row of ROWS.slice(1)) expect(MINUTES).toContain(row.join('\t'));
      for (const line of CASES) expect(MINUTES).toContain(line);
    });

    it('stores an uploaded PDF with its text page by page, and the same bytes again as the same document', async () => {
      const before = await documentCount();
      const bytes = await makePdf([HEADER, [...ROWS.map((row) => row.join('  ')), ...CASES]]);
      const fields = { title: 'Referat KDU 5. november 2021', date: '2021-11-05', type: 'minutes' };
      const first = await upload(
        { token: editorToken },
        { bytes, name: 'referat-kdu.pdf', type: 'application/pdf' },
        fields,
      );
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        id: expect.stringMatching(/^doc:referat-kdu-5-november-2021-[0-9a-f]{12}$/),
        proposals: expect.any(Number),
      });
      const id = first.body.id as string;
      const page = (await documentPage(id)) as Record<string, unknown>;
      expect(page).toMatchObject({
        name: 'Referat KDU 5. november 2021',
        file: 'referat-kdu.pdf',
        type: 'minutes',
        date: '2021-11-05',
        coversStart: '2021-11-05',
        coversEnd: '2021-11-05',
        mediaType: 'application/pdf',
        uploadedBy: { username: 'editor1' },
      });
      expect(page.sha256).toMatch(/^[0-9a-f]{64}$/);
      const text = page.text as string;
      const pageStarts = page.pageStarts as number[];
      expect(pageStarts).toHaveLength(2);
      expect(text.slice(pageStarts[1])).toMatch(/^Deltaker/);
      expect(foldWhitespace(text)).toContain('Ingjerd Astad Kommunedirektør, Hitra x');
      expect(await documentCount()).toBe(before + 1);

      // Once more, under another name and by another editor: the same document, nothing new stored.
      const again = await upload(editor, { bytes, name: 'kopi.pdf' }, { title: 'Kopi' });
      // The same count of proposals as the first upload stored (tests/proposals.test.ts reads them).
      expect(again).toEqual({ status: 200, body: { id, proposals: first.body.proposals } });
      expect(await documentCount()).toBe(before + 1);
      expect(((await documentPage(id)) as { name: string }).name).toBe('Referat KDU 5. november 2021');
    });

    it('stores the same bytes uploaded twice at once as one document', async () => {
      const before = await documentCount();
      const bytes = Buffer.from('Utvalg: Trøndelag sørvest, kommunedirektørutvalget\nDato: 5. november 2021\n');
      const answers = await Promise.all([
        upload({ token: editorToken }, { bytes, name: 'a.txt' }),
        upload(editor, { bytes, name: 'b.txt' }),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201]);
      expect(answers[0]?.body.id).toBe(answers[1]?.body.id);
      expect(await documentCount()).toBe(before + 1);
    });

    it('takes a Word document from a signed-in browser, its table rows kept as lines', async () => {
      const bytes = await makeDocx({ heading: HEADER[0] as string, paragraphs: HEADER.slice(1), table: ROWS });
      const answer = await upload(editor, { bytes, name: 'Referat_KDU.docx' });
      expect(answer.status).toBe(201);
      const page = (await documentPage(answer.body.id as string)) as Record<string, unknown>;
      // No title given: the file's name; no date: no period.
      expect(page).toMatchObject({ name: 'Referat KDU', date: null, coversStart: null, pageStarts: [0] });
      expect((page.text as string).split('\n')).toContain('Beathe Sandvik Meland\tKommunedirektør, Frøya\tx');
    });

    it('lets an edit quote an uploaded document, and refuses a quote that is not in it', async () => {
      const bytes = Buffer.from(`${HEADER.join('\n')}\n${ROWS.map((row) => row.join('\t')).join('\n')}\n`);
      const { body } = await upload({ token: editorToken }, { bytes, name: 'referat.txt' }, { date: '2021-11-05' });
      const propose = (quote: string) =>
        gql(
          server.url,
          'mutation ($s: SourceInput!) { addPerson(name: "Testperson Opplasting", source: $s) { id status source { quote document { id } } } }',
          { s: { document: body.id, quote } },
          { token: editorToken },
        );
      const good = await propose('Ingjerd Astad Kommunedirektør, Hitra');
      expect(good.errors).toBeUndefined();
      expect((good.data as { addPerson: { source: unknown } }).addPerson.source).toEqual({
        quote: 'Ingjerd Astad Kommunedirektør, Hitra',
        document: { id: body.id },
      });
      const bad = await propose('Ingjerd Astad Kommunedirektør, Frøya');
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('keeps uploaded documents and their text when the seed is loaded again', async () => {
      const bytes = Buffer.from('Møtested: Teams\nDato: 5. november 2021\n');
      const { status, body } = await upload({ token: editorToken }, { bytes, name: 'gjenstår.txt' });
      expect(status).toBe(201);
      const before = await documentCount();
      await loadPlan(server.store, seedPlan());
      expect(await documentCount()).toBe(before);
      expect(((await documentPage(body.id as string)) as { text: string }).text).toBe(
        'Møtested: Teams\nDato: 5. november 2021',
      );
    });

    it('refuses anyone but an editor, and a browser upload without the CSRF header', async () => {
      const file = { bytes: Buffer.from('Møtested: Teams'), name: 'a.txt' };
      const before = await documentCount();
      expect((await upload({}, file)).status).toBe(401);
      expect((await upload({ token: 'rg_not-a-token' }, file)).status).toBe(401);
      const reader = await upload({ token: readerToken }, file);
      expect(reader.status).toBe(403);
      expect(reader.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const noHeader = await upload({ cookie: editor.cookie as string }, file);
      expect(noHeader.status).toBe(403);
      expect(noHeader.body.errors?.[0]?.message).toMatch(/apollo-require-preflight/);
      expect(await documentCount()).toBe(before);
    });

    it('refuses a bad file with a clear error and stores nothing', async () => {
      const before = await documentCount();
      const cases: [string, () => Promise<Upload>, number, string, RegExp][] = [
        ['no file', () => upload(editor, null, { title: 'Uten fil' }), 400, 'BAD_REQUEST', /field "file" is missing/],
        ['empty', () => upload(editor, { bytes: new Uint8Array(), name: 'tom.pdf' }), 400, 'BAD_REQUEST', /is empty/],
        [
          'wrong type',
          () => upload(editor, { bytes: Buffer.from('GIF89a'), name: 'bilde.gif', type: 'image/gif' }),
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          /PDF, a Word document/,
        ],
        [
          'encrypted PDF',
          async () =>
            upload(editor, { bytes: await makePdf([HEADER], { userPassword: 'hemmelig' }), name: 'låst.pdf' }),
          422,
          'UNPROCESSABLE_DOCUMENT',
          /encrypted/,
        ],
        [
          'broken PDF',
          () => upload(editor, { bytes: Buffer.from('%PDF-1.7\n1 0 obj <<'), name: 'brutt.pdf' }),
          422,
          'UNPROCESSABLE_DOCUMENT',
          /not a readable PDF/,
        ],
        [
          'zip bomb',
          async () => upload(editor, { bytes: await makeZipBomb(20), name: 'bombe.docx' }),
          422,
          'UNPROCESSABLE_DOCUMENT',
          /inflates/,
        ],
        [
          'too large (over UPLOAD_MAX_BYTES)',
          () => upload(editor, { bytes: Buffer.alloc(2_500_000, 0x41), name: 'stor.txt' }),
          413,
          'PAYLOAD_TOO_LARGE',
          /larger than 2000000 bytes/,
        ],
        [
          'a date that is no day',
          () => upload(editor, { bytes: Buffer.from('Møtested: Teams'), name: 'a.txt' }, { date: '2021-02-30' }),
          400,
          'BAD_REQUEST',
          /"date" must be a day/,
        ],
        [
          'a period that ends before it starts',
          () =>
            upload(
              editor,
              { bytes: Buffer.from('Møtested: Teams'), name: 'a.txt' },
              { coversStart: '2021-12-31', coversEnd: '2021-01-01' },
            ),
          400,
          'BAD_REQUEST',
          /ends \(2021-01-01\) before it starts/,
        ],
        [
          'an unknown field',
          () => upload(editor, { bytes: Buffer.from('Møtested: Teams'), name: 'a.txt' }, { owner: 'x' }),
          400,
          'BAD_REQUEST',
          /Unknown field "owner"/,
        ],
      ];
      for (const [what, send, status, code, message] of cases) {
        const answer = await send();
        expect({ what, status: answer.status, code: answer.body.errors?.[0]?.extensions.code }).toEqual({
          what,
          status,
          code,
        });
        expect(answer.body.errors?.[0]?.message).toMatch(message);
      }
      // Two files in one upload.
      const twoFiles = new FormData();
      twoFiles.append('file', new Blob(['Møtested: Teams']), 'a.txt');
      twoFiles.append('file', new Blob(['Dato: 5. november 2021']), 'b.txt');
      const two = await fetch(`${server.url}/api/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${editorToken}` },
        body: twoFiles,
      });
      expect(two.status).toBe(400);
      expect(((await two.json()) as Upload['body']).errors?.[0]?.message).toMatch(/exactly one file/);
      // Not multipart at all.
      const json = await fetch(`${server.url}/api/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(json.status).toBe(415);
      expect(await documentCount()).toBe(before);
      // The server still answers.
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    });
  });
}

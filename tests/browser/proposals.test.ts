import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.js';
import { browserAvailable } from '../support/browser.js';
import {
  EDITOR,
  type EditSession,
  screenshotsAtBothSizes,
  seriousViolations,
  startEditSession,
} from '../support/browser-edits.js';
import {
  KDU_CASES as CASES,
  KDU_HEADER as HEADER,
  makeDocx,
  makePdf,
  KDU_TABLE as TABLE,
} from '../support/documents.js';
import { engines } from '../support/engines.js';
import { SEED_DIR } from '../support/server.js';

// Reviewing an uploaded document's proposals in the browser (issue 15, docs/ingest.md): an editor uploads minutes
// made of the KDU minutes' own lines for a new meeting day, as a PDF and as a Word document; the upload's answer
// links to the review screen, which shows the text with every proposal's quote highlighted beside the proposals
// grouped by kind, each with its effect, rule, confidence and matches.

const FLOW = 180_000;
// The PDF writes its participants as the minutes' prose writes a person's post, name first (the Word document
// below has them in the table).
const PARTICIPANTS = [
  'Til stede:',
  'Beathe Sandvik Meland, kommunedirektør Frøya',
  'Ingjerd Astad, kommunedirektør Hitra',
];

/** Uploads a file through the upload page and follows the answer's link to the review of its proposals. */
async function uploadAndReview(
  session: EditSession,
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  title: string,
) {
  await session.go(page, '/last-opp');
  await page.getByLabel(/Slipp filen her/).setInputFiles(file);
  await page.getByLabel('Tittel').fill(title);
  await page.getByLabel('Dokumentets dato').fill('2022-01-14');
  await page.getByLabel('Type').fill('referat');
  await page.getByRole('button', { name: 'Last opp' }).click();
  const answer = page.getByRole('status').filter({ hasText: 'Dokumentet er lagret med teksten sin.' });
  await answer.waitFor({ timeout: 60_000 });
  expect(await answer.textContent()).toMatch(/Dokumentet har \d+ forslag\./);
  await page.getByRole('link', { name: 'Gå gjennom forslagene' }).click();
  await page.getByRole('heading', { level: 1, name: `Forslag fra «${title}»` }).waitFor();
}

for (const engine of engines()) {
  describe.runIf(browserAvailable())(
    `Reviewing an uploaded document's proposals in a browser on ${engine.name}`,
    () => {
      let session: EditSession;
      let editor: Page;

      beforeAll(async () => {
        session = await startEditSession(engine);
        editor = await session.visitor(EDITOR);
      });
      afterAll(async () => {
        await session?.close();
      });

      it(
        'a PDF of minutes: the review screen highlights every proposal in the text and lists them by kind',
        async () => {
          const pdf = Buffer.from(await makePdf([HEADER, [...PARTICIPANTS, ...CASES]]));
          await uploadAndReview(
            session,
            editor,
            { name: 'referat-kdu-2022-01-14.pdf', mimeType: 'application/pdf', buffer: pdf },
            'Referat KDU 14. januar 2022',
          );
          const list = editor.locator('#proposals-list');
          for (const group of ['Møter', 'Roller', 'Saker']) {
            await list.getByRole('region', { name: group }).waitFor();
          }
          const text = editor.locator('#proposals-text');
          expect(await text.textContent()).toContain('Side 2');
          const marks = text.locator('mark');
          expect(await marks.count()).toBeGreaterThan(3);
          const meeting = list.getByRole('region', { name: 'Møter' }).locator('article').first();
          expect(await meeting.textContent()).toContain('Nytt faktum');
          expect(await meeting.textContent()).toMatch(/Regel: meeting-header/);
          expect(await meeting.textContent()).toMatch(/Sikkerhet: \d+ %/);
          const beathe = list.locator('article', { hasText: 'Beathe Sandvik Meland' }).first();
          expect(await beathe.textContent()).toContain('Kjent faktum: ny observasjon');
          // Her name as written differs from the graph's spelling: the match is a choice among ranked candidates.
          const choice = beathe.getByRole('combobox', { name: /Person: Hvem er «Beathe Sandvik Meland»\?/ });
          expect(await choice.locator('option:checked').textContent()).toMatch(/Beate Sandvik Meland/);
          expect(await choice.locator('option').last().textContent()).toBe('Ny (ingen av disse)');
          // "New" chosen by mistake and taken back (matchProposal twice): the candidate passed over stays offered.
          await choice.selectOption({ label: 'Ny (ingen av disse)' });
          await expect.poll(() => choice.inputValue()).toBe('');
          await choice.selectOption('person:beate-sandvik-meland');
          await expect.poll(() => choice.inputValue()).toBe('person:beate-sandvik-meland');
          // A highlight leads to its proposal.
          await text.locator('mark', { hasText: 'Ingjerd Astad' }).first().locator('[role=button]').click();
          const focused = await editor.evaluate(() => document.activeElement?.textContent ?? '');
          expect(focused).toContain('Ingjerd Astad');
          expect(await seriousViolations(editor, '.proposals-page')).toEqual([]);
          await screenshotsAtBothSizes(editor, editor.locator('.proposals-page'), 'proposals-review', engine.name);
        },
        FLOW,
      );

      it(
        'a Word document of the same minutes gets its own review screen',
        async () => {
          const docx = await makeDocx({
            heading: HEADER[0] as string,
            paragraphs: [...HEADER.slice(1), ...CASES],
            table: TABLE,
          });
          await uploadAndReview(
            session,
            editor,
            {
              name: 'referat-kdu-2022-01-14.docx',
              mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
              buffer: docx,
            },
            'Referat KDU 14. januar 2022 (Word)',
          );
          const list = editor.locator('#proposals-list');
          // The Word table keeps its cells: who was there, and in which seat.
          await list.getByRole('region', { name: 'Oppmøte' }).waitFor();
          const absent = list
            .getByRole('region', { name: 'Oppmøte' })
            .locator('article', { hasText: 'Per Øivind Sundell' })
            .first();
          expect(await absent.textContent()).toContain('Ikke til stede');
          const roles = list.getByRole('region', { name: 'Roller' });
          expect(await roles.locator('article', { hasText: 'Ingjerd Astad' }).count()).toBe(1);
          expect(await seriousViolations(editor, '.proposals-page')).toEqual([]);
          // The document's page: its text (nothing in the graph cites it yet) and a way back to its open proposals.
          await editor.getByRole('link', { name: 'Referat KDU 14. januar 2022 (Word)' }).first().click();
          await editor.getByRole('heading', { level: 1, name: 'Referat KDU 14. januar 2022 (Word)' }).waitFor();
          expect(await editor.locator('#document-text').textContent()).toContain('Ingjerd Astad');
          expect(await editor.locator('#document-text mark').count()).toBe(0);
          await editor.getByRole('link', { name: /^Se \d+ forslag fra dokumentet$/ }).click();
          await editor.getByRole('heading', { level: 1, name: /Forslag fra/ }).waitFor();
        },
        FLOW,
      );

      it(
        'a document whose rules ran out of time says so on its review screen',
        async () => {
          // The same graph behind a server whose rules get a millisecond once the text is read.
          const hurried = await createApp({
            store: session.server.store,
            clientDir: null,
            maxQueryDepth: 12,
            logLevel: 'silent',
            extraction: { timeoutMs: 60_000, maxHeapMb: 512, rulesTimeoutMs: 1 },
          });
          const url = await hurried.listen(0, '127.0.0.1');
          const form = new FormData();
          const minutes = readFileSync(join(SEED_DIR, 'sources', '001_5bf35c0e7693fa5c.txt'));
          form.set('file', new Blob([minutes], { type: 'text/plain' }), 'kdu.txt');
          form.set('title', 'KDU-referat, lest i hast');
          let id = '';
          try {
            const response = await fetch(`${url}/api/documents`, {
              method: 'POST',
              headers: { cookie: await session.cookie(EDITOR), 'apollo-require-preflight': 'true' },
              body: form,
            });
            expect(response.status).toBe(201);
            id = ((await response.json()) as { id: string }).id;
          } finally {
            await hurried.stop();
          }
          await session.go(editor, `/dokumenter/${encodeURI(id)}/forslag`);
          await editor.getByRole('heading', { level: 1, name: 'Forslag fra «KDU-referat, lest i hast»' }).waitFor();
          const alert = editor.getByRole('alert').filter({ hasText: 'Regiongraf rakk ikke å lese forslag' });
          await alert.waitFor();
          expect(await alert.textContent()).toContain('last opp den samme fila igjen');
          expect(await editor.getByRole('status').filter({ hasText: 'Dokumentet har ingen forslag.' }).count()).toBe(1);
        },
        FLOW,
      );
    },
  );
}

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser.js';
import {
  EDITOR,
  type EditSession,
  screenshotsAtBothSizes,
  seriousViolations,
  startEditSession,
} from '../support/browser-edits.js';
import { makePdf } from '../support/documents.js';
import { engines } from '../support/engines.js';

// Uploading a document in the browser (issue 15, docs/ingest.md): an editor finds "Last opp dokument" in the header,
// chooses a PDF made of the KDU minutes' own lines, gives it a title and date, uploads it, and opens the stored
// document; the same file again is the same document; a file the server cannot read is refused in words. A reader
// is not offered the page.

const FLOW = 120_000;
const HEADER = ['Referat KDU, Trøndelag sørvest', 'Møtested: Teams', 'Dato: 5. november 2021'];
const ROWS = ['Deltaker  Rolle  Til stede / ikke til stede', 'Ingjerd Astad  Kommunedirektør, Hitra  x'];

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Uploading a document in a browser on ${engine.name}`, () => {
    let session: EditSession;
    let editor: Page;
    let reader: Page;
    let pdf: Buffer;

    beforeAll(async () => {
      session = await startEditSession(engine);
      editor = await session.visitor(EDITOR);
      reader = await session.visitor(null);
      pdf = Buffer.from(await makePdf([HEADER, ROWS]));
    });
    afterAll(async () => {
      await session?.close();
    });

    it(
      'offers a reader no upload',
      async () => {
        await session.go(reader, '/');
        expect(await reader.getByRole('link', { name: 'Last opp dokument' }).count()).toBe(0);
        await reader.goto(`${session.server.url}/last-opp`);
        await reader
          .getByText(/logge inn/i)
          .first()
          .waitFor();
        expect(await reader.getByRole('button', { name: 'Last opp' }).count()).toBe(0);
      },
      FLOW,
    );

    it(
      'uploads a PDF from the header link and opens the stored document; the same file again is the same document',
      async () => {
        await session.go(editor, '/');
        await editor.getByRole('link', { name: 'Last opp dokument' }).click();
        await editor.getByRole('heading', { name: 'Last opp et dokument' }).waitFor();
        const form = editor.locator('.upload-page form');
        expect(await editor.getByRole('button', { name: 'Last opp' }).isDisabled()).toBe(true);
        await editor
          .getByLabel(/Slipp filen her/)
          .setInputFiles({ name: 'referat-kdu.pdf', mimeType: 'application/pdf', buffer: pdf });
        await editor.getByText('referat-kdu.pdf').waitFor();
        await editor.getByLabel('Tittel').fill('Referat KDU 5. november 2021');
        await editor.getByLabel('Dokumentets dato').fill('2021-11-05');
        await editor.getByLabel('Type').fill('referat');
        expect(await seriousViolations(editor, '.upload-page')).toEqual([]);
        await screenshotsAtBothSizes(editor, form, 'upload-form', engine.name);
        await editor.getByRole('button', { name: 'Last opp' }).click();
        await editor.getByText('Dokumentet er lagret med teksten sin.').waitFor({ timeout: 60_000 });
        await screenshotsAtBothSizes(editor, editor.locator('.upload-page'), 'upload-stored', engine.name);

        // The same file once more: the same document, nothing new.
        await editor.getByRole('button', { name: 'Last opp' }).click();
        await editor.getByText('Denne filen er lastet opp før: det er samme dokument.').waitFor({ timeout: 60_000 });

        await editor.getByRole('link', { name: 'Åpne dokumentet' }).click();
        await editor.getByRole('heading', { name: 'Referat KDU 5. november 2021' }).waitFor();
        expect(editor.url()).toMatch(/\/entity\/doc%3Areferat-kdu-5-november-2021-[0-9a-f]{12}$/);
      },
      FLOW,
    );

    it(
      'refuses a file it cannot read, in words, in both languages',
      async () => {
        await session.go(editor, '/last-opp');
        const choose = editor.getByLabel(/Slipp filen her|Drop the file here/);
        await choose.setInputFiles({ name: 'bilde.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
        await editor.getByRole('button', { name: 'Last opp' }).click();
        const alert = editor.getByRole('alert');
        await alert.waitFor({ timeout: 60_000 });
        expect(await alert.textContent()).toContain('Denne filtypen kan ikke leses.');
        await editor.getByRole('button', { name: 'English' }).click();
        await alert.getByText(/This kind of file cannot be read\./).waitFor();
        await editor.getByRole('button', { name: 'Norsk' }).click();
      },
      FLOW,
    );
  });
}

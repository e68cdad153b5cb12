import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { seriousViolations } from '../support/browser-edits.js';
import { engines } from '../support/engines.js';
import { EVERY_VIEW, fitsWidth, SIZES, shoot, Visitor } from '../support/pages.js';
import { startServer, type TestServer } from '../support/server.js';

// A fact's source opens the document at its passage (issue 16, point 2): from the quotes of a fact, one link leads
// to the document's text scrolled to the quote, the passage highlighted and focused, under an address that can be
// shared (#sitat-<start>-<end>); documents are named by their titles, never their stored file names, and their type
// is in the visitor's language.

const WORDS = {
  nb: { sources: /^Vis kilder \(\d+\)$/, read: 'Les avsnittet i dokumentet', type: 'referat' },
  en: {
    sources: /^Show sources \(\d+\)$/,
    read: 'Read the passage in the document',
    type: 'minutes',
  },
} as const;

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`From a fact to its passage in a browser on ${engine.name}`, () => {
    let server: TestServer;
    let browser: Browser;
    let visitor: Visitor;

    beforeAll(async () => {
      server = await startServer(engine, { withClient: true });
      browser = await launchBrowser();
      visitor = new Visitor(browser, server.url);
    });
    afterAll(async () => {
      await visitor?.close();
      await browser?.close();
      await server?.stop();
    });

    for (const { size, language } of EVERY_VIEW) {
      const words = WORDS[language];

      it(`opens the document at the quote of a representative's seat, highlighted and focused (${size.name}, ${language})`, async () => {
        const page = await visitor.open('/entity/municipality:froya', size, language);
        const council = page.getByRole('table', { name: /Interkommunalt politisk råd Trøndelag sørvest/ });
        const row = council.getByRole('row', { name: /Kristin F\. Strømskag/ }).first();
        await row.getByRole('button', { name: words.sources }).click();
        const popover = row.locator('.source-popover:popover-open');
        await popover.locator('blockquote').first().waitFor();
        const quote = ((await popover.locator('blockquote').first().textContent()) ?? '').replace(/^«|»$/g, '');
        // The passage link sits on its own line under the document's title: the two links never run together.
        const documentBox = await popover.locator('.source-document').first().boundingBox();
        const readBox = await popover.getByRole('link', { name: words.read }).first().boundingBox();
        expect(readBox?.y ?? 0).toBeGreaterThanOrEqual((documentBox?.y ?? 0) + (documentBox?.height ?? 0) - 1);
        await popover.getByRole('link', { name: words.read }).first().click();

        await page.waitForURL(/\/entity\/doc:[^#]+#sitat-\d+-\d+$/);
        await page.locator('mark.target').waitFor();
        const focused = await page.evaluate(() => {
          const active = document.activeElement;
          const mark = active?.closest('mark');
          const box = active?.getBoundingClientRect();
          return {
            inMark: mark?.classList.contains('target') ?? false,
            current: mark?.getAttribute('aria-current') ?? null,
            text: (mark?.textContent ?? '').replace(/\s+/g, ' '),
            visible: box ? box.top >= 0 && box.top < window.innerHeight : false,
          };
        });
        expect(focused.inMark).toBe(true);
        expect(focused.current).toBe('location');
        expect(focused.visible).toBe(true);
        // The highlight holds the quote (folded to single spaces as the quote is).
        expect(focused.text).toContain(quote.replace(/\s+/g, ' ').slice(0, 40));
        await fitsWidth(page, size);
        await shoot(page, `passage-${size.name}-${language}`, engine.name);

        // The address is the passage: opened afresh (pasted into another browser), it lands on the same place.
        const shared = page.url();
        const again = await visitor.open(new URL(shared).pathname + new URL(shared).hash, size, language);
        await again.locator('mark.target').waitFor();
        expect(await again.evaluate(() => document.activeElement?.closest('mark.target') !== null)).toBe(true);
        expect(await seriousViolations(again, '.document-reader')).toEqual([]);
      });

      it(`names a document by its title and its type in the visitor's language (${size.name}, ${language})`, async () => {
        const page = await visitor.open('/entity/doc:kdu-referat-2021-11-05', size, language);
        await page.getByRole('heading', { level: 1, name: /^Referat KDU, Trøndelag sørvest/ }).waitFor();
        const main = (await page.getByRole('main').textContent()) ?? '';
        expect(main).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
        const details = page.locator('.details');
        expect(await details.textContent()).toContain(words.type);
        expect(await page.title()).toMatch(/^Referat KDU, Trøndelag sørvest/);
        await fitsWidth(page, size);
      });
    }

    it('never shows a stored file name for the annual report, and its type in Norwegian', async () => {
      const page = await visitor.open('/entity/doc:arsrapport-2022', SIZES[0], 'nb');
      expect(await page.locator('.details').textContent()).toContain('årsrapport');
      expect(await page.getByRole('main').textContent()).not.toContain('annual report');
      expect(await page.getByRole('main').textContent()).not.toContain('000_e5da9677eaa1b615.txt');
    });
  });
}

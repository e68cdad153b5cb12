import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { seriousViolations } from '../support/browser-edits.js';
import { engines } from '../support/engines.js';
import { EVERY_VIEW, fitsWidth, SIZES, shoot, Visitor } from '../support/pages.js';
import { startServer, type TestServer } from '../support/server.js';

// The representation table at a glance (issue 16, point 5): its controls in one bar, dense rows so several
// municipalities are in view at once, the header row staying in view while the rows scroll, counts in correct
// plural, and a page that prints as the table alone.

const WORDS = {
  nb: { filters: 'Utvalg', filter: 'Filtrer kommuner', one: /^1 kommune × \d+ kolonner, \d+ verv\./ },
  en: { filters: 'Selection', filter: 'Filter municipalities', one: /^1 municipality × \d+ columns, \d+ positions\./ },
} as const;

/** How many municipality rows lie wholly inside the window as the page first shows it. */
async function rowsInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('.representation-table tbody tr')];
    return rows.filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }).length;
  });
}

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`The representation table, dense and printable, on ${engine.name}`, () => {
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

      it(`puts the controls in one bar and several municipalities in the first view (${size.name}, ${language})`, async () => {
        const page = await visitor.open('/representasjon', size, language, '.representation-table tbody tr');
        await shoot(page, `representation-${size.name}-${language}`, engine.name);
        const bar = await page.getByRole('form', { name: words.filters }).boundingBox();
        // One line of controls on a laptop; on a phone they wrap, but stay a bar, not a page of controls.
        expect(bar?.height).toBeLessThanOrEqual(size.name === 'laptop' ? 60 : 280);
        if (size.name === 'laptop') expect(await rowsInView(page)).toBeGreaterThanOrEqual(2);
        else {
          // On a phone the table starts on the first screen: its first municipality is in view.
          const first = await page.locator('.representation-table tbody th').first().boundingBox();
          expect((first?.y ?? size.height) + 20).toBeLessThanOrEqual(size.height);
        }
        await fitsWidth(page, size);
        expect(await seriousViolations(page)).toEqual([]);
      }, 90_000);

      it(`keeps the header row in view while the rows scroll, and says "1 municipality" (${size.name}, ${language})`, async () => {
        const page = await visitor.open('/representasjon', size, language, '.representation-table tbody tr');
        const region = page.locator('.representation-scroll');
        await region.evaluate((element) => element.scrollIntoView({ block: 'start' }));
        await region.evaluate((element) => {
          element.scrollTop = 500;
        });
        const [box, header] = await Promise.all([
          region.boundingBox(),
          page.locator('.representation-table thead th').first().boundingBox(),
        ]);
        expect(Math.abs((header?.y ?? 0) - (box?.y ?? 0))).toBeLessThanOrEqual(2);
        await shoot(page, `representation-scrolled-${size.name}-${language}`, engine.name);

        await page.getByLabel(words.filter).fill('froya');
        await expect.poll(() => page.locator('.representation-summary').textContent()).toMatch(words.one);
        await fitsWidth(page, size);
      });
    }

    it('prints the table alone, unclipped, in landscape: no header, no controls', async () => {
      const page = await visitor.open('/representasjon', SIZES[0], 'nb', '.representation-table tbody tr');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.getByRole('form', { name: 'Utvalg' }).isVisible()).toBe(false);
      const clip = await page.locator('.representation-scroll').evaluate((element) => ({
        overflow: getComputedStyle(element).overflowY,
        max: getComputedStyle(element).maxHeight,
      }));
      expect(clip).toEqual({ overflow: 'visible', max: 'none' });
      // The source buttons are for the screen: on paper the asterisk and the note say what the sources do.
      expect(await page.locator('.representation-table .source-button').first().isVisible()).toBe(false);
      // Every municipality is on paper.
      const rows = await page.locator('.representation-table tbody tr').count();
      expect(rows).toBeGreaterThan(5);
      await shoot(page, 'representation-print', engine.name, true);
      const dir = join(import.meta.dirname, '..', '.artifacts', 'screenshots');
      mkdirSync(dir, { recursive: true });
      const pdf = await page.pdf({
        path: join(dir, `representation-print-${engine.name}.pdf`),
        preferCSSPageSize: true,
      });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    });
  });
}

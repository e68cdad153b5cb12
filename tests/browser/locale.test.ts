import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { seriousViolations } from '../support/browser-edits.js';
import { engines } from '../support/engines.js';
import { EVERY_VIEW, fitsWidth, shoot, Visitor } from '../support/pages.js';
import { startServer, type TestServer } from '../support/server.js';

// Dates and small things in the visitor's language (issue 16, point 8 and the review's small items): no ISO date
// on a page, "5. november 2021" / "05.11.2021" in Norwegian and English forms in English; shares as the language
// writes percent; section headings that are headings; a phone menu with every item in view.

const ISO = /\b\d{4}-\d{2}-\d{2}\b/;
const WORDS = {
  nb: { meetingDay: '5. november 2021', share: /80\s%/, connections: 'Alle forbindelser med kilder' },
  en: { meetingDay: '5 November 2021', share: /80%/, connections: 'All connections with sources' },
} as const;

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Dates, shares, headings and the phone menu on ${engine.name}`, () => {
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

      it(`shows no ISO date on profile and document pages, and the meeting's day in words (${size.name}, ${language})`, async () => {
        for (const path of [
          '/entity/meeting:kdu-2021-11-05',
          '/entity/person:ingjerd-astad',
          '/entity/municipality:froya',
          '/entity/project:erg',
          '/entity/doc:kdu-referat-2021-11-05',
        ]) {
          const page = await visitor.open(path, size, language);
          await page.locator('.profile-section').first().waitFor();
          // Every section open, so that what a reader can unfold is checked too (the document text aside).
          await page.evaluate(() => {
            for (const toggle of document.querySelectorAll<HTMLButtonElement>('.section-toggle[aria-expanded="false"]'))
              toggle.click();
          });
          const text = await page.locator('main').evaluate((main) => {
            const copy = main.cloneNode(true) as HTMLElement;
            copy.querySelector('#document-text')?.remove();
            return copy.textContent ?? '';
          });
          expect(text.match(ISO)?.[0] ?? null, `${path} shows an ISO date`).toBeNull();
          if (path.includes('meeting')) expect(text).toContain(words.meetingDay);
          await fitsWidth(page, size);
        }
      }, 120_000);

      it(`writes a share as the language writes percent, and section headings are headings (${size.name}, ${language})`, async () => {
        const page = await visitor.open('/entity/person:line-raustein', size, language);
        expect(await page.getByRole('main').textContent()).toMatch(words.share);
        const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^${words.connections}`) });
        const toggle = heading.getByRole('button');
        const before = await toggle.getAttribute('aria-expanded');
        await toggle.click();
        expect(await toggle.getAttribute('aria-expanded')).toBe(before === 'true' ? 'false' : 'true');
        expect(await seriousViolations(page)).toEqual([]);
        await shoot(page, `locale-person-${size.name}-${language}`, engine.name);
      }, 90_000);

      it(`keeps every item of the menu in view without sideways scrolling (${size.name}, ${language})`, async () => {
        const page = await visitor.open('/entity/municipality:hitra', size, language);
        const nav = page.locator('.main-nav');
        const { scroll, client } = await nav.evaluate((element) => ({
          scroll: element.scrollWidth,
          client: element.clientWidth,
        }));
        expect(scroll).toBeLessThanOrEqual(client);
        for (const link of await nav.getByRole('link').all()) {
          const box = await link.boundingBox();
          expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= size.width).toBe(true);
        }
        const header = await page.locator('.site-header').boundingBox();
        expect(header?.height).toBeLessThanOrEqual(size.height * (size.name === 'phone' ? 0.12 : 0.15));
        await fitsWidth(page, size);
        await shoot(page, `locale-menu-${size.name}-${language}`, engine.name);
      });
    }
  });
}

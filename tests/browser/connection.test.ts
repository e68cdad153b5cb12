import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { seriousViolations } from '../support/browser-edits.js';
import { engines } from '../support/engines.js';
import { EVERY_VIEW, fitsWidth, SIZES, shoot, Visitor } from '../support/pages.js';
import { startServer, type TestServer } from '../support/server.js';

// The connection finder (issue 16, point 4): each path once, with its own step count; a sentence for each that
// reads as a person would write it, in Norwegian and English; and beside the paths, what the two have in common.

const WORDS = {
  nb: {
    common: 'Felles grunnlag',
    steps: /\((\d+) steg\)/,
    duty: 'Kari Frøseth har oppgaven',
    attended: 'Kari Frøseth deltok i KDU 5. november 2021',
  },
  en: {
    common: 'Common ground',
    steps: /\((\d+) steps?\)/,
    duty: 'Kari Frøseth has the task',
    attended: 'Kari Frøseth attended KDU 5. november 2021',
  },
} as const;

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`The connection finder in a browser on ${engine.name}`, () => {
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

      it(`shows each path once with its own step count, and common ground beside them (${size.name}, ${language})`, async () => {
        const page = await visitor.open(
          '/forbindelse?fra=municipality:froya&til=municipality:hitra&steg=3',
          size,
          language,
        );
        await page.locator('.path-sentence').first().waitFor();
        const cards = page.locator('.path-card');
        const count = await cards.count();
        expect(count).toBeGreaterThan(1);
        const sequences = new Set<string>();
        for (let index = 0; index < count; index++) {
          const card = cards.nth(index);
          const names = await card.locator('.path-node a').allTextContents();
          // The heading's step count is the path's own: one fewer than the entities it passes through.
          const heading = (await card.getByRole('heading', { level: 2 }).textContent()) ?? '';
          expect(Number(words.steps.exec(heading)?.[1])).toBe(names.length - 1);
          sequences.add(names.join(' > '));
        }
        expect(sequences.size).toBe(count);
        const common = page.getByRole('complementary', { name: words.common });
        await common
          .getByRole('link', { name: /^Interkommunalt politisk råd Trøndelag sørvest/ })
          .first()
          .waitFor();
        await fitsWidth(page, size);
        expect(await seriousViolations(page)).toEqual([]);
        await shoot(page, `connection-${size.name}-${language}`, engine.name);
      });

      it(`tells a duty and an attendance in grammatical sentences (${size.name}, ${language})`, async () => {
        const page = await visitor.open(
          '/forbindelse?fra=person:kari-froseth&til=person:ingjerd-astad&steg=2',
          size,
          language,
        );
        await page.locator('.path-sentence').first().waitFor();
        const sentences = (await page.locator('.path-sentence').allTextContents()).join('\n');
        expect(sentences).toContain(words.attended);
        expect(sentences).not.toMatch(/ er (legger|orienterer|innleder|samordner)/);
        expect(sentences).not.toContain('«x»');
        const common = page.getByRole('complementary', { name: words.common });
        await expect.poll(() => common.textContent()).toContain('KDU 5. november 2021');
        await fitsWidth(page, size);
        await shoot(page, `connection-duty-${size.name}-${language}`, engine.name);
      });
    }

    it('says the shortest of several connections without claiming all are that short', async () => {
      const page = await visitor.open(
        '/forbindelse?fra=person:ingjerd-astad&til=person:kristin-stromskag&steg=4',
        SIZES[0],
        'nb',
      );
      await page.locator('.path-sentence').first().waitFor();
      const lengths = (await page.locator('.path-card h2').allTextContents()).map((text) =>
        Number(/\((\d+) steg\)/.exec(text)?.[1]),
      );
      const status = (await page.locator('#connection-results-status').textContent()) ?? '';
      if (new Set(lengths).size > 1) expect(status).toMatch(/^Fant \d+ forbindelser\. Den korteste har \d+ steg\.$/);
      else expect(status).toMatch(/korteste forbindelser med|én forbindelse/);
      expect(status).toContain(`${Math.min(...lengths)} steg`);
    });
  });
}

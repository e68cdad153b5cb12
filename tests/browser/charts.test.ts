import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';

// The charts of issue 16, point 10, in a real Chromium against the seeded graph: each drawn, with its table
// beside it, in the UI language, and downloadable as PNG and SVG — in both languages, on a laptop and a phone.

const SIZES = [
  { name: 'laptop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LANGUAGES = [
  {
    code: 'nb',
    funding: 'Beløp per giver',
    tree: 'Tilskuddstreet',
    seats: 'Hvem hadde hvilken plass når',
    lastConfirmed: 'sist bekreftet 31.12.2022',
    roles: 'Roller per kommune',
    png: (title: string) => `Last ned «${title}» som PNG`,
    svg: (title: string) => `Last ned «${title}» som SVG`,
  },
  {
    code: 'en',
    funding: 'Amount by funder',
    tree: 'The grant tree',
    seats: 'Who held which seat when',
    lastConfirmed: 'last confirmed 31 Dec 2022',
    roles: 'Roles by municipality',
    png: (title: string) => `Download “${title}” as PNG`,
    svg: (title: string) => `Download “${title}” as SVG`,
  },
] as const;

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Charts in a browser on ${engine.name}`, () => {
    let server: TestServer;
    let browser: Browser;
    let context: BrowserContext | undefined;

    beforeAll(async () => {
      server = await startServer(engine, { withClient: true });
      browser = await launchBrowser();
    });
    afterEach(async () => {
      await context?.close();
      context = undefined;
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    const open = async (path: string, size: (typeof SIZES)[number], language: (typeof LANGUAGES)[number]) => {
      context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        acceptDownloads: true,
      });
      await context.addInitScript((code) => localStorage.setItem('regiongraf.language', code), language.code);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await page.goto(`${server.url}${path}`);
      return page;
    };

    /** The chart figure with this title: drawn (an SVG with marks), with its table beside it. */
    const chart = async (page: Page, title: string): Promise<Locator> => {
      const figure = page.getByRole('figure', { name: title });
      await figure.locator('svg').first().waitFor();
      return figure;
    };

    /** Downloads the chart as PNG and SVG and checks the files' bytes; returns the SVG's text. */
    const downloads = async (page: Page, figure: Locator, title: string, language: (typeof LANGUAGES)[number]) => {
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: language.png(title) }).click(),
      ]);
      const pngBytes = readFileSync(await png.path());
      expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(pngBytes.length).toBeGreaterThan(2000);
      expect(png.suggestedFilename()).toMatch(/\.png$/);
      const [svg] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: language.svg(title) }).click(),
      ]);
      const svgText = readFileSync(await svg.path(), 'utf8');
      expect(svgText).toMatch(/^<svg[\s>]/);
      expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg.suggestedFilename()).toMatch(/\.svg$/);
      return svgText;
    };

    for (const size of SIZES) {
      for (const language of LANGUAGES) {
        const where = `${size.name}, ${language.code}`;

        it(`draws funding by funder as bars with its table, and downloads them (${where})`, async () => {
          const page = await open('/rapporter/finansiering', size, language);
          const figure = await chart(page, language.funding);
          // A bar per funder with an amount, and the same funders in the table beside the picture.
          expect(await figure.locator('svg [aria-label="bar"] rect').count()).toBeGreaterThanOrEqual(3);
          const table = figure.getByRole('table', { name: language.funding });
          expect(await table.textContent()).toContain('Revidert nasjonalbudsjett 2024');
          expect(await table.textContent()).toMatch(
            language.code === 'nb' ? /150\s000\s000\skr/ : /NOK\s150\D000\D000/,
          );
          const svg = await downloads(page, figure, language.funding, language);
          expect(svg).toMatch(/<text[^>]*>[^<]*Revidert nasjonalbudsjett 2024/);
          await figure.scrollIntoViewIfNeeded();
          await screenshot(page, `chart-funding-${size.name}-${language.code}`, engine.name);
        });

        it(`draws the grant tree as an icicle, allocation above its shares (${where})`, async () => {
          const page = await open('/rapporter/finansiering', size, language);
          const figure = await chart(page, language.tree);
          const rects = figure.locator('svg rect');
          expect(await rects.count()).toBeGreaterThanOrEqual(4);
          // The national allocation is the widest cell, in the top row.
          const boxes = await rects.evaluateAll((elements) =>
            elements.map((element) => {
              const box = element.getBoundingClientRect();
              return { y: box.y, width: box.width };
            }),
          );
          const widest = boxes.reduce((best, box) => (box.width > best.width ? box : best));
          expect(widest.y).toBe(Math.min(...boxes.map((box) => box.y)));
          const table = figure.getByRole('table', { name: language.tree });
          expect(await table.locator('tbody tr').count()).toBe(await rects.count());
          await downloads(page, figure, language.tree, language);
          await figure.scrollIntoViewIfNeeded();
          await screenshot(page, `chart-grant-tree-${size.name}-${language.code}`, engine.name);
        });

        it(`shows the council's seats over time, last-confirmed seats as such (${where})`, async () => {
          const page = await open('/entity/org:ipr-trondelag-sorvest', size, language);
          const figure = await chart(page, language.seats);
          const table = figure.getByRole('table', { name: language.seats });
          expect(await table.textContent()).toContain('Kristin F. Strømskag');
          expect(await table.textContent()).toContain(language.lastConfirmed);
          // The open end is drawn as a dashed line and named in the picture.
          expect(await figure.locator('svg [stroke-dasharray]').count()).toBeGreaterThan(0);
          expect(await figure.locator('svg').first().textContent()).toContain(language.lastConfirmed);
          await downloads(page, figure, language.seats, language);
          await figure.scrollIntoViewIfNeeded();
          await screenshot(page, `chart-seats-${size.name}-${language.code}`, engine.name);
        });

        it(`counts roles per municipality as bars with a table (${where})`, async () => {
          const page = await open('/rapporter/verv?gruppering=MUNICIPALITY', size, language);
          const figure = await chart(page, language.roles);
          expect(await figure.locator('svg [aria-label="bar"] rect').count()).toBeGreaterThanOrEqual(3);
          expect(await figure.getByRole('table', { name: language.roles }).textContent()).toContain('Hitra');
          await downloads(page, figure, language.roles, language);
        });

        for (const path of ['/rapporter/finansiering', '/entity/org:ipr-trondelag-sorvest']) {
          it(`has no serious accessibility violations on ${path} with its charts (${where})`, async () => {
            const page = await open(path, size, language);
            await page.locator('figure.chart svg').first().waitFor();
            const results = await new AxeBuilder({ page })
              .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
              .analyze();
            const serious = results.violations
              .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
              .map(
                (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
              );
            expect(serious).toEqual([]);
          });
        }
      }
    }
  });
}

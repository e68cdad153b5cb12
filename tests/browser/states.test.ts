import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { EVERY_VIEW, fitsWidth, SIZES, shoot, Visitor } from '../support/pages.js';
import { startServer, type TestServer } from '../support/server.js';

// Errors and loading (issue 16, point 7): an address no page has and an id the graph does not know are a proper
// not-found page in the visitor's language with ways on, and a 404 status from the server; a request that cannot
// reach the server says so and offers to try again; a page never shows the previous entity under a new address
// while it loads; the browser tab names the entity or report.

const WORDS = {
  nb: {
    pageTitle: 'Fant ikke siden',
    entityTitle: 'Fant ikke oppføringen',
    home: 'Gå til forsiden',
    search: /^Søk etter det du lette etter/,
    offline: 'Fikk ikke kontakt med serveren',
    retry: 'Prøv igjen',
    loading: 'Laster siden',
    report: 'Finansiering',
  },
  en: {
    pageTitle: 'Page not found',
    entityTitle: 'Entry not found',
    home: 'Go to the front page',
    search: /^Search for what you were looking for/,
    offline: 'Could not reach the server',
    retry: 'Try again',
    loading: 'Loading the page',
    report: 'Funding',
  },
} as const;

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => violation.id);
}

/** The status the server answers a browser's navigation to `path` with. */
async function navigationStatus(base: string, path: string): Promise<number> {
  const response = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
  expect(response.headers.get('content-type')).toContain('text/html');
  return response.status;
}

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Errors and loading in a browser on ${engine.name}`, () => {
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

    it('answers an unknown address and an unknown entity with 404, and known pages with 200', async () => {
      expect(await navigationStatus(server.url, '/finnes-ikke')).toBe(404);
      expect(await navigationStatus(server.url, '/entity/municipality:finnes-ikke')).toBe(404);
      expect(await navigationStatus(server.url, '/entity/municipality:finnes-ikke/historikk')).toBe(404);
      expect(await navigationStatus(server.url, '/rapporter/finansiering/mer')).toBe(404);
      expect(await navigationStatus(server.url, '/rapporter/finnes-ikke')).toBe(404);
      expect(await navigationStatus(server.url, '/rapporter/finansiering')).toBe(200);
      expect(await navigationStatus(server.url, '/entity/municipality:froya')).toBe(200);
      expect(await navigationStatus(server.url, '/entity/municipality:froya/historikk')).toBe(200);
      expect(await navigationStatus(server.url, '/')).toBe(200);
      expect(await navigationStatus(server.url, '/representasjon')).toBe(200);
      expect(await navigationStatus(server.url, '/nettverk/municipality:hitra')).toBe(200);
      expect(await navigationStatus(server.url, '/search?q=astad')).toBe(200);
    });

    it('tells an anonymous visitor nothing of which ids exist when reading needs a sign-in', async () => {
      const closed = await startServer(engine, { withClient: true, app: { auth: { publicRead: false } } });
      try {
        // Known or not, an entity's address is a page: the API, not the status, decides what the visitor sees.
        expect(await navigationStatus(closed.url, '/entity/municipality:finnes-ikke')).toBe(200);
        expect(await navigationStatus(closed.url, '/entity/municipality:froya')).toBe(200);
        expect(await navigationStatus(closed.url, '/finnes-ikke')).toBe(404);
      } finally {
        await closed.stop();
      }
    }, 120_000);

    for (const { size, language } of EVERY_VIEW) {
      const words = WORDS[language];

      it(`shows an unknown address as a not-found page with ways on (${size.name}, ${language})`, async () => {
        const page = await visitor.open('/kommuner/froya', size, language);
        await page.getByRole('heading', { level: 1, name: words.pageTitle }).waitFor();
        expect(await page.getByRole('main').textContent()).toContain('/kommuner/froya');
        expect(await page.title()).toBe(`${words.pageTitle} – Regiongraf`);
        await fitsWidth(page, size);
        expect(await seriousViolations(page)).toEqual([]);
        await shoot(page, `not-found-page-${size.name}-${language}`, engine.name);
        // The last words of the address, offered as a search: the way on most likely to find it.
        await page.getByRole('link', { name: words.search }).click();
        await page
          .getByRole('link', { name: /^Frøya/ })
          .first()
          .waitFor();
      });

      it(`shows an unknown entity id in the visitor's language, not the server's message (${size.name}, ${language})`, async () => {
        const page = await visitor.open('/entity/person:kari-finnes-ikke', size, language);
        await page.getByRole('heading', { level: 1, name: words.entityTitle }).waitFor();
        const text = (await page.getByRole('main').textContent()) ?? '';
        expect(text).toContain('person:kari-finnes-ikke');
        expect(text).not.toContain('Nothing in the graph');
        expect(text).not.toContain('Noe gikk galt');
        await fitsWidth(page, size);
        expect(await seriousViolations(page)).toEqual([]);
        await shoot(page, `not-found-entity-${size.name}-${language}`, engine.name);
        await page.getByRole('link', { name: words.home }).click();
        await page.getByRole('heading', { level: 1, name: 'Regiongraf' }).waitFor();
      });

      it(`says a failed request cannot reach the server and tries again on request (${size.name}, ${language})`, async () => {
        const page = await visitor.open('/', size, language);
        await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
        await page.goto(`${server.url}/entity/municipality:hitra`);
        const alert = page.getByRole('alert').filter({ hasText: words.offline });
        await alert.waitFor();
        expect(await alert.textContent()).not.toContain('Failed to fetch');
        await fitsWidth(page, size);
        expect(await seriousViolations(page)).toEqual([]);
        await shoot(page, `network-error-${size.name}-${language}`, engine.name);
        await page.unroute('**/graphql');
        await alert.getByRole('button', { name: words.retry }).click();
        await page.getByRole('heading', { level: 1, name: 'Hitra' }).waitFor();
        expect(await page.title()).toBe('Hitra – Regiongraf');
      });

      it(`shows a skeleton, never the previous entity, while the next one loads (${size.name}, ${language})`, async () => {
        const page = await visitor.open('/entity/municipality:froya', size, language);
        await page.getByRole('heading', { level: 1, name: 'Frøya' }).waitFor();
        expect(await page.title()).toBe('Frøya – Regiongraf');
        let release: () => void = () => {};
        const held = new Promise<void>((resolve) => {
          release = resolve;
        });
        await page.route('**/graphql', async (route) => {
          await held;
          await route.continue();
        });
        // A link inside the page, as a visitor follows it: the address changes at once, the answer is held.
        await page.evaluate(() => {
          window.history.pushState({}, '', '/entity/municipality:hitra');
          window.dispatchEvent(new PopStateEvent('popstate'));
        });
        await page.getByRole('status').filter({ hasText: words.loading }).waitFor();
        expect(await page.getByRole('heading', { level: 1, name: 'Frøya' }).count()).toBe(0);
        await shoot(page, `skeleton-${size.name}-${language}`, engine.name);
        release();
        await page.getByRole('heading', { level: 1, name: 'Hitra' }).waitFor();
        await page.unroute('**/graphql');
      });
    }

    it('names the report in the browser tab, in each language', async () => {
      for (const language of ['nb', 'en'] as const) {
        const page = await visitor.open('/rapporter/finansiering', SIZES[0], language);
        await page.waitForFunction((title) => document.title === title, `${WORDS[language].report} – Regiongraf`);
        await page.goto(`${server.url}/representasjon`);
        await page.locator('main h1').waitFor();
        expect(await page.title()).toBe(`${await page.locator('main h1').textContent()} – Regiongraf`);
      }
    });
  });
}

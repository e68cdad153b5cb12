import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/generate.js';
import { loadPlan } from '../../seed/load.js';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { seriousViolations } from '../support/browser-edits.js';
import { engines } from '../support/engines.js';
import { SIZES, shoot, Visitor } from '../support/pages.js';
import { seedPlan, startServer, type TestServer } from '../support/server.js';

// The representation table asks for a page of municipalities at a time (issue 17, point 5: the client asks for what
// it shows). With more municipalities than a page holds, it says how many of how many it shows and loads the next
// ones on "Vis flere kommuner"; the region itself (eleven municipalities with seats) fits one page.

const WORDS = {
  nb: {
    more: 'Vis flere kommuner',
    filter: 'Filtrer kommuner',
    none: 'Ingen kommuner passer «Oslo».',
    status: (shown: number, total: number) => `Viser ${shown} av ${total} kommuner.`,
  },
  en: {
    more: 'Show more municipalities',
    filter: 'Filter municipalities',
    none: 'No municipality matches “Oslo”.',
    status: (shown: number, total: number) => `Showing ${shown} of ${total} municipalities.`,
  },
} as const;

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`The representation table page by page on ${engine.name}`, () => {
    let server: TestServer;
    let browser: Browser;
    let visitor: Visitor;
    let total = 0;

    beforeAll(async () => {
      server = await startServer(engine, { withClient: true });
      const plan = seedPlan();
      // 120 more municipalities, each with seats (bench/generate.ts), cited in a seeded document.
      const more = generatePlan({ facts: 9000, prefix: 'many', documentId: 'doc:arsrapport-2022' });
      await loadPlan(server.store, {
        documents: plan.documents,
        entities: [...plan.entities, ...more.entities],
        citations: [...plan.citations, ...more.citations],
        posts: [...plan.posts, ...more.posts],
        roles: [...plan.roles, ...more.roles],
        relations: [...plan.relations, ...more.relations],
      });
      const answer = await server.query<{ representation: { totalMunicipalities: number } }>(
        '{ representation { totalMunicipalities } }',
      );
      total = answer.data?.representation.totalMunicipalities ?? 0;
      browser = await launchBrowser();
      visitor = new Visitor(browser, server.url);
    }, 180_000);
    afterAll(async () => {
      await visitor?.close();
      await browser?.close();
      await server?.stop();
    });

    for (const language of ['nb', 'en'] as const) {
      const words = WORDS[language];
      it(`shows the first hundred municipalities, then the rest on "${words.more}" (${language})`, async () => {
        // The region's eleven and the 120 added.
        expect(total).toBe(131);
        const [laptop] = SIZES;
        const page = await visitor.open('/representasjon', laptop, language, '.representation-table tbody tr');
        const rows = page.locator('.representation-table tbody tr');
        expect(await rows.count()).toBe(100);
        await expect.poll(() => page.getByText(words.status(100, total)).count()).toBe(1);
        expect(await seriousViolations(page)).toEqual([]);
        const button = page.getByRole('button', { name: words.more });
        await button.scrollIntoViewIfNeeded();
        await shoot(page, `representation-more-${language}`, engine.name);
        await button.click();
        await expect.poll(() => rows.count()).toBe(total);
        // The last page: no more to load.
        expect(await page.getByRole('button', { name: words.more }).count()).toBe(0);
        // The rows stay in Norwegian order across the pages: Ørland after the synthetic names, Åfjord-like last.
        const names = await page.locator('.representation-table tbody th').allTextContents();
        expect(names.indexOf('Ørland')).toBeGreaterThan(names.indexOf('Hitra'));
        expect(names).toContain('Aure');
      }, 120_000);

      it(`finds a municipality of a page not yet loaded by the name filter (${language})`, async () => {
        const [laptop] = SIZES;
        const page = await visitor.open('/representasjon', laptop, language, '.representation-table tbody tr');
        const names = () => page.locator('.representation-table tbody th').allTextContents();
        // Surnadal comes after the hundred first names ("Kommune many …" among them).
        expect(await names()).not.toContain('Surnadal');
        await page.getByLabel(words.filter).fill('surna');
        await expect.poll(names).toEqual(['Surnadal']);
        expect(await page.getByRole('button', { name: words.more }).count()).toBe(0);
        // A name no municipality has: said as such, not as a date without representatives.
        await page.getByLabel(words.filter).fill('Oslo');
        // Once the server has answered the filter (no request in flight), not only while the loaded rows are filtered.
        await page.waitForLoadState('networkidle');
        await expect.poll(() => page.getByText(words.none).count()).toBe(1);
        expect(await page.locator('.representation-message').count()).toBe(1);
        expect(await page.locator('.representation-message').textContent()).toContain(words.none);
      }, 120_000);
    }
  });
}

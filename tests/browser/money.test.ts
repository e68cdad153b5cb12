import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';

// Issue 11, money: the grant tree on a grant's page and in the funding report, as a user sees it, in Norwegian and
// English, with the keyboard, and axe-clean. Figures from document 004 (årlig melding 2024, tillegg).

const plain = (text: string | null) => (text ?? '').replace(/[\u202F\u00A0]/g, ' ');
const HMN = 'grant:samhandlingstilskudd-2024-helse-midt-norge';
const HMR = 'grant:samhandlingstilskudd-2024-helse-more-og-romsdal';

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`The grant tree, in a browser on ${engine.name}`, () => {
    let server: TestServer;
    let browser: Browser;
    let context: BrowserContext | undefined;
    let page: Page;

    beforeAll(async () => {
      server = await startServer(engine, { withClient: true });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await server?.stop();
    });

    const open = async (path: string) => {
      await context?.close();
      context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nb-NO' });
      page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      return page;
    };

    const seriousViolations = async () => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      return results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    };

    // "24,30 mill. kroner til Helse Midt-Norge RHF", shared out as 11,170 (Søndre), 8,564 (Møre og Romsdal) and
    // 4,566 mill. (Nordre, the table's "Sum"): 24 300 000, the whole.
    it('a grant’s page shows the grant it is part of, and its parts with amounts and their sum', async () => {
      await open(`/entity/${HMN}`);
      const section = page.getByRole('region', { name: 'Tilskuddstreet' });
      await section.waitFor();
      expect(await section.getByRole('link', { name: /totalt/ }).getAttribute('href')).toBe(
        '/entity/grant:samhandlingstilskudd-2024-rhf-total',
      );
      const parts = section.getByRole('table', { name: 'Fordelt videre som 3 tilskudd' });
      expect(await parts.locator('tbody tr').count()).toBe(3);
      expect(plain(await parts.locator('tbody tr').first().textContent())).toContain('11 170 000 kr');
      expect(plain(await parts.locator('tfoot').textContent())).toContain('24 300 000 kr');
      await section.getByText('Delene går opp i tilskuddet.').waitFor();
      expect(await seriousViolations()).toEqual([]);
      await screenshot(page, 'grant-tree', engine.name);

      // The parts are reachable from the keyboard, in order, and lead to their own page.
      await section.getByRole('link', { name: /Søndre Trøndelag/ }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: /Søndre Trøndelag/ }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/entity/grant:samhandlingstilskudd-2024-sondre-trondelag');
    });

    // "Helse Møre og Romsdal ble tildelt 8,564 mill." and its projects 6 105 000 + 2 × 3 812 000 = 13 729 000,
    // 5 165 000 more: "Helse Møre og Romsdal forskutterte også bruk av midler for 2025."
    it('parts that add up to more than the grant are shown with the reason the source gives, also in English', async () => {
      await open(`/entity/${HMR}`);
      const section = page.getByRole('region', { name: 'Tilskuddstreet' });
      await section.waitFor();
      expect(plain(await section.locator('tfoot').textContent())).toContain('13 729 000 kr');
      await section
        .getByText(/5\s165\s000\skr mer enn tilskuddet\. Kilden sier hvorfor: «Helse Møre og Romsdal forskutterte/)
        .waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      const english = page.getByRole('region', { name: 'The grant tree' });
      await english.getByRole('table', { name: 'Allocated on as 3 grants' }).waitFor();
      await english.getByText(/NOK\s5\s165\s000 more than the grant/).waitFor();
    });

    it('the funding report says what it counts, shows unknown amounts as «ikke oppgitt», and draws the tree', async () => {
      await open('/rapporter/finansiering');
      const table = page.getByRole('table', { name: 'Finansiering per giver' });
      await table.waitFor();
      await page.getByText(/Talt på øverste nivå, hver krone én gang/).waitFor();
      // 000: the ERG money names neither funder nor amount.
      expect(plain(await table.getByRole('row', { name: /Giver ikke oppgitt/ }).textContent())).toContain(
        'ikke oppgitt',
      );
      expect(plain(await table.textContent())).not.toContain(' 0 kr');
      const tree = page.getByRole('region', { name: 'Tilskuddene i utvalget som tre' });
      // The 150 mill. at the top, its shares nested under it.
      const top = tree
        .getByRole('listitem')
        .filter({ hasText: /totalt/ })
        .first();
      expect(plain(await top.textContent())).toContain('150 000 000 kr (talt)');
      expect(await top.getByRole('list').first().getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
      expect(await seriousViolations()).toEqual([]);
      await screenshot(page, 'reports-funding-tree', engine.name);

      // By project, where the money ended up: grants to no project are labelled as such.
      await page.getByRole('radio', { name: 'Prosjekt' }).check();
      const byProject = page.getByRole('table', { name: 'Finansiering per prosjekt' });
      await byProject.waitFor();
      await page.getByText(/Talt der pengene endte/).waitFor();
      // 92 850 000 (Helse Sør-Øst) + 32 850 000 (Helse Vest) + 150 000 (the network, 000).
      expect(plain(await byProject.getByRole('row', { name: /Ingen prosjekt/ }).textContent())).toContain(
        '125 850 000 kr',
      );
      await page.getByText(/Kilden sier hvorfor: «Helse Møre og Romsdal forskutterte/).waitFor();
    });
  });
}

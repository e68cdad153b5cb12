import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';

// The Reports pages (/rapporter) in a real Chromium against the real server and the seeded graph.

const SONDRE = 'Helsefellesskapet i søndre Trøndelag';
const PSHT = 'PSHT/forsterket utskrivningsteam';

/** Text as a reader sees it: the thin and no-break spaces in amounts read as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u202F\u00A0]/g, ' ');

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Reports, in a browser on ${engine.name}`, () => {
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
      // A fresh context per test: no language choice carried over from the one before.
      context = await browser.newContext({
        viewport: { width: 1366, height: 900 },
        locale: 'nb-NO',
        acceptDownloads: true,
      });
      page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      return page;
    };

    /** The text of the table row whose header (or any cell) names `name`. */
    const row = (name: string) => page.locator('table.report-table').getByRole('row').filter({ hasText: name }).first();

    /** Clicks a download link and returns the saved file's name and text, BOM included. */
    const download = async (linkName: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: linkName }).click(),
      ]);
      const path = await file.path();
      return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
    };

    it('lists the reports, each with the question it answers, and the downloads of the whole graph', async () => {
      await open('/');
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Rapporter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
      for (const title of [
        'Finansiering',
        'Tilskudd',
        'Endringer i verv',
        'Verv per organ',
        'Samarbeid med universiteter og høgskoler',
        'Hvem representerer hvem',
      ]) {
        await page.getByRole('heading', { level: 3, name: title }).getByRole('link').waitFor();
      }
      expect(await page.getByRole('link', { name: 'Hvem representerer hvem' }).last().getAttribute('href')).toBe(
        '/representasjon',
      );
      expect(await page.getByRole('link', { name: 'Nettverksfil (GraphML)' }).getAttribute('href')).toBe(
        '/export/graph.graphml',
      );
      expect(await page.getByRole('link', { name: /Popolo/ }).getAttribute('href')).toBe('/export/popolo.json');
      expect(await page.getByRole('link', { name: 'Hele grafen (JSON)' }).getAttribute('href')).toBe(
        '/export/graph.json',
      );
      await screenshot(page, 'reports', engine.name);
      // A report opens from its title.
      await page.getByRole('link', { name: 'Finansiering' }).click();
      await page.getByRole('heading', { level: 1, name: 'Finansiering' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/rapporter/finansiering');
    });

    it('funding by project for one funder: the 2024 allocations in Søndre Trøndelag add up to 11 170 000 kr', async () => {
      await open('/rapporter/finansiering');
      // Something useful at once: totals by funder, at the top level (issue 11: each krone once, and the page says
      // so). 004: "I forbindelse med revidert nasjonalbudsjett for 2024 er det varig bevilget 150 mill. kroner".
      await page.getByRole('table', { name: 'Finansiering per giver' }).waitFor();
      expect(plain(await row('Revidert nasjonalbudsjett 2024').textContent())).toContain('150 000 000 kr');
      await page.getByText(/Talt på øverste nivå, hver krone én gang/).waitFor();
      // 150 000 000 + 7 000 000 + 150 000 (Statsforvalteren, 2022); before issue 11 the page said 356 349 000 kr.
      expect(plain(await page.locator('table.report-table').locator('tfoot').textContent())).toContain(
        '157 150 000 kr',
      );

      await page.getByRole('radio', { name: 'Prosjekt' }).check();
      await page.getByLabel('Gitt av').selectOption({ label: SONDRE });
      const table = page.getByRole('table', { name: `Finansiering per prosjekt – gitt av ${SONDRE}` });
      await table.waitFor();
      expect(plain(await table.locator('tfoot').textContent())).toContain('11 170 000 kr');
      expect(plain(await row(PSHT).textContent())).toContain('4 500 000 kr');
      // Names link to the entity's page.
      expect(await row(PSHT).getByRole('link', { name: PSHT, exact: true }).getAttribute('href')).toBe(
        '/entity/project:psht-sondre-trondelag',
      );
      // The selection is in the address, so the view can be shared.
      const url = new URL(page.url());
      expect(url.searchParams.get('gruppering')).toBe('PROJECT');
      expect(url.searchParams.get('giver')).toBe('org:helsefellesskapet-sondre-trondelag');
      await screenshot(page, 'reports-funding', engine.name);

      // The same address opened afresh shows the same table.
      await open(`${url.pathname}${url.search}`);
      await page.getByRole('table', { name: `Finansiering per prosjekt – gitt av ${SONDRE}` }).waitFor();
      expect(plain(await row(PSHT).textContent())).toContain('4 500 000 kr');
    });

    it('downloads the table as CSV (BOM, ";" by default, "," on request) and as JSON, in the chosen language', async () => {
      await open('/rapporter/finansiering?gruppering=PROJECT&giver=org:helsefellesskapet-sondre-trondelag');
      await page.locator('table.report-table').waitFor();

      const semicolon = await download('Last ned CSV');
      expect(semicolon.name).toMatch(/\.csv$/);
      expect(semicolon.text.startsWith('\uFEFF')).toBe(true);
      const [header, ...lines] = semicolon.text.slice(1).split(/\r?\n/);
      // Issue 11: a last column says which level the amounts count.
      expect(header).toBe('gruppe;beløp (kr);tilskudd;uten oppgitt beløp;talt nivå');
      expect(lines).toContain(`${PSHT};4500000;1;0;der pengene endte (hver krone én gang)`);

      await page.getByLabel('Skilletegn i CSV').selectOption(',');
      const comma = await download('Last ned CSV');
      expect(comma.text.slice(1).split(/\r?\n/)[0]).toBe('gruppe,beløp (kr),tilskudd,uten oppgitt beløp,talt nivå');

      const json = await download('Last ned JSON');
      const rows = JSON.parse(json.text) as Record<string, unknown>[];
      expect(rows).toContainEqual({
        gruppe: PSHT,
        'beløp (kr)': 4500000,
        tilskudd: 1,
        'uten oppgitt beløp': 0,
        'talt nivå': 'der pengene endte (hver krone én gang)',
      });

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('table', { name: `Funding by project – granted by ${SONDRE}` }).waitFor();
      expect(plain(await row(PSHT).textContent())).toContain('NOK 4 500 000');
      // The separator chosen above is kept; the column names follow the language.
      const english = await download('Download CSV');
      expect(english.text.startsWith('\uFEFF')).toBe(true);
      expect(english.text.slice(1).split(/\r?\n/)[0]).toBe(
        'group,amount (NOK),grants,without a stated amount,level counted',
      );
    });

    it('changes from 5 November 2021 to 30 June 2022 in Ørland: Emil Raaen left, Marit K Ervik came', async () => {
      await open('/rapporter/endringer');
      // The default span, so the report shows something at once.
      await page.getByRole('table', { name: /^Endringer fra 5\. november 2021 til 30\. juni 2022/ }).waitFor();
      expect(await page.getByLabel('Fra dato').inputValue()).toBe('05.11.2021');
      expect(await page.getByLabel('Til dato').inputValue()).toBe('30.06.2022');

      await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Ørland' });
      await page.getByRole('table', { name: /– i Ørland$/ }).waitFor();
      expect(page.url()).toContain('kommune=municipality%3Aorland');
      const emil = await row('Emil Raaen').textContent();
      expect(emil).toContain('Gikk ut');
      expect(emil).toContain('kommunedirektør');
      const marit = await row('Marit K Ervik').first().textContent();
      expect(marit).toContain('Kom til');
      expect(marit).toContain('kommunedirektør');
      expect(await row('Emil Raaen').getByRole('link', { name: 'Emil Raaen' }).getAttribute('href')).toBe(
        '/entity/person:emil-raaen',
      );
      await screenshot(page, 'reports-changes', engine.name);

      // "From" after "to" is explained in words, not sent to the server.
      await page.getByLabel('Fra dato').fill('01.01.2023');
      await page.getByRole('alert').filter({ hasText: '«Fra dato» må være før «til dato».' }).waitFor();
      expect(await page.locator('table.report-table').count()).toBe(0);
      // "Reset" brings back the default span and every municipality.
      await page.getByRole('button', { name: 'Tilbakestill utvalget' }).click();
      await page.getByRole('table', { name: /^Endringer fra 5\. november 2021 til 30\. juni 2022$/ }).waitFor();
      expect(await page.getByLabel('Fra dato').inputValue()).toBe('05.11.2021');
      expect(await page.getByLabel('Kommune', { exact: true }).inputValue()).toBe('');
    });

    it('narrows the changes to one body chosen by typing part of its name', async () => {
      await open('/rapporter/endringer?kommune=municipality:orland');
      await page.locator('table.report-table').waitFor();
      await page.getByRole('combobox', { name: 'Organ eller prosjekt' }).fill('næringsråd');
      await page
        .getByRole('option', { name: /Næringsråd/ })
        .first()
        .click();
      await page.getByRole('table', { name: /i Ørland, i Næringsråd$/ }).waitFor();
      const text = (await page.locator('table.report-table').locator('tbody').textContent()) ?? '';
      expect(text).toContain('Ketil Kvam');
      expect(text).not.toContain('Emil Raaen');
    });

    it('reads in English after switching language', async () => {
      await open('/rapporter/endringer?kommune=municipality:orland');
      await page.locator('table.report-table').waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Changes in positions' }).waitFor();
      await page.getByRole('table', { name: /^Changes from 5 November 2021 to 30 June 2022 – in Ørland$/ }).waitFor();
      expect(await row('Emil Raaen').textContent()).toContain('Left');
      expect(await row('Marit K Ervik').first().textContent()).toContain('Came');
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Reports' }).waitFor();
      await screenshot(page, 'reports-en', engine.name);
    });

    it('counts positions per body, and shows each grant with its total', async () => {
      await open('/rapporter/verv');
      const counts = page.getByRole('table', { name: 'Verv og personer per organ – alle perioder' });
      await counts.waitFor();
      expect(await row('Interkommunalt politisk råd Trøndelag sørvest – lakseregionen').textContent()).toMatch(
        /26\s*26/,
      );

      await open('/rapporter/tilskudd?giver=org:helsefellesskapet-sondre-trondelag');
      await page.getByRole('table', { name: `Tilskudd – gitt av ${SONDRE}` }).waitFor();
      expect(await page.locator('table.report-table').locator('tbody tr').count()).toBe(8);
      expect(plain(await page.locator('table.report-table').locator('tfoot').textContent())).toContain('11 170 000 kr');
    });

    for (const path of [
      '/rapporter',
      '/rapporter/finansiering',
      '/rapporter/tilskudd',
      '/rapporter/endringer',
      '/rapporter/verv',
      '/rapporter/samarbeid',
    ]) {
      it(`has no serious or critical accessibility violations (axe, WCAG 2.1 AA) on ${path}`, async () => {
        await open(path);
        if (path !== '/rapporter') await page.locator('table.report-table').waitFor();
        else await page.getByRole('heading', { level: 1 }).waitFor();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
      });
    }
  });
}

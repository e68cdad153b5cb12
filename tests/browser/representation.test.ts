import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';

// "Who represents whom" (/representasjon) in a real Chromium against the real server and the seeded graph.

const COUNCIL = 'Interkommunalt politisk råd Trøndelag sørvest – lakseregionen';
const FROYA_COUNCIL = ['Kristin F. Strømskag', 'Geir Meland', 'Beate Sandvik Meland'];

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Who represents whom, in a browser on ${engine.name}`, () => {
    let server: TestServer;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      server = await startServer(engine, { withClient: true });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    let context: BrowserContext | undefined;
    const open = async (path: string, { table = true } = {}) => {
      await context?.close();
      // A fresh context per test: no language choice or cache carried over from the one before.
      context = await browser.newContext({
        viewport: { width: 1366, height: 860 },
        locale: 'nb-NO',
        acceptDownloads: true,
      });
      page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      if (table) await page.getByRole('table').waitFor();
      return page;
    };

    /** The text of the cell a sighted user finds at (row header, column header), read from the table on screen. */
    const cell = (municipality: string, column: string) =>
      page.evaluate(
        ([rowName, columnName]) => {
          const table = document.querySelector('table');
          if (!table) return null;
          const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
          const index = headers.findIndex((text) => text.startsWith(columnName));
          const row = [...table.querySelectorAll('tbody tr')].find(
            (tr) => tr.querySelector('th')?.textContent?.trim() === rowName,
          );
          if (index < 0 || !row) return null;
          return row.children[index]?.textContent ?? null;
        },
        [municipality, column] as const,
      );

    /** Scrolls so the page title is at the top: the view a user gets on arrival, minus the site header. */
    const topOfPage = () => page.locator('main h1').evaluate((heading) => heading.scrollIntoView());

    /** Clicks "download" and returns the saved file's text, BOM included. */
    const download = async (buttonName: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: buttonName }).click(),
      ]);
      const path = await file.path();
      return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
    };

    it("shows Frøya's representatives in the regional council, each a link with its source one click away", async () => {
      await open('/representasjon');
      await page.getByRole('heading', { level: 1, name: 'Hvem representerer hvem' }).waitFor();
      await page.getByRole('table', { name: /Representanter per kommune og organ – alle perioder/ }).waitFor();
      const froya = await cell('Frøya', COUNCIL);
      for (const name of FROYA_COUNCIL) expect(froya).toContain(name);
      // The municipality's own offices are a column of their own.
      expect(await cell('Frøya', 'Kommunens egne verv')).toContain('ordfører');
      // A person is a link to their page.
      const link = page.getByRole('row', { name: /^Frøya/ }).getByRole('link', { name: 'Geir Meland' });
      expect(await link.getAttribute('href')).toBe('/entity/person:geir-meland');
      // The source (quote and document) is one click away.
      const councilCell = page
        .getByRole('row', { name: /^Frøya/ })
        .getByRole('cell')
        .nth(1);
      await councilCell
        .getByRole('button', { name: /^Vis kilde/ })
        .first()
        .click();
      await expect
        .poll(() => councilCell.locator('.source-popover:popover-open').textContent())
        .toMatch(/«.+».*Dokument: .+/s);
      await screenshot(page, 'representation-sources', engine.name);
      await topOfPage();
      await screenshot(page, 'representation', engine.name);
    });

    it('an as-of date changes the table, and the date is kept in the URL', async () => {
      await open('/representasjon');
      expect(await cell('Frøya', COUNCIL)).toContain('Kristin F. Strømskag');
      // Typed as a Norwegian writes it (the field also reads 2021-11-05).
      await page.getByLabel('Per dato').fill('5.11.2021');
      // The caption names the date of the data on screen, so it changes once the new table is there.
      await page.getByRole('table', { name: /per 5\. november 2021/ }).waitFor();
      expect(page.url()).toContain('dato=2021-11-05');
      // Her 2022 seats (regional council, mayor) did not hold on that day; the director's did. (Her name is still in
      // a source of the director's role: the 2022 report's table row, one of its observations.)
      expect(await page.getByRole('table').getByRole('link', { name: 'Kristin F. Strømskag' }).count()).toBe(0);
      expect(await cell('Frøya', 'Kommunens egne verv')).toContain('Beate Sandvik Meland');
      expect(await cell('Frøya', COUNCIL)).toBeNull();
      await topOfPage();
      await screenshot(page, 'representation-asof', engine.name);
      // Clearing the date brings every period back.
      await page.getByRole('button', { name: 'Vis alle perioder' }).click();
      await expect.poll(() => cell('Frøya', COUNCIL)).toContain('Kristin F. Strømskag');
      expect(page.url()).not.toContain('dato=');
    });

    it('filters municipalities by text (without ø too) and chooses columns with checkboxes', async () => {
      await open('/representasjon');
      await page.getByLabel('Filtrer kommuner').fill('froya');
      await expect.poll(async () => page.getByRole('table').getByRole('row').count()).toBe(2);
      expect(await page.getByRole('rowheader').textContent()).toBe('Frøya');
      expect(page.url()).toContain('kommune=froya');

      // The column picker is folded away; opened by keyboard, a column is hidden with the space bar.
      const summary = page.locator('summary', { hasText: 'Organ:' });
      // Since issue 11: the KDU seats its members on behalf of their municipality (from its stated composition), so
      // the directors' committee is a column; case duties are not seats, so no case is one. Own offices + 7 bodies.
      expect(await summary.textContent()).toContain('7 av 8 vises');
      await summary.focus();
      await page.keyboard.press('Enter');
      const checkbox = page.getByRole('checkbox', { name: /^Næringsråd/ });
      await checkbox.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => page.getByRole('columnheader', { name: 'Næringsråd' }).count()).toBe(0);
      expect(page.url()).toContain('organ=');
      expect(await summary.textContent()).toContain('6 av 8');

      // The URL is the view: pasted into another browser it shows the same table.
      const shared = page.url().replace(server.url, '');
      await open(shared);
      expect(await page.getByRole('rowheader').allTextContents()).toEqual(['Frøya']);
      expect(await page.getByRole('columnheader', { name: 'Næringsråd' }).count()).toBe(0);
      expect(await page.getByRole('columnheader', { name: COUNCIL }).count()).toBe(1);

      // Nothing matches: said in words, with a way out.
      await page.getByLabel('Filtrer kommuner').fill('Atlantis');
      await page.getByText('Ingen kommuner passer «Atlantis».').waitFor();
      await page.getByRole('button', { name: 'Tøm filteret' }).first().click();
      await expect.poll(async () => page.getByRole('rowheader').count()).toBeGreaterThan(5);
    });

    it('downloads a CSV of exactly what is shown: BOM, ";" by default, one line per role, with the source', async () => {
      await open('/representasjon?kommune=Frøya');
      const { name, text } = await download('Last ned CSV');
      expect(name).toBe('representasjon-alle-perioder.csv');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const lines = text.slice(1).trimEnd().split('\r\n');
      expect(lines[0]).toBe('kommune;organ;person;rolle;fra;til;kilde;sitat;periode fra dokumentet');
      const council = lines.filter((line) => line.startsWith(`Frøya;${COUNCIL};`));
      // The three seats share title and period; the order among them is the engine's (no tie-break is defined).
      expect(council.map((line) => line.split(';')[2]).sort()).toEqual([...FROYA_COUNCIL].sort());
      expect(council.find((line) => line.includes(';Kristin F. Strømskag;'))).toMatch(
        /^Frøya;[^;]+;Kristin F\. Strømskag;representant;2022-01-01;2022-12-31;.+/,
      );
      // The quote the seat rests on, and whether its period is the document's (the table's asterisk).
      const kristin = (council.find((line) => line.includes(';Kristin F. Strømskag;')) ?? '').split(';');
      expect(kristin[7]).toContain('Strømskag');
      expect(kristin[8]).toMatch(/^(ja|nei)$/);
      const marked = await page.locator('.representation-table [aria-hidden="true"]', { hasText: '*' }).count();
      expect(lines.slice(1).filter((line) => line.endsWith(';ja')).length).toBe(marked);
      // Only the filtered municipality, and the own offices under their column name.
      expect(lines.slice(1).every((line) => line.startsWith('Frøya;'))).toBe(true);
      expect(lines.some((line) => line.startsWith('Frøya;Kommunens egne verv;Kristin F. Strømskag;ordfører;'))).toBe(
        true,
      );

      // With a date, the file follows the table, and "," is offered for other spreadsheets.
      await page.getByLabel('Per dato').fill('2021-11-05');
      await page.getByRole('table', { name: /5\. november 2021/ }).waitFor();
      await page.getByLabel('Skilletegn').selectOption(',');
      const dated = await download('Last ned CSV');
      expect(dated.name).toBe('representasjon-2021-11-05.csv');
      const datedLines = dated.text.slice(1).trimEnd().split('\r\n');
      expect(datedLines[0]).toBe('kommune,organ,person,rolle,fra,til,kilde,sitat,periode fra dokumentet');
      expect(datedLines.filter((line) => line.includes(',Kristin F. Strømskag,'))).toEqual([]);
      // One role from the minutes (5 Nov 2021) and the 2022 report: held from the first through the last statement.
      expect(datedLines).toContainEqual(
        expect.stringMatching(/^Frøya,Kommunens egne verv,Beate Sandvik Meland,kommunedirektør,2021-11-05,2022-12-31,/),
      );
    });

    it('switches to English: headers, caption and CSV headers follow', async () => {
      await open('/representasjon');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Who represents whom' }).waitFor();
      await page.getByRole('columnheader', { name: 'Municipality', exact: true }).waitFor();
      await page.getByRole('columnheader', { name: /own offices/ }).waitFor();
      await page.getByRole('table', { name: 'Representatives by municipality and body – all periods' }).waitFor();
      const { name, text } = await download('Download CSV');
      expect(name).toBe('representation-all-periods.csv');
      expect(text.slice(1).split('\r\n')[0]).toBe(
        'municipality;body;person;role;from;to;source;quote;period from the document',
      );
      expect(text).toContain("Frøya;The municipality's own offices;");
      await page.getByLabel('As of').fill('05/11/2021');
      await page.getByRole('table', { name: /as of 5 November 2021/ }).waitFor();
      await topOfPage();
      await screenshot(page, 'representation-en', engine.name);
    });

    it('explains an empty day and an invalid date in the address', async () => {
      await open('/representasjon?dato=1990-01-01', { table: false });
      await page.getByText('Ingen representanter er registrert på 1. januar 1990.').waitFor();
      await page.goto(`${server.url}/representasjon?dato=2021-13-45`);
      await page.getByRole('alert').filter({ hasText: '«2021-13-45»' }).waitFor();
      await page.getByRole('table', { name: /alle perioder/ }).waitFor();
    });

    for (const path of ['/representasjon', '/representasjon?dato=2021-11-05&kommune=fr']) {
      it(`has no serious or critical accessibility violations (axe, WCAG 2.1 AA) on ${path}`, async () => {
        await open(path);
        await page.getByText(/^Organ: /).click();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
      });
    }
  });
}

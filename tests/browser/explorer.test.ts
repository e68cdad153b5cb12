import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';

// The three user jobs in a real Chromium against the real server and the seeded graph.

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`The explorer in a browser on ${engine.name}`, () => {
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
    const open = async (path: string) => {
      await context?.close();
      // A fresh context per test: no language choice or cache carried over from the one before.
      context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      return page;
    };

    it('lists the municipalities on the home page in Norwegian alphabetical order: Ørland before Åfjord', async () => {
      await open('/');
      const list = page.getByRole('region', { name: 'Kommuner' }).getByRole('listitem');
      await list.first().waitFor();
      const names = await list.allTextContents();
      expect(names.indexOf('Ørland')).toBeGreaterThan(names.indexOf('Orkland'));
      expect(names.indexOf('Åfjord')).toBeGreaterThan(names.indexOf('Ørland'));
      expect(names.at(-1)).toMatch(/^Å/);
    });

    it('typing "Froya" suggests Frøya under Kommune; choosing it opens its representatives with sources', async () => {
      await open('/');
      const search = page.getByRole('combobox');
      await search.fill('Froya');
      const option = page.getByRole('option', { name: /^Frøya/ }).first();
      await option.waitFor();
      expect(await page.getByRole('group', { name: 'Kommune' }).getByRole('option').first().textContent()).toMatch(
        /^Frøya/,
      );
      await search.press('ArrowDown');
      await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
      await screenshot(page, 'search', engine.name);
      await search.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Frøya' }).waitFor();
      expect(page.url()).toContain('/entity/municipality:froya');
      const council = page.getByRole('table', { name: /Interkommunalt politisk råd Trøndelag sørvest/ });
      await expect.poll(() => council.textContent()).toContain('Kristin F. Strømskag');
      // The source is one click away.
      const firstSource = council.getByRole('button', { name: /^Vis kilde/ }).first();
      await firstSource.click();
      await expect
        .poll(() => council.locator('.source-popover:popover-open').first().textContent())
        .toMatch(/«.*Strømskag.*»/);
      await screenshot(page, 'municipality', engine.name);
    });

    it('does a whole job in one go: search → municipality → representative → network view → connection finder', async () => {
      await open('/');
      await page.getByRole('combobox').fill('Hitra');
      await page
        .getByRole('group', { name: 'Kommune' })
        .getByRole('option', { name: /^Hitra/ })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Hitra' }).waitFor();
      // Hitra's contact in the business council, then her page.
      await page.getByRole('table', { name: 'Næringsråd' }).getByRole('link', { name: 'Ingjerd Astad' }).click();
      await page.getByRole('heading', { level: 1, name: 'Ingjerd Astad' }).waitFor();
      await page.getByRole('link', { name: 'Vis i nettverket' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nettverk rundt Ingjerd Astad' }).waitFor();
      expect(page.url()).toMatch(/\/nettverk\/person(:|%3A)ingjerd-astad/);
      await page.goBack();
      await page.getByRole('link', { name: 'Finn forbindelse herfra' }).click();
      await page.getByRole('heading', { level: 1, name: 'Finn forbindelse' }).waitFor();
      // The field is filled once the person's name has loaded, which may be after the heading shows.
      await expect.poll(() => page.getByRole('combobox', { name: 'Fra' }).inputValue()).toBe('Ingjerd Astad');
      const to = page.getByRole('combobox', { name: 'Til' });
      await to.fill('Strømskag');
      await page.getByRole('option', { name: /Kristin F\. Strømskag/ }).click();
      const sentence = page
        .locator('main')
        .getByText(/Ingjerd Astad .* Kristin F\. Strømskag|Kristin F\. Strømskag .* Ingjerd Astad/)
        .first();
      await sentence.waitFor();
      await screenshot(page, 'job-connection', engine.name);
    });

    it('finds a person typed without å ("hagensen") and shows her roles over time', async () => {
      await open('/');
      await page.getByRole('combobox').fill('hagensen');
      await page.getByRole('option', { name: /Liv Aagot Hågensen/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Liv Aagot Hågensen' }).waitFor();
      await page.getByRole('heading', { name: 'Roller over tid' }).waitFor();
      const timeline = await page.locator('.timeline').textContent();
      expect(timeline).toContain('2022');
      // Her part in ASU 17 April 2024 is two duties in case 16/24, under the meeting, not seats in the timeline.
      expect(timeline).not.toContain('2024');
      const duties = page.getByRole('region', { name: 'Møter og oppgaver i møtesaker' });
      await expect.poll(() => duties.textContent()).toContain('17. april 2024');
      expect(await duties.textContent()).toMatch(/ansvarlig/);
      expect(await duties.textContent()).toMatch(/legger frem arbeidet/);
      await screenshot(page, 'person', engine.name);
    });

    it("answers who is Hitra's contact in the business council, from a deep link pasted into the browser", async () => {
      await open('/entity/municipality:hitra');
      const business = page.getByRole('table', { name: 'Næringsråd' });
      await expect.poll(() => business.textContent()).toContain('Ingjerd Astad');
    });

    it('as-of date narrows the representatives to that day', async () => {
      await open('/entity/municipality:froya?asOf=2021-11-05');
      await page.getByRole('heading', { level: 1, name: 'Frøya' }).waitFor();
      const people = page.locator('.role-groups').getByRole('link');
      expect(await people.filter({ hasText: 'Beate Sandvik Meland' }).count()).toBeGreaterThan(0);
      // Her seats are first stated in the 2022 report: nothing is claimed for 5 Nov 2021.
      expect(await people.filter({ hasText: 'Kristin F. Strømskag' }).count()).toBe(0);
    });

    it("tells each seat's status on the chosen day: held, last confirmed, or ended", async () => {
      // 001 (5 Nov 2021) and 000 (2022) name Beate Sandvik Meland Frøya's kommunedirektør; nothing later names another.
      await open('/entity/municipality:froya?asOf=2023-06-01');
      const own = page.getByRole('table', { name: 'Verv i kommunen' });
      const director = own.getByRole('row', { name: /Beate Sandvik Meland/ });
      await expect.poll(() => director.textContent()).toContain('sist bekreftet 31. desember 2022');
      // Her statements, each with the day it speaks for, one click away.
      await director.getByRole('button', { name: 'Vis kilder (2)' }).click();
      await expect.poll(() => director.locator('.observations').textContent()).toContain('5. november 2021');
      // 001 names Emil Raaen Ørland's kommunedirektør; 000 names Marit K Ervik: his seat has ended.
      await open('/entity/person:emil-raaen');
      await expect.poll(() => page.locator('.timeline').textContent()).toContain('avsluttet fra 1. januar 2022');
    });

    it('switches to English and back, remembering the choice', async () => {
      await open('/entity/municipality:froya');
      await page.getByRole('heading', { name: 'Representasjon etter organ' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Representation by body' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.reload();
      await page.getByRole('heading', { name: 'Representation by body' }).waitFor();
      await page.getByRole('button', { name: 'Norsk' }).click();
      await page.getByRole('heading', { name: 'Representasjon etter organ' }).waitFor();
    });

    it("an unknown id shows a not-found page in Norwegian, never the server's English message", async () => {
      await open('/entity/person:nobody-at-all');
      await page.getByRole('heading', { level: 1, name: 'Fant ikke oppføringen' }).waitFor();
      expect(await page.getByRole('main').textContent()).not.toContain('Nothing in the graph');
    });

    for (const path of ['/', '/entity/municipality:froya', '/entity/person:ingjerd-astad', '/search?q=helse']) {
      it(`has no serious or critical accessibility violations (axe, WCAG 2.1 AA) on ${path}`, async () => {
        await open(path);
        await page.locator('main h1').first().waitFor();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
      });
    }
  });
}

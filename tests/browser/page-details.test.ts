import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.js';
import { EDITOR, type EditSession, startEditSession } from '../support/browser-edits.js';
import { engines } from '../support/engines.js';
import { fitsWidth, SIZES, Visitor } from '../support/pages.js';

// Small things a reader notices (issue 16, points 3, 6, 7 and 8): the network page's tab names its centre; a body's
// seats table sits below its chart at full width instead of squeezed beside it; on a phone the network's centre and
// distance fold under one button so the picture starts right under the heading; and dates are typed as the
// language writes them (dd.mm.åååå, dd/mm/yyyy) in the reading pages' and the edit forms' date fields, a day that
// does not exist refused with the reason — in Norwegian and English.

const LAPTOP = SIZES.find((size) => size.name === 'laptop') ?? SIZES[0];
const PHONE = SIZES.find((size) => size.name === 'phone') ?? SIZES[1];

const WORDS = {
  nb: {
    network: 'Nettverk rundt Hitra',
    toggle: /^Midtpunkt og avstand \(1 steg\)/,
    centre: 'Midtpunkt',
    twoSteps: '2 steg',
    asOf: 'Per dato',
    placeholder: 'dd.mm.åååå',
    noSuchDay: '31.02.2024',
    noSuchDayMessage: '«31.02.2024» finnes ikke: februar 2024 har 29 dager.',
    typed: '5.11.2021',
    shown: '05.11.2021',
  },
  en: {
    network: 'Network around Hitra',
    toggle: /^Centre and distance \(1 step\)/,
    centre: 'Centre',
    twoSteps: '2 steps',
    asOf: 'As of',
    placeholder: 'dd/mm/yyyy',
    noSuchDay: '31/02/2024',
    noSuchDayMessage: '“31/02/2024” does not exist: February 2024 has 29 days.',
    typed: '5/11/2021',
    shown: '05/11/2021',
  },
} as const;

/** Pixels from the bottom of the page's heading to the top of the network picture. */
function headingToPicture(page: Page): Promise<number> {
  return page.evaluate(() => {
    const heading = document.querySelector('main h1')?.getBoundingClientRect();
    const picture = document.querySelector('.graph-canvas')?.getBoundingClientRect();
    return heading && picture ? picture.top - heading.bottom : Number.NaN;
  });
}

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Page details in a browser on ${engine.name}`, () => {
    let session: EditSession;
    let browser: Browser;
    let visitor: Visitor;

    beforeAll(async () => {
      session = await startEditSession(engine);
      browser = await launchBrowser();
      visitor = new Visitor(browser, session.server.url);
    }, 120_000);
    afterAll(async () => {
      await visitor?.close();
      await browser?.close();
      await session?.close();
    });

    for (const language of ['nb', 'en'] as const) {
      const words = WORDS[language];

      it(`names the network's centre in the browser tab (${language})`, async () => {
        const page = await visitor.open('/nettverk/municipality:hitra', LAPTOP, language);
        await page.getByRole('heading', { level: 1, name: words.network }).waitFor();
        await expect.poll(() => page.title()).toBe(`${words.network} – Regiongraf`);
      });

      it(`shows a body's seats table below its chart, at the chart's full width (${language})`, async () => {
        const page = await visitor.open('/entity/org:ipr-trondelag-sorvest', LAPTOP, language);
        const section = page.locator('.seats-timeline');
        await section.locator('.chart-picture svg').first().waitFor();
        await section.scrollIntoViewIfNeeded();
        const body = await section.locator('.chart-body').boundingBox();
        const picture = await section.locator('.chart-picture').boundingBox();
        const table = await section.locator('.chart-table').boundingBox();
        if (!body || !picture || !table) throw new Error('the seats chart is not drawn');
        expect(table.y, 'the table starts below the picture').toBeGreaterThanOrEqual(picture.y + picture.height - 1);
        expect(table.width, 'the table is as wide as the chart').toBeGreaterThanOrEqual(body.width - 2);
        expect(table.width).toBeGreaterThan(26 * 16);
        await screenshot(page, `body-seats-${language}`, engine.name);
      });

      it(`folds the network's centre and distance under one button on a phone (${language})`, async () => {
        const page = await visitor.open('/nettverk/municipality:hitra', PHONE, language);
        // The picture is drawn (cytoscape's canvas in place of the "drawing" note) before it is measured and shown.
        await page.locator('.graph-canvas canvas').first().waitFor();
        await page.locator('.graph-loading').waitFor({ state: 'detached' });
        const toggle = page.getByRole('button', { name: words.toggle });
        expect(await toggle.isVisible()).toBe(true);
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await page.getByRole('combobox', { name: words.centre }).isVisible()).toBe(false);
        // Before: the picker and the distance took 184 px between the heading and the picture; folded, 75 px.
        const gap = await headingToPicture(page);
        console.info(`network on a phone (${language}): ${Math.round(gap)} px from the heading to the picture`);
        expect(gap).toBeLessThan(110);
        await fitsWidth(page, PHONE);
        await screenshot(page, `network-phone-folded-${language}`, engine.name);

        await toggle.click();
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        await page.getByRole('combobox', { name: words.centre }).waitFor();
        await page.getByRole('radio', { name: words.twoSteps }).check();
        await expect.poll(() => page.url()).toContain('steg=2');
        await fitsWidth(page, PHONE);

        // On a laptop there is room: no button, the controls shown.
        const wide = await visitor.open('/nettverk/municipality:hitra', LAPTOP, language);
        await wide.getByRole('combobox', { name: words.centre }).waitFor();
        expect(await wide.getByRole('button', { name: words.toggle }).isVisible()).toBe(false);
      });

      it(`types the "as of" date as the language writes it and refuses a day that does not exist (${language})`, async () => {
        const page = await visitor.open('/entity/municipality:froya', LAPTOP, language);
        const field = page.getByLabel(words.asOf, { exact: true });
        expect(await field.getAttribute('type')).toBe('text');
        expect(await field.getAttribute('placeholder')).toBe(words.placeholder);

        await field.fill(words.noSuchDay);
        await field.press('Tab');
        await page.getByRole('alert').filter({ hasText: words.noSuchDayMessage }).waitFor();
        expect(await field.getAttribute('aria-invalid')).toBe('true');
        expect(page.url()).not.toContain('asOf=');

        await field.fill(words.typed);
        await field.press('Tab');
        await expect.poll(() => page.url()).toContain('asOf=2021-11-05');
        expect(await field.inputValue()).toBe(words.shown);
        expect(await page.getByText(words.noSuchDayMessage).count()).toBe(0);

        // A day in the address is shown in the same form.
        const linked = await visitor.open('/entity/municipality:froya?asOf=2022-01-14', LAPTOP, language);
        await expect
          .poll(() => linked.getByLabel(words.asOf, { exact: true }).inputValue())
          .toBe(language === 'nb' ? '14.01.2022' : '14/01/2022');
      });
    }

    it('keeps an edit form from being sent with a day that does not exist, in Norwegian and English', async () => {
      const editor = await session.visitor(EDITOR);
      const mutations: string[] = [];
      editor.on('request', (request) => {
        if (request.url().endsWith('/graphql') && (request.postData() ?? '').includes('mutation')) {
          mutations.push(request.postData() ?? '');
        }
      });
      await session.go(editor, '/ny-enhet');
      await editor.getByLabel('Hva slags').selectOption({ label: 'Prosjekt' });
      await editor.getByLabel('Navn', { exact: true }).fill('Kystpiloten');
      await editor.getByLabel('Notat fra sekretariatet (uten dokument)').check();
      const start = editor.getByLabel('Fra og med (valgfritt)');
      expect(await start.getAttribute('placeholder')).toBe('dd.mm.åååå');
      await start.fill('31.02.2024');
      await editor.getByRole('button', { name: 'Send forslaget til godkjenning' }).click();
      await editor.getByText('«31.02.2024» finnes ikke: februar 2024 har 29 dager.').waitFor();
      expect(mutations).toEqual([]);
      expect(await editor.getByRole('heading', { level: 1, name: /^Foreslå ny organisasjon/ }).count()).toBe(1);

      await start.fill('1.2.2025');
      await start.press('Tab');
      expect(await start.inputValue()).toBe('01.02.2025');
      await screenshot(editor, 'edit-date-field-nb', engine.name);

      // The language switched: the same day in the English form, the empty field's hint too.
      await editor.getByRole('button', { name: 'English' }).click();
      const from = editor.getByLabel('From (optional)');
      await expect.poll(() => from.inputValue()).toBe('01/02/2025');
      expect(await editor.getByLabel('Until (optional)').getAttribute('placeholder')).toBe('dd/mm/yyyy');
      await editor.getByLabel('Until (optional)').fill('31/04/2025');
      await editor.getByRole('button', { name: 'Send the proposal for review' }).click();
      await editor.getByText('“31/04/2025” does not exist: April 2025 has 30 days.').waitFor();
      expect(mutations).toEqual([]);
      await editor.getByRole('button', { name: 'Norsk' }).click();
    }, 120_000);
  });
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';

// The profile pages answer at a glance (issue 16): each of the three jobs, started from the search box as a user
// would, is answered in the first viewport of the page the search leads to, on a laptop and on a phone, in Norwegian
// and in English; on a phone nothing overflows sideways and the header stays compact.

const ARTIFACTS = join(import.meta.dirname, '..', '.artifacts', 'screenshots');
const SIZES = [
  { name: 'laptop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const WORDS = {
  nb: {
    glance: 'I korte trekk',
    municipality: 'Kommune',
    person: 'Person',
    body: 'Organisasjon',
    before: 'tidligere:',
    after: 'etterfulgt av',
  },
  en: {
    glance: 'At a glance',
    municipality: 'Municipality',
    person: 'Person',
    body: 'Organisation',
    before: 'before:',
    after: 'succeeded by',
  },
} as const;

/** True when the element lies wholly inside the viewport as the page first shows it (nothing scrolled). */
async function inFirstViewport(page: Page, locator: Locator): Promise<boolean> {
  await locator.waitFor();
  const box = await locator.boundingBox();
  const scrollY = await page.evaluate(() => window.scrollY);
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return scrollY === 0 && box.y >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Profiles at a glance in a browser on ${engine.name}`, () => {
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

    const open = async (path: string, size: (typeof SIZES)[number], language: 'nb' | 'en') => {
      await context?.close();
      context = await browser.newContext({ viewport: { width: size.width, height: size.height }, locale: 'nb-NO' });
      // The language a visitor chose before (the switch remembers it), so the page opens in it.
      await context.addInitScript((lang) => localStorage.setItem('regiongraf.language', lang), language);
      page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      await page.locator('main h1').first().waitFor();
      return page;
    };

    /** Types into the header's search and picks the suggestion, as a visitor does. */
    const search = async (text: string, group: string, name: RegExp) => {
      await page.getByRole('combobox').first().fill(text);
      await page.getByRole('group', { name: group }).getByRole('option', { name }).first().click();
    };

    /** Saves what the visitor sees, for looking at (tests/.artifacts/screenshots, ignored by git). */
    const shoot = async (name: string) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${engine.name}.png`) });
    };

    /** On a phone: no sideways scrolling, and a header of at most ~12 % of the screen. */
    const fitsThePhone = async (size: (typeof SIZES)[number]) => {
      if (size.name !== 'phone') return;
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      const header = await page.locator('.site-header').boundingBox();
      expect(header?.height).toBeLessThanOrEqual(size.height * 0.12);
    };

    for (const size of SIZES) {
      for (const language of ['nb', 'en'] as const) {
        const words = WORDS[language];

        it(`who represents Frøya in the regional council: on Frøya's page without scrolling (${size.name}, ${language})`, async () => {
          await open('/', size, language);
          await search('Froya', words.municipality, /^Frøya/);
          await page.getByRole('heading', { level: 1, name: 'Frøya' }).waitFor();
          const glance = page.getByRole('region', { name: words.glance });
          const council = glance
            .getByRole('listitem')
            .filter({ has: page.getByRole('heading', { name: /^Interkommunalt politisk råd Trøndelag sørvest/ }) });
          for (const name of ['Kristin F. Strømskag', 'Geir Meland', 'Beate Sandvik Meland']) {
            expect(await inFirstViewport(page, council.getByRole('link', { name }))).toBe(true);
          }
          // The main bodies come first: the council before its committees, networks and working groups.
          const headings = await glance.getByRole('heading', { level: 3 }).allTextContents();
          expect(headings.findIndex((text) => text.startsWith('Interkommunalt politisk råd'))).toBeLessThan(
            headings.indexOf('Næringsråd'),
          );
          expect(headings.indexOf('Næringsråd')).toBeLessThan(
            headings.findIndex((text) => text.startsWith('Arbeidsgruppe')),
          );
          await fitsThePhone(size);
          await shoot(`profile-froya-${size.name}-${language}`);
        });

        it(`who is Hitra's contact in the business council: on Hitra's page without scrolling (${size.name}, ${language})`, async () => {
          await open('/', size, language);
          await search('Hitra', words.municipality, /^Hitra/);
          await page.getByRole('heading', { level: 1, name: 'Hitra' }).waitFor();
          const business = page
            .getByRole('region', { name: words.glance })
            .getByRole('listitem')
            .filter({ has: page.getByRole('heading', { name: 'Næringsråd' }) });
          expect(await inFirstViewport(page, business.getByRole('link', { name: 'Ingjerd Astad' }))).toBe(true);
          await fitsThePhone(size);
          await shoot(`profile-hitra-${size.name}-${language}`);
        });

        it(`who holds this seat now, and who did before: on a person's and a body's page without scrolling (${size.name}, ${language})`, async () => {
          // Ørland's kommunedirektør: Emil Raaen in November 2021, Marit K Ervik from 2022.
          await open('/', size, language);
          await search('Ervik', words.person, /^Marit K Ervik/);
          await page.getByRole('heading', { level: 1, name: 'Marit K Ervik' }).waitFor();
          const glance = page.getByRole('region', { name: words.glance });
          const seat = glance.getByRole('listitem').filter({ hasText: /^kommunedirektør – Ørland/ });
          expect(await seat.textContent()).toContain(`${words.before} Emil Raaen`);
          expect(await inFirstViewport(page, seat.getByRole('link', { name: 'Emil Raaen' }))).toBe(true);
          await fitsThePhone(size);
          await shoot(`profile-seat-person-${size.name}-${language}`);

          await seat.getByRole('link', { name: 'Emil Raaen' }).click();
          await page.getByRole('heading', { level: 1, name: 'Emil Raaen' }).waitFor();
          const ended = page
            .getByRole('region', { name: words.glance })
            .getByRole('listitem')
            .filter({ hasText: /^kommunedirektør – Ørland/ });
          expect(await ended.textContent()).toContain(`${words.after} Marit K Ervik`);
          expect(await inFirstViewport(page, ended.getByRole('link', { name: 'Marit K Ervik' }))).toBe(true);

          // A body's own seats: the leader of the competence network, and the one before her.
          await open('/', size, language);
          await search('kompetansenettverket oppvekst', words.body, /^Kompetansenettverket oppvekst Trøndelag sørvest/);
          await page.getByRole('heading', { level: 1, name: /^Kompetansenettverket oppvekst/ }).waitFor();
          const leader = page
            .getByRole('region', { name: words.glance })
            .getByRole('listitem')
            .filter({ hasText: /^leder – Solveig Melby/ });
          expect(await leader.textContent()).toContain(`${words.before} Hege Røttereng`);
          expect(await inFirstViewport(page, leader.getByRole('link', { name: 'Hege Røttereng' }))).toBe(true);
          await fitsThePhone(size);
          await shoot(`profile-seat-body-${size.name}-${language}`);
        });
      }
    }

    it("puts a person's offices before her case duties, folds the duties by meeting and says attendance in words", async () => {
      await open('/entity/person:ingjerd-astad', SIZES[0], 'nb');
      const glance = page.getByRole('region', { name: 'I korte trekk' });
      const office = glance.getByRole('listitem').filter({ hasText: /^kommunedirektør – Hitra/ });
      expect(await inFirstViewport(page, office)).toBe(true);
      // The meetings come folded, below the seats; opened, each duty is named once and each case listed once.
      const meetings = page.getByRole('region', { name: 'Møter og oppgaver i møtesaker' });
      expect(
        await meetings.getByRole('button', { name: /^Møter og oppgaver i møtesaker/ }).getAttribute('aria-expanded'),
      ).toBe('false');
      await meetings.getByRole('heading', { name: 'Møter og oppgaver i møtesaker' }).click();
      const asu = meetings.locator('.meeting-duties').filter({ hasText: 'Administrativt samarbeidsutvalg 17.04.2024' });
      const lines = await asu.locator('.duty-names').allTextContents();
      expect(lines.map((line) => line.trim())).toEqual(['ansvarlig og saksansvarlig', 'saksansvarlig']);
      const cases = await asu.locator('.duty-line > ul > li').allTextContents();
      expect(cases).toHaveLength(9);
      expect(new Set(cases).size).toBe(9);
      // The KDU list marks her present with an "x": she was there, in words.
      const kdu = meetings.locator('.meeting-duties').filter({ hasText: 'KDU 5. november 2021' });
      expect(await kdu.locator('.meeting-attendance').textContent()).toContain('Oppmøte: til stede');
      await page.getByRole('heading', { name: 'Alle forbindelser med kilder' }).click();
      const row = page.getByRole('row').filter({ hasText: 'KDU 5. november 2021' });
      expect(await row.textContent()).toContain('deltok i');
      expect(await row.textContent()).not.toMatch(/\(x\)|Ikke til stede\)/);
    });

    it('finds Hitra\'s mayor by "ordfører hitra" and Astad by "astadd", each with the seat beside the name', async () => {
      await open('/', SIZES[0], 'nb');
      // The mayor as Hitra's page answers it (the annual report's "Hitra Ole L. Haugen, ordfører").
      const roles = await server.query<{ node: { representatives: { title: string; person: { name: string } }[] } }>(
        '{ node(id: "municipality:hitra") { ... on Municipality { representatives { title person { name } } } } }',
      );
      const mayor = roles.data?.node.representatives.find((role) => role.title === 'ordfører')?.person.name;
      expect(mayor).toBeTruthy();
      const box = page.getByRole('combobox').first();
      await box.fill('ordfører hitra');
      const people = page.getByRole('group', { name: 'Person' }).getByRole('option');
      await expect.poll(() => people.first().textContent()).toContain(mayor as string);
      expect(await people.first().textContent()).toMatch(/ordfører, .*Hitra/);
      await shoot('search-seat-nb');
      await box.fill('astadd');
      const astad = people.filter({ hasText: 'Ingjerd Astad' });
      await expect.poll(() => astad.count()).toBe(1);
      expect(await astad.textContent()).toContain('kommunedirektør');
      // The results page says which hits are spelt a little differently.
      await box.press('Enter');
      const hit = page.getByRole('listitem').filter({ hasText: 'Ingjerd Astad' });
      await expect.poll(() => hit.textContent()).toContain('lignende stavemåte');
      await shoot('search-spelling-nb');
    });

    it('keeps sources quiet: an icon with the count, the quote in a popover, "kildens periode" explained once', async () => {
      await open('/entity/municipality:froya', SIZES[1], 'nb');
      const council = page.getByRole('table', { name: /Interkommunalt politisk råd Trøndelag sørvest/ });
      const row = council.getByRole('row', { name: /Kristin F\. Strømskag/ });
      const button = row.getByRole('button', { name: /^Vis kilder \(\d+\)$/ });
      expect((await button.textContent())?.trim()).toMatch(/^\d+$/);
      await button.click();
      const popover = row.locator('.source-popover:popover-open');
      await expect.poll(() => popover.textContent()).toMatch(/«.*Strømskag.*»/);
      // The popover stays on the phone's screen.
      const box = await popover.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      await shoot('profile-source-popover-phone-nb');
      await page.keyboard.press('Escape');
      await expect.poll(() => row.locator('.source-popover:popover-open').count()).toBe(0);
      // Periods taken from the document are marked; the words are said once on the page.
      expect(await page.locator('.period-from-source').count()).toBeGreaterThan(3);
      const legend = page.locator('.period-legend:visible');
      expect(await legend.count()).toBe(1);
      expect(await legend.textContent()).toContain('kildens periode');
    });

    for (const [path, size] of [
      ['/entity/municipality:froya', SIZES[1]],
      ['/entity/org:ipr-trondelag-sorvest', SIZES[0]],
      ['/entity/org:ts-kompetansenettverket-oppvekst', SIZES[1]],
      ['/entity/project:helseplattformen', SIZES[1]],
    ] as const) {
      it(`has no serious or critical accessibility violations (axe, WCAG 2.1 AA) on ${path} (${size.name})`, async () => {
        await open(path, size, 'nb');
        await fitsThePhone(size);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
      });
    }
  });
}

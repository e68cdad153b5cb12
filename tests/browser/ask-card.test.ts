import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { fitsWidth, SIZES, Visitor } from '../support/pages.js';
import { startServer, type TestServer } from '../support/server.js';

// The answer card of the header search (issue 18, point 4; docs/ask.md): a question typed in the search shows the
// answer above the suggestions — its people as links, how the question was understood, the sources and the page
// that shows the same — in Norwegian and English; a name, or a question the server does not understand, shows
// only the suggestions.

const LAPTOP = SIZES.find((size) => size.name === 'laptop') ?? SIZES[0];
const PHONE = SIZES.find((size) => size.name === 'phone') ?? SIZES[1];

// Frøya's three seats in the regional council (000, the table "Kommune Navn på representanter").
const FROYA_COUNCIL = ['person:kristin-stromskag', 'person:geir-meland', 'person:beate-sandvik-meland'];

const WORDS = {
  nb: {
    question: 'Hvem representerer Frøya i regionrådet?',
    refused: 'Hvem representerer Oslo i regionrådet?',
    // Understood, and nothing in the graph is named like it: the search has no suggestion for it.
    count: 'Hvor mange kommuner er med i regionrådet?',
    countAnswer: /^10 kommuner er medlem av Interkommunalt politisk råd Trøndelag sørvest/,
    noSuggestions: 'Ingen forslag',
    card: 'Svar',
    understood: /^Slik forsto jeg spørsmålet: Hvem representerer Frøya i Interkommunalt politisk råd Trøndelag sørvest/,
    sources: /^Kilder \(\d+\)$/,
    page: 'Se det i tabellen Hvem representerer hvem →',
    suggestions: 'Forslag',
    confirmed: 'sist bekreftet 31. desember 2022',
  },
  en: {
    question: 'Who represents Frøya in IPR Trøndelag sørvest?',
    refused: 'Who represents Oslo in IPR Trøndelag sørvest?',
    count: 'How many municipalities are members of IPR Trøndelag sørvest?',
    countAnswer: /^10 municipalities are members of Interkommunalt politisk råd Trøndelag sørvest/,
    noSuggestions: 'No suggestions',
    card: 'Answer',
    understood: /^How I understood the question: Who represents Frøya in Interkommunalt politisk råd Trøndelag sørvest/,
    sources: /^Sources \(\d+\)$/,
    page: 'See it in the table Who represents whom →',
    suggestions: 'Suggestions',
    confirmed: 'last confirmed 31 December 2022',
  },
} as const;

/** Types into the header search and waits until the server has answered the question (or the search). */
async function ask(page: Page, text: string, operation: 'Ask' | 'Suggest'): Promise<void> {
  const answered = page.waitForResponse(
    (response) => response.url().includes('/graphql') && (response.request().postData() ?? '').includes(operation),
  );
  await page.getByRole('combobox').fill(text);
  await answered;
}

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`The answer card in the header search on ${engine.name}`, () => {
    let server: TestServer;
    let browser: Browser;
    let visitor: Visitor;

    beforeAll(async () => {
      server = await startServer(engine, { withClient: true });
      browser = await launchBrowser();
      visitor = new Visitor(browser, server.url);
    }, 120_000);
    afterAll(async () => {
      await visitor?.close();
      await browser?.close();
      await server?.stop();
    });

    for (const language of ['nb', 'en'] as const) {
      const words = WORDS[language];

      it(`answers who represents Frøya in the council with its people as links, how it understood it and its sources (${language})`, async () => {
        const page = await visitor.open('/', LAPTOP, language);
        await ask(page, words.question, 'Ask');
        const card = page.getByRole('region', { name: words.card });
        await card.waitFor();
        const people = card.getByRole('list').first().getByRole('link');
        const hrefs = await people.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        for (const id of FROYA_COUNCIL) expect(hrefs).toContain(`/entity/${id}`);
        // Each seat says when the documents last confirmed it (the annual report's year), not a bare "last confirmed".
        const statuses = await card.locator('.ask-seats .ask-status').allTextContents();
        expect(statuses.length).toBe(FROYA_COUNCIL.length);
        for (const status of statuses) expect(status).toContain(words.confirmed);
        await expect.poll(() => card.locator('.ask-interpretation').textContent()).toMatch(words.understood);
        // The sources open in place, each quote with its document.
        const sources = card.locator('summary');
        expect(await sources.textContent()).toMatch(words.sources);
        await sources.click();
        await card.locator('blockquote').first().waitFor();
        expect(await card.locator('.ask-sources').textContent()).toContain('«');
        // The page that shows the same: the representation table on the answer's day, Frøya's row.
        expect(await card.getByRole('link', { name: words.page }).getAttribute('href')).toMatch(
          /^\/representasjon\?dato=\d{4}-\d{2}-\d{2}&kommune=Fr%C3%B8ya&organ=org%3Aipr-trondelag-sorvest$/,
        );
        await screenshot(page, `ask-card-${language}`, engine.name);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
        // A person's link opens their page, and the field is cleared for the next question.
        await card.getByRole('link', { name: 'Kristin F. Strømskag' }).click();
        await page.getByRole('heading', { level: 1, name: 'Kristin F. Strømskag' }).waitFor();
        expect(page.url()).toContain('/entity/person:kristin-stromskag');
        expect(await page.getByRole('region', { name: words.card }).count()).toBe(0);
      });

      it(`keeps the arrow keys for the suggestions and reaches the card's links with Tab (${language})`, async () => {
        const page = await visitor.open('/', LAPTOP, language);
        await ask(page, words.question, 'Ask');
        const card = page.getByRole('region', { name: words.card });
        await card.waitFor();
        const input = page.getByRole('combobox');
        // The arrow keys stay with the combobox: focus stays in the field and the card stays open.
        await input.press('ArrowDown');
        await input.press('ArrowUp');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
        expect(await card.isVisible()).toBe(true);
        await input.press('Tab');
        const focused = await page.evaluate(() => ({
          tag: document.activeElement?.tagName,
          inCard: document.activeElement?.closest('.ask-card') !== null,
        }));
        expect(focused).toEqual({ tag: 'A', inCard: true });
        await page.waitForTimeout(300);
        expect(await card.isVisible()).toBe(true);
        await page.keyboard.press('Enter');
        await page.locator('main h1').first().waitFor();
        expect(page.url()).toMatch(/\/entity\/person:/);
        // Escape closes the card (the answer is cached: no new request).
        await page.getByRole('combobox').fill(words.question);
        await page.getByRole('region', { name: words.card }).waitFor();
        await page.getByRole('combobox').press('Escape');
        await expect.poll(() => page.getByRole('region', { name: words.card }).count()).toBe(0);
      });

      it(`shows only the suggestions for a name, and for a question it does not understand (${language})`, async () => {
        const page = await visitor.open('/', LAPTOP, language);
        await ask(page, 'Frøya', 'Suggest');
        await page.getByRole('listbox', { name: words.suggestions }).getByRole('option').first().waitFor();
        expect(await page.getByRole('region', { name: words.card }).count()).toBe(0);
        await ask(page, words.refused, 'Ask');
        await page.getByRole('listbox', { name: words.suggestions }).waitFor();
        await page.waitForTimeout(200);
        expect(await page.getByRole('region', { name: words.card }).count()).toBe(0);
      });

      it(`shows the card alone when the search has nothing to suggest: no empty suggestions box (${language})`, async () => {
        const page = await visitor.open('/', LAPTOP, language);
        const searched = page.waitForResponse(
          (response) =>
            response.url().includes('/graphql') && (response.request().postData() ?? '').includes('Suggest'),
        );
        await ask(page, words.count, 'Ask');
        await searched;
        const card = page.getByRole('region', { name: words.card });
        await card.waitFor();
        await expect.poll(() => card.locator('.ask-text').textContent()).toMatch(words.countAnswer);
        expect(await page.getByText(words.noSuggestions, { exact: true }).isVisible()).toBe(false);
        expect(await page.getByRole('listbox', { name: words.suggestions }).isVisible()).toBe(false);
        expect(await page.getByRole('combobox').getAttribute('aria-expanded')).toBe('false');
        // A search with suggestions still shows them (the box is hidden only when it would be empty under a card).
        await ask(page, 'Frøya', 'Suggest');
        await page.getByRole('listbox', { name: words.suggestions }).getByRole('option').first().waitFor();
      });

      it(`fits a phone's width with the card open (${language})`, async () => {
        const page = await visitor.open('/', PHONE, language);
        await ask(page, words.question, 'Ask');
        const card = page.getByRole('region', { name: words.card });
        await card.waitFor();
        const box = await card.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
        await fitsWidth(page, PHONE);
        await screenshot(page, `ask-card-phone-${language}`, engine.name);
      });
    }
  });
}

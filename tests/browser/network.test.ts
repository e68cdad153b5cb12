import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';

// The network view and the connection finder in a real Chromium against the real server and the seeded graph.

/** How many dots the status line says are shown ("10 prikker og 15 forbindelser vises."). */
async function shownDots(page: Page): Promise<number> {
  const text = (await page.locator('.network-status').textContent()) ?? '';
  const match = /(\d+) (prikker|dots)/.exec(text);
  return match ? Number(match[1]) : Number.NaN;
}

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`The network view and connection finder in a browser on ${engine.name}`, () => {
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

    // A fresh context per test: no language choice or cache carried over from the one before.
    const open = async (path: string): Promise<Page> => {
      context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'nb-NO' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${server.url}${path}`);
      return page;
    };

    /** Waits until the canvas has been drawn (cytoscape is loaded on demand). */
    const drawn = async (page: Page) => {
      await page.locator('.graph-canvas canvas').first().waitFor();
      await expect.poll(() => page.getByText('Tegner nettverket').count()).toBe(0);
      await page.waitForTimeout(300);
    };

    it('shows the network around Hitra; clicking a dot selects it, and expanding a neighbour adds dots', async () => {
      const page = await open('/nettverk/municipality:hitra');
      await page.getByRole('heading', { level: 1, name: 'Nettverk rundt Hitra' }).waitFor();
      await expect.poll(() => shownDots(page)).toBeGreaterThan(5);
      const before = await shownDots(page);

      // Hitra is the centre, drawn in the middle of the canvas: a click there selects it. (Scrolled into view
      // first, and given a moment: cytoscape learns the canvas's new place from the scroll event.)
      const canvas = page.locator('.graph-canvas');
      await canvas.scrollIntoViewIfNeeded();
      await drawn(page);
      const box = await canvas.boundingBox();
      if (!box) throw new Error('The canvas has no box');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const panel = page.getByRole('complementary');
      await panel.getByRole('heading', { level: 2, name: 'Hitra' }).waitFor();
      const entityLink = await panel.getByRole('link', { name: 'Åpne siden om Hitra' }).getAttribute('href');
      expect(decodeURIComponent(entityLink ?? '')).toBe('/entity/municipality:hitra');
      await screenshot(page, 'network', engine.name);

      // One of Hitra's links: the panel shows its title and the quotes it rests on.
      await panel
        .getByRole('button', { name: /kommunedirektør Ingjerd Astad/ })
        .first()
        .click();
      await panel.getByRole('heading', { level: 2, name: 'kommunedirektør' }).waitFor();
      expect(await panel.locator('blockquote').count()).toBeGreaterThan(0);
      await screenshot(page, 'network-link', engine.name);

      // From the link to the person, and her neighbourhood merged into the picture.
      await panel.getByRole('button', { name: 'Ingjerd Astad', exact: true }).click();
      await panel.getByRole('heading', { level: 2, name: 'Ingjerd Astad' }).waitFor();
      await panel.getByRole('button', { name: 'Utvid: vis naboene' }).click();
      await expect.poll(() => shownDots(page)).toBeGreaterThan(before);
      await page.getByText(/nye prikker lagt til rundt Ingjerd Astad/).waitFor();
      expect(await panel.getByRole('button', { name: 'Naboene vises' }).isDisabled()).toBe(true);
      await screenshot(page, 'network-expanded', engine.name);
    });

    it('filters by kind: unticking Person hides the people, in the picture and in the text version', async () => {
      const page = await open('/nettverk/municipality:hitra');
      await expect.poll(() => shownDots(page)).toBeGreaterThan(5);
      const before = await shownDots(page);
      const nodesTable = page.getByRole('table', { name: /^Prikker/ });
      await page.locator('summary', { hasText: /^Prikker \(/ }).click();
      await expect.poll(() => nodesTable.textContent()).toContain('Ingjerd Astad');

      await page.getByRole('checkbox', { name: /Person/ }).uncheck();
      await expect.poll(() => shownDots(page)).toBeLessThan(before);
      expect(await nodesTable.textContent()).not.toContain('Ingjerd Astad');
      expect(await nodesTable.textContent()).toContain('Hitra');
      await page.getByText(/er skjult av filtrene/).waitFor();

      await page.getByRole('checkbox', { name: /Person/ }).check();
      await expect.poll(() => shownDots(page)).toBe(before);
    });

    it('works from the keyboard: the text version selects a dot, and the panel expands it', async () => {
      const page = await open('/nettverk/municipality:hitra');
      await expect.poll(() => shownDots(page)).toBeGreaterThan(5);
      const before = await shownDots(page);
      await page.locator('summary', { hasText: /^Prikker \(/ }).click();
      const select = page.getByRole('button', { name: 'Velg Ole L. Haugen' });
      await select.focus();
      await page.keyboard.press('Enter');
      const heading = page.getByRole('complementary').getByRole('heading', { level: 2, name: 'Ole L. Haugen' });
      await heading.waitFor();
      // Focus follows the selection to the panel, so a screen reader announces what was chosen.
      expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => shownDots(page)).toBeGreaterThan(before);
    });

    it('starts /nettverk at the regional council and moves the centre with the picker', async () => {
      const page = await open('/nettverk');
      await page.getByRole('heading', { level: 1, name: /Interkommunalt politisk råd Trøndelag sørvest/ }).waitFor();
      const picker = page.getByRole('combobox', { name: 'Midtpunkt' });
      await picker.fill('Froya');
      await page
        .getByRole('option', { name: /^Frøya/ })
        .first()
        .waitFor();
      await picker.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Nettverk rundt Frøya' }).waitFor();
      expect(decodeURIComponent(page.url())).toContain('/nettverk/municipality:froya');
    });

    it('keeps the whole neighbourhood of the council (three steps) responsive', async () => {
      const page = await open('/nettverk?steg=3');
      await expect.poll(() => shownDots(page), { timeout: 20_000 }).toBeGreaterThan(250);
      await drawn(page);
      // Panning the full picture: frames keep coming (no React re-render per frame, no layout on pan). Frames in a
      // second of panning are compared with frames in a second of the same page at rest, measured just before: a
      // loaded machine slows both, a re-render or a layout per frame slows only the panning (a ratio, not a speed).
      const box = await page.locator('.graph-canvas').boundingBox();
      if (!box) throw new Error('The canvas has no box');
      const framesInASecond = () =>
        page.evaluate(
          () =>
            new Promise<number>((done) => {
              let count = 0;
              const start = performance.now();
              const tick = () => {
                count++;
                if (performance.now() - start < 1000) requestAnimationFrame(tick);
                else done(count);
              };
              requestAnimationFrame(tick);
            }),
        );
      const atRest = await framesInASecond();
      const panning = framesInASecond();
      await page.mouse.move(box.x + 40, box.y + box.height - 40);
      await page.mouse.down();
      for (let step = 0; step < 20; step++)
        await page.mouse.move(box.x + 40 + step * 15, box.y + box.height - 40 - step * 5);
      await page.mouse.up();
      expect(atRest).toBeGreaterThan(0);
      expect(await panning).toBeGreaterThanOrEqual(atRest / 3);
      await page.locator('.network-status').evaluate((element) => element.scrollIntoView());
      await screenshot(page, 'network-council', engine.name);
    });

    it('explains the connection between Kristin F. Strømskag and Ingjerd Astad in a sentence, with sources', async () => {
      const page = await open('/forbindelse?fra=person:kristin-stromskag&til=person:ingjerd-astad');
      await page.getByRole('heading', { level: 1, name: 'Finn forbindelse' }).waitFor();
      const sentence = page.locator('.path-sentence').first();
      await sentence.waitFor();
      const text = (await sentence.textContent()) ?? '';
      expect(text).toMatch(/^Kristin F\. Strømskag er /);
      expect(text).toContain('Ingjerd Astad');
      expect(text).toContain('Interkommunalt politisk råd Trøndelag sørvest – lakseregionen');
      expect(await page.getByRole('combobox', { name: 'Fra' }).inputValue()).toBe('Kristin F. Strømskag');
      // Each step's sources are one click away.
      await page
        .locator('.path-diagram')
        .getByRole('button', { name: /Vis kilde/ })
        .first()
        .click();
      const quote = page.locator('.path-diagram blockquote').first();
      await quote.waitFor();
      expect((await quote.textContent())?.length).toBeGreaterThan(5);
      expect(await page.locator('.path-diagram .source-document').first().textContent()).toMatch(/Dokument: /);
      await screenshot(page, 'connection', engine.name);
    });

    it('says so clearly when there is no connection within the chosen number of steps', async () => {
      const page = await open('/forbindelse?fra=person:kristin-stromskag&til=municipality:hitra&steg=1');
      await page.getByText('Ingen forbindelse innen 1 steg mellom Kristin F. Strømskag og Hitra.').waitFor();
      await page.getByRole('combobox', { name: 'Høyst antall steg' }).selectOption('4');
      await page.locator('.path-sentence').first().waitFor();
    });

    it('picks both ends with the search fields, and tells the path in English after switching language', async () => {
      const page = await open('/forbindelse');
      await page.getByText('Velg to enheter for å se hvordan de henger sammen.').waitFor();
      const from = page.getByRole('combobox', { name: 'Fra' });
      await from.fill('Stromskag');
      await page.getByRole('option', { name: /Kristin F\. Strømskag/ }).waitFor();
      await from.press('Enter');
      const to = page.getByRole('combobox', { name: 'Til' });
      await to.fill('Astad');
      await page.getByRole('option', { name: /Ingjerd Astad/ }).click();
      await expect.poll(() => page.url()).toContain('til=person%3Aingjerd-astad');
      expect(page.url()).toContain('fra=person%3Akristin-stromskag');
      await page.locator('.path-sentence').first().waitFor();

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Find a connection' }).waitFor();
      const text = (await page.locator('.path-sentence').first().textContent()) ?? '';
      expect(text).toMatch(/^Kristin F\. Strømskag holds the role “representant” in /);
      expect(text).toContain('where Ingjerd Astad holds the role “representant”');
      expect(await page.getByText(/Found one connection of 2 steps|Found \d+ shortest connections/).count()).toBe(1);
      await screenshot(page, 'connection-en', engine.name);
    });

    for (const path of [
      '/nettverk/municipality:hitra',
      '/forbindelse?fra=person:kristin-stromskag&til=person:ingjerd-astad',
    ]) {
      it(`has no serious accessibility violations on ${path}`, async () => {
        const page = await open(path);
        await page
          .locator(path.startsWith('/nettverk') ? '.network-status' : '.path-sentence')
          .first()
          .waitFor();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
      });
    }
  });
}

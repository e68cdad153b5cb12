import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';

// Typed facts as a user sees them: a meeting's participants with their attendance, dated events and key figures.

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Typed facts in a browser on ${engine.name}`, () => {
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
      context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      await page.locator('main h1').first().waitFor();
      return page;
    };

    it('shows the KDU meeting with its time and each participant with a status label and the words as written', async () => {
      await open('/entity/meeting:kdu-2021-11-05');
      await page.getByText('10:00–13:00').waitFor();
      const table = page.getByRole('table', { name: 'Deltakere og oppmøte, slik møtet registrerte det' });
      await table.waitFor();
      const row = (name: string) => table.getByRole('row').filter({ hasText: name });
      expect(await row('Ingvill Kvernmo').textContent()).toContain('Delvis til stede');
      expect(await row('Ingvill Kvernmo').textContent()).toContain('Til stede på deler av møtet');
      expect(await row('Emil Raaen').textContent()).toContain('Ikke til stede');
      expect(await row('Line Raustein').textContent()).toContain('Til stede for sak');
      expect(await row('Birgit Reisch').textContent()).toContain('ikke oppgitt i kilden');
      // 6 present, 1 partly, 3 for a case, 4 absent (001's attendance list, and 75/21 for Reisch).
      await expect
        .poll(() => page.getByRole('region', { name: 'Deltakere' }).textContent())
        .toContain('6 til stede, 1 delvis, 3 for sak, 4 ikke til stede');
      await page.getByRole('heading', { name: 'Deltakere' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'meeting', engine.name);
      await page.getByRole('button', { name: 'English' }).click();
      const english = page.getByRole('table', { name: 'Participants and attendance, as the meeting recorded it' });
      await expect
        .poll(() => english.getByRole('row').filter({ hasText: 'Ingvill Kvernmo' }).textContent())
        .toContain('Present for part of the meeting');
    });

    it('lists a project’s dated events oldest first, and its key figures with unit and period', async () => {
      await open('/entity/project:erg');
      const events = page.getByRole('region', { name: 'Hendelser' });
      await events.waitFor();
      const items = await events.getByRole('listitem').allTextContents();
      expect(items[0]).toMatch(/20\. oktober 2021.*Oppstart/);
      expect(items[1]).toMatch(/31\. desember 2022.*Avslutning/);
      await open('/entity/project:langbord-for-eldre');
      const figures = page.getByRole('table', { name: 'Nøkkeltall fra dokumentene' });
      await figures.waitFor();
      expect(await figures.textContent()).toContain('8 lokasjoner');
      await open('/entity/org:ipr-trondelag-sorvest');
      await page.getByRole('heading', { name: 'Nøkkeltall' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'facts-council', engine.name);
      await open('/entity/project:helseplattformen');
      await page.getByRole('heading', { name: 'Hendelser' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'project-events', engine.name);
    });

    for (const path of [
      '/entity/meeting:kdu-2021-11-05',
      '/entity/project:helseplattformen',
      '/entity/org:ipr-trondelag-sorvest',
      '/entity/event:skaun-og-melhus-vedtok-tjenesteavtalen-2022-12-13',
      '/entity/figure:regionradet-moter-2022',
    ]) {
      it(`has no serious or critical accessibility violations (axe, WCAG 2.1 AA) on ${path}`, async () => {
        await open(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
      });
    }
  });
}

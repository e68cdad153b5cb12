import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser.js';
import {
  type EditSession,
  screenshotsAtBothSizes,
  seriousViolations,
  startEditSession,
} from '../support/browser-edits.js';
import { engines } from '../support/engines.js';
import { seedPlan } from '../support/server.js';

// The document reader (issue 15, docs/ingest.md): a document's page shows its whole text with every quote the graph
// cites highlighted; the keyboard reaches the text by a skip link and each highlight by Tab; Enter lists the facts
// the quote is a source of, in words, and a fact's link leads to the entity's page.

const FLOW = 120_000;
const KDU = 'doc:kdu-referat-2021-11-05';
const ROW = 'Ingjerd Astad\tKommunedirektør, Hitra\tx';

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`The document reader in a browser on ${engine.name}`, () => {
    let session: EditSession;
    let reader: Page;

    beforeAll(async () => {
      session = await startEditSession(engine);
      reader = await session.visitor(null);
    });
    afterAll(async () => {
      await session?.close();
    });

    it(
      "shows the KDU minutes' whole text with every cited passage highlighted",
      async () => {
        await session.go(reader, `/entity/${KDU}`);
        const text = reader.locator('#document-text');
        await text.waitFor();
        expect(await text.textContent()).toContain('Ingjerd Astad');
        expect(await text.textContent()).toContain('Helseplattformen');
        const marks = text.locator('mark');
        const cited = seedPlan().citations.filter((citation) => citation.documentId === KDU).length;
        // Overlapping quotes share one highlight, so there are fewer highlights than quotes, but many.
        expect(await marks.count()).toBeGreaterThan(cited / 3);
        expect(await marks.count()).toBeLessThanOrEqual(cited);
        expect(await reader.getByRole('heading', { name: 'Sitater fra dokumentet' }).count()).toBe(0);
        const row = text.locator('mark', { hasText: 'Ingjerd Astad' }).first();
        expect(await row.textContent()).toContain('Kommunedirektør, Hitra');
        expect(await seriousViolations(reader, '.document-reader')).toEqual([]);
      },
      FLOW,
    );

    it(
      'reaches a highlight by keyboard from the skip link; Enter lists its facts and a fact leads to its entity',
      async () => {
        await session.go(reader, `/entity/${KDU}`);
        await reader.getByRole('link', { name: 'Hopp til dokumentets tekst' }).click();
        await reader.keyboard.press('Tab');
        const first = await reader.evaluate(() => document.activeElement?.parentElement?.tagName);
        expect(first).toBe('MARK');
        // Walk the highlights by Tab to Ingjerd Astad's row of the participant table.
        let found = false;
        for (let i = 0; i < 200 && !found; i++) {
          const focused = await reader.evaluate(() => document.activeElement?.textContent ?? '');
          if (focused.replace(/\s+/g, ' ').includes(ROW.replace(/\s+/g, ' '))) found = true;
          else await reader.keyboard.press('Tab');
        }
        expect(found).toBe(true);
        await reader.keyboard.press('Enter');
        const panel = reader.getByRole('complementary', { name: 'Fakta dette sitatet er kilde til' });
        await panel.getByRole('link', { name: 'Ingjerd Astad' }).first().waitFor();
        expect(await panel.textContent()).toContain('Kommunedirektør');
        expect(await panel.getByRole('link', { name: 'Hitra' }).count()).toBeGreaterThan(0);
        await screenshotsAtBothSizes(reader, reader.locator('.document-reader'), 'document-reader', engine.name);
        await reader.keyboard.press('Escape');
        expect(await reader.evaluate(() => document.activeElement?.parentElement?.tagName)).toBe('MARK');
        await reader.locator('mark', { hasText: 'Ingjerd Astad' }).first().click();
        await panel.getByRole('link', { name: 'Ingjerd Astad' }).first().click();
        await reader.getByRole('heading', { level: 1, name: 'Ingjerd Astad' }).waitFor();
        expect(reader.url()).toContain('/entity/person:');
      },
      FLOW,
    );
  });
}

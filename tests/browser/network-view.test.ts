import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';

// The network view as a reader meets it (issue 16, point 3): readable labels at the default zoom, the picture in
// the first screen, focus + context, a view saved in the address, image downloads and keyboard access — in both
// languages, on a laptop and on a phone, against the seeded graph.

const SIZES = [
  { name: 'laptop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LANGUAGES = [
  {
    code: 'nb',
    dots: 'prikker',
    expand: 'Utvid: vis naboene',
    expanded: 'Naboene vises',
    png: 'Last ned bildet som PNG',
    svg: 'Last ned bildet som SVG',
    person: /Person/,
  },
  {
    code: 'en',
    dots: 'dots',
    expand: 'Expand: show its neighbours',
    expanded: 'Neighbours shown',
    png: 'Download the picture as PNG',
    svg: 'Download the picture as SVG',
    person: /Person/,
  },
] as const;

interface CanvasState {
  zoom: number;
  /** Every node with a drawn label: its name and its font size on screen (model size × zoom). */
  labels: { name: string; screenPx: number }[];
  /** Drawn nodes' places on the page (CSS pixels from the top left of the document's viewport). */
  nodes: { id: string; x: number; y: number }[];
  centre: string;
}

/** What cytoscape has drawn, read from the instance it registers on its container. */
function canvasState(page: Page): Promise<CanvasState> {
  return page.evaluate(() => {
    type Node = {
      id(): string;
      data(key: string): string;
      style(key: string): string;
      renderedPosition(): { x: number; y: number };
      hasClass(name: string): boolean;
    };
    const element = document.querySelector('.graph-canvas') as HTMLElement & {
      _cyreg: { cy: { zoom(): number; nodes(): { toArray(): Node[] } } };
    };
    const cy = element._cyreg.cy;
    const box = element.getBoundingClientRect();
    const nodes = cy
      .nodes()
      .toArray()
      .filter((node) => !node.hasClass('filtered'));
    return {
      zoom: cy.zoom(),
      labels: nodes
        .filter((node) => node.style('label') !== '')
        .map((node) => ({ name: node.data('name'), screenPx: Number.parseFloat(node.style('font-size')) * cy.zoom() })),
      nodes: nodes.map((node) => ({
        id: node.id(),
        x: box.left + node.renderedPosition().x,
        y: box.top + node.renderedPosition().y,
      })),
      centre: nodes.find((node) => node.hasClass('centre'))?.id() ?? '',
    };
  });
}

async function shownDots(page: Page): Promise<number> {
  const text = (await page.locator('.network-status').textContent()) ?? '';
  const match = /(\d+) (prikker|dots)/.exec(text);
  return match ? Number(match[1]) : Number.NaN;
}

/** Milliseconds from a click on `selector` (made inside the page) to the first frame drawn after `done` holds. */
function timeClick(page: Page, selector: string, done: 'more-nodes' | 'new-centre'): Promise<number> {
  return page.evaluate(
    ([selector, done]) =>
      new Promise<number>((resolve) => {
        const element = document.querySelector('.graph-canvas') as HTMLElement & {
          _cyreg: { cy: { nodes(): { length: number }; $(selector: string): { id(): string } } };
        };
        const cy = element._cyreg.cy;
        const before = { nodes: cy.nodes().length, centre: cy.$('.centre').id() };
        const finished = () =>
          done === 'more-nodes' ? cy.nodes().length > before.nodes : cy.$('.centre').id() !== before.centre;
        const start = performance.now();
        const check = () => {
          if (finished()) requestAnimationFrame(() => resolve(performance.now() - start));
          else requestAnimationFrame(check);
        };
        (document.querySelector(selector) as HTMLElement).click();
        requestAnimationFrame(check);
      }),
    [selector, done] as const,
  );
}

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`A network you can read, in a browser on ${engine.name}`, () => {
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

    const open = async (
      path: string,
      size: (typeof SIZES)[number],
      language: (typeof LANGUAGES)[number],
    ): Promise<Page> => {
      context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        locale: 'nb-NO',
        acceptDownloads: true,
      });
      await context.addInitScript((code) => localStorage.setItem('regiongraf.language', code), language.code);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await page.goto(`${server.url}${path}`);
      await page.locator('.graph-canvas canvas').first().waitFor();
      await expect.poll(() => shownDots(page)).toBeGreaterThan(1);
      // Labels are chosen a moment after the last zoom (debounced).
      await expect.poll(async () => (await canvasState(page)).labels.length).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      return page;
    };

    for (const size of SIZES) {
      for (const language of LANGUAGES) {
        const where = `${size.name}, ${language.code}`;

        it(`draws the council's network with readable labels, whole in the first screen (${where})`, async () => {
          const page = await open('/nettverk', size, language);
          const state = await canvasState(page);
          expect(state.centre).toBe('org:ipr-trondelag-sorvest');
          // Every drawn label is at least 11 px on screen, and there are enough of them to read the picture by.
          expect(state.labels.length).toBeGreaterThanOrEqual(size.name === 'laptop' ? 15 : 5);
          for (const label of state.labels) expect(label.screenPx, label.name).toBeGreaterThanOrEqual(11);
          expect(state.labels.map((label) => label.name)).toContain(
            'Interkommunalt politisk råd Trøndelag sørvest – lakseregionen',
          );
          // The canvas is inside the first screen, and so is every drawn node.
          const box = await page.locator('.graph-canvas').boundingBox();
          if (!box) throw new Error('The canvas has no box');
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height).toBeLessThanOrEqual(size.height);
          const inside = state.nodes.filter(
            (node) => node.y >= 0 && node.y <= size.height && node.x >= 0 && node.x <= size.width,
          );
          expect(inside.length).toBe(state.nodes.length);
          await screenshot(page, `network-council-${size.name}-${language.code}`, engine.name);
        });

        it(`fades all but a node's neighbourhood on hover and on choice (${where})`, async () => {
          const page = await open('/nettverk/municipality:hitra', size, language);
          // A neighbour of Hitra (Hitra itself neighbours everything in its own picture).
          const leaf = (await canvasState(page)).nodes.find((node) => node.id === 'person:ingjerd-astad');
          if (!leaf) throw new Error('Ingjerd Astad is not drawn');
          await page.mouse.move(leaf.x - 60, leaf.y - 60);
          await page.mouse.move(leaf.x, leaf.y, { steps: 5 });
          // The faded elements: drawn at low opacity (the transition's target, read from cytoscape's style).
          const faded = () =>
            page.evaluate(() => {
              const element = document.querySelector('.graph-canvas') as HTMLElement & {
                _cyreg: { cy: { elements(): { toArray(): { hasClass(name: string): boolean }[] } } };
              };
              return element._cyreg.cy
                .elements()
                .toArray()
                .filter((item) => item.hasClass('dimmed') || item.hasClass('faded')).length;
            });
          await expect.poll(faded).toBeGreaterThan(0);
          await page.mouse.move(2, size.height - 2, { steps: 5 });
          await expect.poll(faded).toBe(0);
          // Choosing it keeps the focus: its neighbourhood stays, the rest fades until the choice is cleared.
          await page.mouse.click(leaf.x, leaf.y);
          await page.getByRole('complementary').getByRole('heading', { level: 2, name: 'Ingjerd Astad' }).waitFor();
          await page.mouse.move(2, size.height - 2, { steps: 5 });
          await expect.poll(faded).toBeGreaterThan(0);
        });

        it(`restores the view from its address: centre, steps, filters, expansions and choice (${where})`, async () => {
          const page = await open('/nettverk/municipality:hitra', size, language);
          // Expand Ingjerd Astad from the text version, as a keyboard user would.
          await page.locator('.graph-text summary').first().click();
          await page.getByRole('button', { name: /(Velg|Select) Ingjerd Astad/ }).click();
          const panel = page.getByRole('complementary');
          await panel.getByRole('button', { name: language.expand }).click();
          await panel.getByRole('button', { name: language.expanded }).waitFor();
          await page.getByRole('checkbox', { name: /Prosjekt|Project/ }).uncheck();
          const dots = await shownDots(page);
          const address = page.url();
          expect(decodeURIComponent(address)).toContain('utvid=person:ingjerd-astad');
          expect(address).toContain('skjul=PROJECT');

          const again = await open(address.slice(server.url.length), size, language);
          await expect.poll(() => shownDots(again)).toBe(dots);
          expect(await again.getByRole('checkbox', { name: /Prosjekt|Project/ }).isChecked()).toBe(false);
          const restored = again.getByRole('complementary');
          await restored.getByRole('heading', { level: 2, name: 'Ingjerd Astad' }).waitFor();
          expect(await restored.getByRole('button', { name: language.expanded }).isDisabled()).toBe(true);
        });

        it(`downloads the picture as a PNG and an SVG with its labels (${where})`, async () => {
          const page = await open('/nettverk/municipality:hitra', size, language);
          const [png] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name: language.png }).click(),
          ]);
          const pngBytes = readFileSync(await png.path());
          expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
          expect(pngBytes.length).toBeGreaterThan(5000);
          expect(png.suggestedFilename()).toMatch(/hitra\.png$/);

          const [svg] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name: language.svg }).click(),
          ]);
          const svgText = readFileSync(await svg.path(), 'utf8');
          expect(svgText).toMatch(/<svg[\s>]/);
          expect(svgText).toMatch(/<text[^>]*>[^<]*Hitra/);
          expect(svg.suggestedFilename()).toMatch(/hitra\.svg$/);
        });

        it(`moves through the nodes with the arrow keys and expands with Enter (${where})`, async () => {
          const page = await open('/nettverk/municipality:hitra', size, language);
          const canvas = page.getByRole('application');
          await canvas.focus();
          const panelHeading = page.getByRole('complementary').getByRole('heading', { level: 2 });
          await page.keyboard.press('ArrowRight');
          await expect.poll(() => panelHeading.textContent()).toBe('Hitra');
          const visited = new Set<string>();
          for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowLeft', 'ArrowDown']) {
            await page.keyboard.press(key);
            visited.add((await panelHeading.textContent()) ?? '');
          }
          visited.delete('Hitra');
          expect(visited.size).toBeGreaterThan(0);
          // Focus stays on the canvas, the live region says where it is, and the chosen node is marked on it.
          expect(await canvas.evaluate((element) => element === document.activeElement)).toBe(true);
          const chosen = (await panelHeading.textContent()) ?? '';
          expect(await page.locator('[aria-live="polite"]').last().textContent()).toContain(chosen);
          const before = await shownDots(page);
          await page.keyboard.press('Home');
          await expect.poll(() => panelHeading.textContent()).toBe('Hitra');
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('Enter');
          await expect.poll(() => shownDots(page)).toBeGreaterThanOrEqual(before);
          await page.keyboard.press('Escape');
          await expect.poll(() => panelHeading.textContent()).not.toBe(chosen);
        });

        it(`has no serious accessibility violations on the council's network (${where})`, async () => {
          const page = await open('/nettverk', size, language);
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze();
          const serious = results.violations
            .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
            .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
          expect(serious).toEqual([]);
        });
      }
    }

    it('expands and re-centres on the seeded graph (timings reported, not asserted)', async () => {
      const page = await open('/nettverk/municipality:hitra', SIZES[0], LANGUAGES[0]);
      await page.locator('.graph-text summary').first().click();
      await page.getByRole('button', { name: 'Velg Ingjerd Astad' }).click();
      await page.getByRole('complementary').getByRole('heading', { level: 2, name: 'Ingjerd Astad' }).waitFor();
      await page.waitForTimeout(500);
      const expand = await timeClick(page, '.panel-actions > button', 'more-nodes');
      await page.waitForTimeout(500);
      const recentre = await timeClick(page, '.panel-actions li:nth-child(2) a', 'new-centre');
      await page.getByRole('heading', { level: 1, name: /Ingjerd Astad/ }).waitFor();
      expect((await canvasState(page)).centre).toBe('person:ingjerd-astad');
      console.log(
        `[network timing ${engine.name}] expand ${expand.toFixed(0)} ms, re-centre ${recentre.toFixed(0)} ms`,
      );
    });
  });
}

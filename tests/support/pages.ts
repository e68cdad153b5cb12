import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

// What the browser suites of issue 16 share: the two screen sizes and two languages every page is tried at, a
// fresh page in a language as a returning visitor has chosen it, the phone's no-sideways-scrolling rule, and
// screenshots into tests/.artifacts/screenshots (ignored by git) for looking at.

export const SIZES = [
  { name: 'laptop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
export type Size = (typeof SIZES)[number];
export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const ARTIFACTS = join(import.meta.dirname, '..', '.artifacts', 'screenshots');

/** Each size in each language: the grid a suite's tests run over. */
export const EVERY_VIEW = SIZES.flatMap((size) => LANGUAGES.map((language) => ({ size, language })));

/** Opens pages in a fresh context at `size`, the interface in `language` (the switch remembers a choice so). */
export class Visitor {
  private context: BrowserContext | undefined;

  constructor(
    private readonly browser: Browser,
    private readonly base: string,
  ) {}

  async open(path: string, size: Size, language: Language, waitFor = 'main h1'): Promise<Page> {
    await this.context?.close();
    this.context = await this.browser.newContext({
      viewport: { width: size.width, height: size.height },
      locale: 'nb-NO',
      acceptDownloads: true,
    });
    await this.context.addInitScript((lang) => localStorage.setItem('regiongraf.language', lang), language);
    const page = await this.context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${this.base}${path}`);
    if (waitFor) await page.locator(waitFor).first().waitFor();
    return page;
  }

  async close(): Promise<void> {
    await this.context?.close();
  }
}

/** On a phone's width nothing may scroll sideways. */
export async function fitsWidth(page: Page, size: Size): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `the page scrolls sideways at ${size.width} px`).toBeLessThanOrEqual(innerWidth);
}

/** Saves what the visitor sees as <name>-<engine>.png in tests/.artifacts/screenshots. */
export async function shoot(page: Page, name: string, engine: string, fullPage = false): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}-${engine}.png`), fullPage });
}

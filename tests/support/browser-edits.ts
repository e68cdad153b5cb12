import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { AuthService, DEFAULT_AUTH_SETTINGS } from '../../server/src/auth/service.js';
import { gql, signIn } from './auth.js';
import { launchBrowser, screenshot } from './browser.js';
import type { Engine } from './engines.js';
import { startServer, type TestServer } from './server.js';

// What the browser suites of edits share: a seeded server with an editor and a reviewer and Chromium to visit it,
// axe's serious findings, choosing in a combobox, and screenshots of a view at a desktop's and a phone's size.

/** The serious and critical WCAG 2.1 A/AA findings of axe on the page, one line each (none is the goal). */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Chooses an entity in a combobox of the form: types, waits for the option, clicks it. */
export async function pick(form: Locator | Page, label: string, text: string, option: RegExp) {
  const field = form.getByRole('combobox', { name: label });
  await field.fill(text);
  const choice = form.getByRole('option', { name: option }).first();
  await choice.waitFor();
  await choice.click();
}

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * Screenshots of what `target` shows, at a desktop's size (<name>) and a phone's (<name>-phone); on the phone
 * nothing may overflow sideways. The page is left at the desktop size.
 */
export async function screenshotsAtBothSizes(page: Page, target: Locator, name: string, engine: string) {
  await page.setViewportSize(DESKTOP);
  await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await screenshot(page, name, engine);
  await page.setViewportSize(PHONE);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `${name} overflows a phone`,
  ).toBeLessThanOrEqual(PHONE.width);
  await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await screenshot(page, `${name}-phone`, engine);
  await page.setViewportSize(DESKTOP);
}

export const PASSWORD = 'correct horse battery';
const ADMIN_PASSWORD = 'a-long-admin-password';
export const EDITOR = { username: 'ola.editor', displayName: 'Ola Redaktør', role: 'EDITOR' };
export const REVIEWER = { username: 'randi.reviewer', displayName: 'Randi Godkjenner', role: 'REVIEWER' };

export interface EditSession {
  server: TestServer;
  /** A page of its own (own cookies), signed in as `user` through the sign-in page, or anonymous. */
  visitor(user: { username: string; displayName: string } | null): Promise<Page>;
  /** Opens a path of the site and waits for its heading. */
  go(page: Page, path: string): Promise<void>;
  /** A session cookie of `user`, for what a test does over HTTP rather than in the browser. */
  cookie(user: { username: string }): Promise<string>;
  close(): Promise<void>;
}

/** A seeded server with the client, an editor and a reviewer (besides the admin), and Chromium to visit it. */
export async function startEditSession(engine: Engine): Promise<EditSession> {
  const server = await startServer(engine, { withClient: true });
  await new AuthService(server.store, DEFAULT_AUTH_SETTINGS).bootstrapAdmin(ADMIN_PASSWORD);
  const { cookie } = await signIn(server.url, 'admin', ADMIN_PASSWORD);
  for (const user of [EDITOR, REVIEWER]) {
    const created = await gql(
      server.url,
      'mutation ($u: String!, $d: String, $r: UserRole!, $p: String) { createUser(username: $u, displayName: $d, role: $r, password: $p) { id } }',
      { u: user.username, d: user.displayName, r: user.role, p: PASSWORD },
      { cookie: cookie ?? '' },
    );
    expect(created.errors).toBeUndefined();
  }
  const browser: Browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  return {
    server,
    async visitor(user) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      if (user) {
        await page.goto(`${server.url}/logg-inn`);
        await page.getByLabel('Brukernavn').fill(user.username);
        await page.getByLabel('Passord').fill(PASSWORD);
        await page.getByRole('button', { name: 'Logg inn' }).click();
        await page.getByText(`Innlogget som ${user.displayName}`).waitFor();
      }
      return page;
    },
    async go(page, path) {
      await page.goto(`${server.url}${path}`);
      await page.locator('main h1').first().waitFor();
    },
    async cookie(user) {
      return (await signIn(server.url, user.username, PASSWORD)).cookie ?? '';
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await server.stop();
    },
  };
}

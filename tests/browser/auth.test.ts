import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthService, DEFAULT_AUTH_SETTINGS } from '../../server/src/auth/service.js';
import type { OidcSettings } from '../../server/src/config.js';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { startOidcProvider, type TestProvider } from '../support/oidc-provider.js';
import { startServer, type TestServer } from '../support/server.js';

// Signing in, in Chromium: through a real OpenID provider started here on a loopback port (sign in, see your name,
// sign out), and locally as the first admin (create an editor and a reviewer, create a token).

const ADMIN_PASSWORD = 'a-long-admin-password';

async function accessible(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Signing in, in a browser, on ${engine.name}`, () => {
    let server: TestServer;
    let provider: TestProvider;
    let browser: Browser;
    let context: BrowserContext | undefined;
    // The provider must know the redirect URI and the server the issuer, and both ports are picked when they
    // listen: the server discovers the provider on the first sign-in, so the settings are completed in between.
    const oidc: OidcSettings = {
      issuer: '',
      clientId: '',
      clientSecret: '',
      redirectUri: '',
      scopes: 'openid profile email roles',
      roleClaim: 'roles',
      roleMap: new Map(),
      defaultRole: 'READER',
    };

    beforeAll(async () => {
      server = await startServer(engine, { withClient: true, app: { auth: { oidc } } });
      oidc.redirectUri = `${server.url}/auth/oidc/callback`;
      provider = await startOidcProvider(oidc.redirectUri, {
        kari: { name: 'Kari Nordmann', preferred_username: 'kari.nordmann@kommune.no', roles: ['EDITOR'] },
      });
      Object.assign(oidc, {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
      });
      await new AuthService(server.store, DEFAULT_AUTH_SETTINGS).bootstrapAdmin(ADMIN_PASSWORD);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await provider?.stop();
      await server?.stop();
    });

    const open = async (path: string) => {
      await context?.close();
      context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${server.url}${path}`);
      return page;
    };

    it("signs in with the organisation's account at a real OpenID provider, shows the name, and signs out", async () => {
      const page = await open('/logg-inn');
      const button = page.getByRole('link', { name: 'Logg inn med organisasjonens konto' });
      await button.waitFor();
      expect(await accessible(page)).toEqual([]);
      await screenshot(page, 'sign-in', engine.name);
      await button.click();
      // The provider's own pages: its development login (any password), then consent.
      await page.waitForURL((url) => url.href.startsWith(provider.issuer));
      await page.locator('input[name=login]').fill('kari');
      await page.locator('input[name=password]').fill('whatever');
      await page.locator('button[type=submit]').click();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL(`${server.url}/`);
      const user = page.getByText('Innlogget som Kari Nordmann (Redaktør)');
      await user.waitFor();
      // The session cookie is HttpOnly: the page's scripts cannot read it.
      expect(await page.evaluate(() => document.cookie)).not.toContain('regiongraf_session');
      await page.getByRole('button', { name: 'Logg ut' }).click();
      await page.getByRole('link', { name: 'Logg inn' }).waitFor();
      expect(await page.getByText('Innlogget som').count()).toBe(0);
    }, 120_000);

    it('signs in locally as admin, creates an editor and a reviewer, and creates a token shown once', async () => {
      const page = await open('/logg-inn');
      await page.getByLabel('Brukernavn').fill('admin');
      await page.getByLabel('Passord').fill('wrong password');
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.getByRole('alert').getByText('Feil brukernavn eller passord.').waitFor();
      await page.getByLabel('Passord').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.getByText('Innlogget som Administrator (Administrator)').waitFor();

      await page.getByRole('link', { name: 'Administrasjon' }).click();
      await page.getByRole('heading', { name: 'Administrasjon', level: 1 }).waitFor();
      for (const [username, role, label] of [
        ['ola.editor', 'EDITOR', 'Redaktør'],
        ['randi.reviewer', 'REVIEWER', 'Godkjenner'],
      ] as const) {
        await page.getByLabel('Brukernavn').fill(username);
        await page.getByLabel('Visningsnavn (valgfritt)').fill(username.replace('.', ' '));
        await page.getByLabel('Rolle', { exact: true }).selectOption(role);
        await page.getByLabel(/^Passord/).fill('correct horse battery');
        await page.getByRole('button', { name: 'Lag bruker' }).click();
        await page.getByRole('status').getByText(`Brukeren ${username} er laget.`).waitFor();
        await page.getByRole('row', { name: new RegExp(`${username}.*${label}`) }).waitFor();
      }
      expect(await accessible(page)).toEqual([]);
      await screenshot(page, 'admin', engine.name);

      await page.getByRole('link', { name: 'Mine tokens' }).click();
      await page.getByLabel('Navn (hva det brukes til)').fill('Rapportskript');
      await page.getByLabel('Høyeste rolle').selectOption('READER');
      await page.getByRole('button', { name: 'Lag token' }).click();
      const secret = page.getByRole('textbox', { name: 'Nytt token' });
      await secret.waitFor();
      const token = await secret.inputValue();
      expect(token).toMatch(/^rgt_/);
      await page.getByText('det vises bare denne ene gangen').waitFor();
      await page.getByRole('row', { name: /Rapportskript.*Leser.*Aktivt/ }).waitFor();
      expect(await accessible(page)).toEqual([]);
      await screenshot(page, 'my-tokens', engine.name);
      // The token works for a script, and the admin's editor and reviewer can sign in.
      const me = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { username role } }' }),
      });
      expect(((await me.json()) as { data: unknown }).data).toEqual({ me: { username: 'admin', role: 'ADMIN' } });
      // Revoke it from the list.
      await page.getByRole('button', { name: 'Trekk tilbake tokenet «Rapportskript»' }).click();
      await page.getByRole('row', { name: /Rapportskript.*Trukket tilbake/ }).waitFor();
    }, 120_000);
  });
}

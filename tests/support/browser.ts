import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

// Browser tests drive Debian's Chromium (/usr/bin/chromium, installed by .ci/run) through playwright-core.
// Without it they skip with one line; REQUIRE_BROWSER=1 (set by .ci/run) turns that into a failure.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Screenshots of the main views: into docs/screenshots/ (shown in the README) with `npm run screenshots`, and
// into the ignored tests/.artifacts/ on every other run, so that `npm test` leaves the work tree as it was.
export const SCREENSHOTS =
  process.env.SAVE_SCREENSHOTS === '1'
    ? join(import.meta.dirname, '..', '..', 'docs', 'screenshots')
    : join(import.meta.dirname, '..', '.artifacts', 'screenshots');

/** True when a Chromium is there to drive (tests/support/global-setup.ts says once when it is not). */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}`);
  return false;
}

/** Launches headless Chromium with the flags this sandbox needs (no GPU, no background networking). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

const ARTIFACTS = join(import.meta.dirname, '..', '.artifacts', 'screenshots');

/**
 * Saves a screenshot of the page as <name>.png (see SCREENSHOTS). The browser suites run on every engine; the
 * embedded graph's run makes the README's screenshots, another engine's goes to tests/.artifacts/ as <name>-<engine>.
 */
export async function screenshot(page: Page, name: string, engine = 'grafeo'): Promise<void> {
  const [dir, file] = engine === 'grafeo' ? [SCREENSHOTS, name] : [ARTIFACTS, `${name}-${engine}`];
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${file}.png`), fullPage: false });
}

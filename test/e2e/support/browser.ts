import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SCREENS_DIR } from './paths.js';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * The flags CI runs Chromium with: headless, no sandbox (containers), and no traffic of its own —
 * every host name but the local server fails to resolve, so a page cannot reach the outside world.
 * Playwright adds a fresh temporary --user-data-dir to each launch.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Launches Debian's Chromium; fails with the fix when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install chromium\` (.ci/run does).`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/**
 * A separate browser context (own cookies and storage: another person), in English, in Paris time,
 * with bounded default waits so a missing element fails the step instead of hanging.
 */
export async function newPerson(
  browser: Browser,
  baseURL: string,
  opts: { locale?: string; timezoneId?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    baseURL,
    locale: opts.locale ?? 'en-GB',
    timezoneId: opts.timezoneId ?? 'Europe/Paris',
    viewport: { width: 1366, height: 860 },
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  // Uncaught errors and console errors are collected so a journey can assert the page stayed clean.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Chromium logs every 4xx answer ("Failed to load resource"); the app expects some (a 401 while
    // signed out, a 403 the journey provokes), so only other errors count.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/** Saves a full-page screenshot as .tmp/screens/<name>.png (for people to look at). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  const file = path.join(SCREENS_DIR, `${name}.png`);
  // Let transitions (modals, notifications) settle, and start from the top so the fixed header is
  // drawn where it belongs in a full-page picture.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(300);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

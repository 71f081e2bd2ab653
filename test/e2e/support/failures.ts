import type { Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { screenshot } from './browser.js';

/** Registers a screenshot of `page` (.tmp/screens/failed-<name>.png) for when the running test fails. */
export function screenshotOnFailure(page: Page, name: string): void {
  onTestFailed(async () => {
    await screenshot(page, `failed-${name}`).catch(() => undefined);
  });
}

import type { Page } from 'playwright-core';
import { apiJson } from './support/journey.js';

/** A same-origin JSON write with the page's session cookie and CSRF token; resolves with status and body. */
export async function apiWrite<T>(
  page: Page,
  method: 'POST' | 'PUT' | 'PATCH',
  url: string,
  body: unknown,
): Promise<{ status: number; body: T }> {
  const { csrfToken } = await apiJson<{ csrfToken: string }>(page, '/api/v1/session');
  return page.evaluate(
    async ({ method, url, body, csrf }) => {
      const res = await fetch(url, {
        method,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
    { method, url, body, csrf: csrfToken },
  );
}

/** Opens the tab named `name` of the page's tab list and waits until it is selected. */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  // The panel is drawn once the tab is selected (panels are not kept mounted).
  for (let i = 0; i < 50 && (await tab.getAttribute('aria-selected')) !== 'true'; i++)
    await page.waitForTimeout(100);
}

/** Picks `option` in the Select or MultiSelect whose accessible name is `label`, then closes its list. */
export async function pickIn(page: Page, label: string, option: string | RegExp): Promise<void> {
  const input = page.getByRole('textbox', { name: label, exact: true });
  await input.click();
  await page.getByRole('option', { name: option }).first().click();
  await page.keyboard.press('Escape');
}

/** A 1×1 PNG, as a receipt to upload. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

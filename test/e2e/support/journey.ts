import type { Locator, Page } from 'playwright-core';

/** The workspace id in a /w/:workspaceId/… URL. */
export function workspaceIdOf(url: string): string {
  const m = /\/w\/([^/?#]+)/.exec(new URL(url).pathname);
  if (!m?.[1]) throw new Error(`Not a workspace URL: ${url}`);
  return m[1];
}

/** Waits (bounded by the context's default timeout) until `locator` is visible, and returns it. */
export async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible' });
  return locator;
}

/**
 * Picks `option` in the Mantine Select or MultiSelect labelled exactly `label` inside `scope` (a
 * dialog, say); the options list opens in a portal, so it is looked up on the whole page.
 */
export async function choose(
  page: Page,
  label: string,
  option: string | RegExp,
  scope: Page | Locator = page,
): Promise<void> {
  await scope.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** The sidebar's links, as their visible text. */
export async function navLabels(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation');
  await visible(nav.getByRole('link'));
  return (await nav.getByRole('link').allInnerTexts()).map((s) => s.trim());
}

/** The status of a same-origin API call made with the page's own session cookie. */
export async function apiStatus(page: Page, url: string): Promise<number> {
  return page.evaluate(async (u) => (await fetch(u, { credentials: 'same-origin' })).status, url);
}

/** A same-origin API call's JSON body, with the page's own session cookie. */
export async function apiJson<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(
    async (u) => (await fetch(u, { credentials: 'same-origin' })).json() as Promise<T>,
    url,
  );
}

import type { Locator, Page } from 'playwright-core';

export { pdfText } from '../support/pdf-text.js';

/** Waits until the builder's header says every change reached the server. */
export async function saved(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: 'All changes saved' })
    .first()
    .waitFor({ state: 'visible' });
  // A debounced save may still be waiting to start: give it its delay, then wait again.
  await page.waitForTimeout(900);
  await page
    .getByRole('status')
    .filter({ hasText: 'All changes saved' })
    .first()
    .waitFor({ state: 'visible' });
}

/** Opens the accordion item of the builder whose header reads `title`, and returns the item. */
export async function openItem(page: Page, title: string | RegExp): Promise<Locator> {
  const control = page.getByRole('button', { name: title, exact: typeof title === 'string' }).first();
  if ((await control.getAttribute('aria-expanded')) !== 'true') await control.click();
  // The whole item (control and panel): closed panels stay in the page, so fields are looked up here.
  return control.locator('xpath=ancestor::*[starts-with(@id, "item-")][1]');
}

/** Moves to the next step with the button at the bottom of a step, and waits until it shows. */
export async function nextStep(page: Page, name: string, n: number): Promise<void> {
  await page.getByRole('link', { name: `Next: ${name}` }).click();
  await page.getByText(`Step ${n} of 9`, { exact: true }).waitFor({ state: 'visible' });
}

/**
 * Picks `option` in the Select or MultiSelect whose accessible name is `label`, in a dense table:
 * the input is brought to the middle of the screen first (the sticky header would cover it) and
 * clicked where it is drawn, which opens its options.
 */
export async function pick(page: Page, label: string, option: string | RegExp): Promise<void> {
  const input = page.getByRole('textbox', { name: label, exact: true });
  await input.evaluate((el: { scrollIntoView(o: { block: string }): void }) =>
    el.scrollIntoView({ block: 'center' }),
  );
  await input.click({ force: true });
  await page.getByRole('option', { name: option }).first().click();
}

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useJourneyStack } from './support/stack.js';
import { newPerson, screenshot } from './support/browser.js';
import { apiJson, apiStatus, choose, visible, workspaceIdOf } from './support/journey.js';
import { ROOT } from './support/paths.js';
import { apiWrite, openTab, pickIn, TINY_PNG } from './organisation-budget.support.js';

interface Expense {
  id: string;
  amount: number;
  attachment: { fileName: string } | null;
}
interface Line {
  planned: number;
  actual: number;
  variance: number;
}

// Issue 5's browser journey: a communication manager adds an agency and a freelancer, plans a month of
// content on the strategy's networks, sees an overload and a weekend coverage gap, enters a budget
// line and an expense with its receipt, and imports a sponsored-campaign CSV (a bad file first).
describe('organisation and budget journey', () => {
  const stack = useJourneyStack();

  it('plans people, sees overload and coverage gaps, and tracks the budget', async () => {
    const { page, errors } = await newPerson(stack.browser, stack.server.url);
    try {
      await journey(page, errors);
    } catch (e) {
      await screenshot(page, 'failed-org-budget').catch(() => undefined);
      throw e;
    }
  });
});

async function journey(page: Page, errors: string[]): Promise<void> {
  const stamp = Date.now().toString(36);

  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Camille Dupont');
  await page.getByLabel('E-mail').fill(`camille.${stamp}@example.test`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByLabel('Workspace name').fill('Capteo');
  await page.getByRole('button', { name: 'Create account and workspace' }).click();
  await page.waitForURL(/\/w\/[^/]+$/);
  const ws = workspaceIdOf(page.url());
  const api = `/api/v1/workspaces/${ws}`;

  // The strategy's editorial line gives the posting frequency of each network.
  const applied = await apiWrite(page, 'POST', `${api}/strategy/apply-template`, {
    templateId: 'b2b-sme',
    locale: 'en',
  });
  expect(applied.status).toBe(200);

  // Resources: an agency that covers office hours, and a freelancer paid a monthly fee.
  await page.getByRole('link', { name: 'Organisation', exact: true }).click();
  await visible(page.getByText('Nobody is planned yet'));
  await page.getByRole('button', { name: 'Add a resource' }).click();
  await page.getByRole('menuitem', { name: 'Add an external provider' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Agence Lumen');
  await dialog.locator('label', { hasText: /^Writing$/ }).click();
  await dialog.locator('label', { hasText: /^Visuals$/ }).click();
  await dialog.getByLabel('Capacity (hours per week)').fill('3');
  await dialog.getByLabel(/^Hourly rate/).fill('65');
  await dialog.getByRole('button', { name: 'Weekdays 09:00–18:00' }).click();
  await screenshot(page, 'org-00-resource-form');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await visible(page.getByRole('cell', { name: /Agence Lumen/ }));

  await page.getByRole('button', { name: 'Add a resource' }).click();
  await page.getByRole('menuitem', { name: 'Add an external provider' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Julie Martin');
  await choose(page, 'Type', 'Freelancer', dialog);
  await dialog.locator('label', { hasText: /^Video$/ }).click();
  await dialog.getByLabel('Capacity (hours per week)').fill('10');
  await choose(page, 'Cost', 'Monthly fee', dialog);
  await dialog.getByLabel(/^Monthly fee/).fill('1 200,00');
  await dialog.getByRole('checkbox', { name: 'Tuesday' }).check();
  await dialog.getByRole('checkbox', { name: 'Thursday' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await visible(page.getByRole('cell', { name: /Julie Martin/ }));
  await visible(page.getByText('€1,200.00 / month'));
  await visible(page.getByText('€65.00 / hour'));
  await screenshot(page, 'org-01-resources');

  // A month of content: LinkedIn's posts per week come from the editorial line; set the mix and inbox.
  await openTab(page, 'Network plans & effort');
  const linkedin = page.getByRole('group', { name: 'LinkedIn' });
  await visible(linkedin.getByText(/3 posts per week/));
  await linkedin.getByLabel('Short post share on LinkedIn').fill('2');
  await linkedin.getByLabel('Carousel share on LinkedIn').fill('1');
  await linkedin.getByLabel('Messages per week on LinkedIn').fill('20');
  await linkedin.getByRole('button', { name: 'Save the LinkedIn plan' }).click();
  await visible(page.getByText('LinkedIn plan saved.'));
  await visible(linkedin.getByText('≈ 5 h per week'));
  await screenshot(page, 'org-02-planning');

  // The agency publishes on LinkedIn and answers its inbox.
  await openTab(page, 'RACI');
  await pickIn(page, 'Responsible — Publishing on LinkedIn', 'Agence Lumen');
  await pickIn(page, 'Responsible — Inbox on LinkedIn', 'Agence Lumen');
  await pickIn(page, 'Accountable — Inbox on LinkedIn', 'Julie Martin');
  await page.waitForTimeout(500);
  const raci = await apiJson<{ data: { process: string; networkId: string; responsible: string[] }[] }>(
    page,
    `${api}/process-raci`,
  );
  expect(raci.data.filter((r) => r.networkId === 'linkedin' && r.responsible.length === 1)).toHaveLength(2);
  await screenshot(page, 'org-03-raci');

  // 5 h of LinkedIn work a week for 3 h of capacity: an overload, with its causes.
  await openTab(page, 'Workload');
  await visible(page.getByText(/^Agence Lumen, .* planned for /));
  await visible(page.getByText('Inbox on LinkedIn — replies').first());
  await visible(page.getByText('Publishing on LinkedIn — carousels').first());
  await screenshot(page, 'org-04-workload');

  // Nobody covers the LinkedIn inbox at the weekend: the reply target would be missed.
  await openTab(page, 'Coverage');
  await visible(page.getByText('When the reply target would be missed').first());
  await visible(page.getByText('Weekend', { exact: true }).first());
  await visible(page.getByText(/Times in the workspace time zone: Europe\/Paris/));
  await screenshot(page, 'org-05-coverage');

  // Budget: a line for the month, attributed to an objective.
  await page.getByRole('link', { name: 'Budget', exact: true }).click();
  await visible(page.getByText('No budget line in this period'));
  await page.getByRole('button', { name: 'Add a line' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Label').fill('Carousel design');
  await choose(page, 'Objective', /^Generate qualified leads/, dialog);
  await dialog.getByLabel(/^Planned/).fill('1,500.00');
  await dialog.getByLabel(/^Committed/).fill('900');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await visible(page.getByRole('cell', { name: 'Carousel design' }));
  await expect.poll(() => page.getByTestId('total-planned').innerText()).toBe('€1,500.00');

  // An expense against that line, with its receipt.
  await openTab(page, 'Expenses');
  await page.getByRole('button', { name: 'Record an expense' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Supplier').fill('Agence Lumen');
  await dialog.getByLabel(/^Amount/).fill('420.50');
  await choose(page, 'Budget line', /^Carousel design/, dialog);
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'invoice-lumen.png',
    mimeType: 'image/png',
    buffer: TINY_PNG,
  });
  await screenshot(page, 'budget-00-expense-form');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await visible(page.getByRole('link', { name: /invoice-lumen\.png/ }));
  const expenses = await apiJson<{ data: Expense[] }>(page, `${api}/budget/expenses`);
  expect(expenses.data[0]).toMatchObject({ amount: 42050, attachment: { fileName: 'invoice-lumen.png' } });
  expect(await apiStatus(page, `${api}/budget/expenses/${expenses.data[0]!.id}/attachment`)).toBe(200);
  await screenshot(page, 'budget-02-expenses');

  await openTab(page, 'Budget lines');
  await visible(page.getByText('incl. €420.50 expenses'));
  const lines = await apiJson<{ data: Line[] }>(page, `${api}/budget/lines`);
  expect(lines.data[0]).toMatchObject({ planned: 150000, actual: 42050, variance: -107950 });
  await screenshot(page, 'budget-01-lines');

  // A bad ads-manager file names its row and column and imports nothing; the good one goes in.
  await openTab(page, 'Sponsored campaigns');
  await page.getByRole('button', { name: 'Import an ads-manager CSV' }).click();
  dialog = page.getByRole('dialog');
  await choose(page, 'Network', 'LinkedIn', dialog);
  const file = dialog.locator('input[type="file"]');
  await file.setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Campaign name,Reporting starts,Reporting ends,Amount spent\nSpring,2026-11-02,2026-11-29,lots\n',
    ),
  });
  await dialog.getByRole('button', { name: 'Check the file' }).click();
  await visible(dialog.getByRole('alert').filter({ hasText: /Row 2, column/ }));
  await visible(dialog.getByText(/Nothing was imported/));
  await screenshot(page, 'budget-03-import-error');
  await file.setInputFiles(path.join(ROOT, 'test', 'fixtures', 'ads-manager-linkedin.csv'));
  await dialog.getByRole('button', { name: 'Check the file' }).click();
  await visible(dialog.getByText('The file is valid'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await visible(page.getByText('Site audit leads — plant managers'));
  await visible(page.getByText('7.9×', { exact: true }));
  await screenshot(page, 'budget-04-campaigns');

  // The same pages in French, the person's other language.
  expect((await apiWrite(page, 'PATCH', '/api/v1/me', { locale: 'fr' })).status).toBe(200);
  await page.goto(`/w/${ws}/organisation/coverage`);
  await visible(page.getByText('Quand le délai de réponse serait dépassé').first());
  await visible(page.getByText('Week-end', { exact: true }).first());
  await screenshot(page, 'org-06-coverage-fr');
  await page.goto(`/w/${ws}/organisation/workload`);
  await visible(page.getByText(/^Agence Lumen, .* prévues pour /));
  await screenshot(page, 'org-07-workload-fr');
  await page.goto(`/w/${ws}/budget/lines`);
  await visible(page.getByText('dont 420,50 € de dépenses'));
  await screenshot(page, 'budget-05-lines-fr');

  expect(fs.existsSync(path.join(ROOT, '.tmp', 'screens', 'budget-04-campaigns.png'))).toBe(true);
  expect(errors).toEqual([]);
}

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useJourneyStack } from './support/stack.js';
import { newPerson, screenshot } from './support/browser.js';
import { apiJson, visible, workspaceIdOf } from './support/journey.js';
import { linkIn } from '../support/smtp.js';
import { nextStep, openItem, pdfText, pick, saved } from './strategy.support.js';

interface Snapshot {
  objectives: { id: string; title: string; description: string }[];
  audiences: { name: string; interests: string[] }[];
  existingActions: { name: string; frequency: string }[];
  valueAdded: { networkId: string; statement: string }[];
  networkChoices: { networkId: string; rationale: string }[];
  editorialLine: { pillars: { name: string; targetShare: number }[] };
  indicators: { name: string; target: number | null }[];
  actions: { title: string; raci: { responsible: string[]; accountable: string | null } }[];
  obstacles: { description: string; mitigation: string }[];
}
interface Report {
  score: number;
  errorCount: number;
  gaps: { rule: string }[];
}

// Issue 3's browser journey: a new user starts from the B2B template, edits each of the nine steps
// through the builder, fixes every gap the completeness report lists, publishes version 1 and
// downloads the executive briefing, whose PDF is checked for its sections.
describe('strategy journey', () => {
  const stack = useJourneyStack();

  it('builds a strategy from the B2B template to a published version and its briefing', async () => {
    const { page, errors } = await newPerson(stack.browser, stack.server.url);
    const stamp = Date.now().toString(36);
    const me = 'Camille Dupont';

    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill(me);
    await page.getByLabel('E-mail').fill(`camille.${stamp}@example.test`);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByLabel('Workspace name').fill('Capteo');
    await page.getByRole('button', { name: 'Create account and workspace' }).click();
    await page.waitForURL(/\/w\/[^/]+$/);
    const ws = workspaceIdOf(page.url());
    const api = `/api/v1/workspaces/${ws}`;
    const draft = async () => (await apiJson<{ data: Snapshot }>(page, `${api}/strategy`)).data;

    // An empty strategy offers the four templates in the person's language.
    await page.getByRole('link', { name: 'Strategy', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Start your strategy' }));
    for (const name of [
      'B2B SME',
      'Retail / B2C',
      'Recruitment and employer brand',
      'Public institution / association',
    ])
      await visible(page.getByText(name, { exact: true }));
    await screenshot(page, 'strategy-01-start');
    await page.getByRole('button', { name: 'Start from the template B2B SME' }).click();
    await page.waitForURL(/\/strategy\/objectives$/);

    // The completeness report is in view from the start and names the gaps of the template.
    await visible(page.getByText('Completeness', { exact: true }));
    const before = (await apiJson<{ data: Report }>(page, `${api}/strategy/completeness`)).data;
    expect(before.errorCount).toBeGreaterThan(0);

    // Step 1 — objectives.
    await visible(page.getByText('Step 1 of 9'));
    await openItem(page, /^Generate qualified leads/);
    const objectiveText = 'Sixty site-audit requests a year from plant managers, each traced to its post.';
    await page.getByLabel('Description').first().fill(objectiveText);
    await saved(page);
    await screenshot(page, 'strategy-02-objectives');
    expect((await draft()).objectives[0]?.description).toBe(objectiveText);

    // Step 2 — audiences: one more interest for the first persona.
    await nextStep(page, 'Audiences', 2);
    await openItem(page, /^Plant and maintenance managers/);
    await page.getByLabel('Interests').first().fill('Energy audits');
    await page.keyboard.press('Enter');
    await saved(page);
    await screenshot(page, 'strategy-03-audiences');
    expect((await draft()).audiences[0]?.interests).toContain('Energy audits');

    // Step 3 — existing actions.
    await nextStep(page, 'Existing actions', 3);
    await openItem(page, /^Industrial trade fairs/);
    await page.getByLabel('Frequency').first().fill('Three times a year');
    await saved(page);
    expect((await draft()).existingActions[0]?.frequency).toBe('Three times a year');

    // Step 4 — value added: the LinkedIn statement for the first objective, in words of its own.
    await nextStep(page, 'Value added', 4);
    await openItem(page, /^LinkedIn — Generate qualified leads/);
    const statement =
      'Between two fairs, LinkedIn keeps our measured customer results in front of plant managers every week.';
    await page.getByLabel('What this network adds').first().fill(statement);
    await saved(page);
    expect((await draft()).valueAdded.some((v) => v.statement === statement)).toBe(true);

    // Step 5 — network choice: scores with their reasons; the LinkedIn rationale is rewritten.
    await nextStep(page, 'Network choice', 5);
    await openItem(page, 'LinkedIn');
    await visible(page.getByText('Why this score').first());
    const rationale = 'Plant managers and buyers read it at work; it serves all three objectives.';
    await page.getByLabel('Why').first().fill(rationale);
    await saved(page);
    await screenshot(page, 'strategy-04-networks');
    expect((await draft()).networkChoices.find((c) => c.networkId === 'linkedin')?.rationale).toBe(rationale);

    // Step 6 — editorial line: the pillar total follows each share as it is typed.
    await nextStep(page, 'Editorial line', 6);
    const shares = page.getByLabel(/^Share of posts for /);
    const first = shares.nth(0);
    const second = shares.nth(1);
    const firstValue = Number((await first.inputValue()).replace(/[^\d.]/g, ''));
    const secondValue = Number((await second.inputValue()).replace(/[^\d.]/g, ''));
    await first.fill(String(firstValue - 5));
    await visible(page.getByTestId('pillar-total').filter({ hasText: 'Total: 95 %' }));
    await screenshot(page, 'strategy-05-editorial-95');
    await second.fill(String(secondValue + 5));
    await visible(page.getByTestId('pillar-total').filter({ hasText: 'Total: 100 %' }));
    await saved(page);
    const pillars = (await draft()).editorialLine.pillars;
    expect(pillars[0]?.targetShare).toBe(firstValue - 5);
    expect(pillars.reduce((s, p) => s + p.targetShare, 0)).toBe(100);

    // Step 7 — indicators: typed, with the formula written out; one target raised.
    await nextStep(page, 'Indicators', 7);
    await openItem(page, /^Site-audit requests/);
    await visible(page.getByText('Formula').first());
    await page.getByLabel('Target', { exact: true }).first().fill('72');
    await saved(page);
    await screenshot(page, 'strategy-06-indicators');
    expect((await draft()).indicators.find((i) => i.name === 'Site-audit requests')?.target).toBe(72);

    // A gap of the report leads to the place that fixes it: the RACI of an action (step 8).
    await page.getByRole('link', { name: 'Fix this →' }).first().click();
    await page.waitForURL(/\/strategy\/roles\?item=/);
    await visible(page.getByText('Step 8 of 9'));
    // Step 8 also shows the organisation and the budget, empty in a new workspace, with the way to fill them.
    await visible(page.getByText('Organisation and budget'));
    await visible(page.getByText('No people or providers entered yet.'));
    await visible(page.getByText('No budget line entered yet.'));
    await visible(page.getByRole('link', { name: 'Open the budget →' }));
    await screenshot(page, 'strategy-07-roles-before');

    // Step 8 — roles: responsible and accountable for every action, until no error is left.
    const actions = (await draft()).actions;
    for (const a of actions) {
      await pick(page, `Responsible — ${a.title}`, me);
      await page.keyboard.press('Escape');
      await pick(page, `Accountable — ${a.title}`, me);
      await saved(page);
    }
    await visible(page.getByText('No gaps left: the strategy is complete.'));
    await screenshot(page, 'strategy-08-roles-done');
    for (const a of (await draft()).actions) {
      expect(a.raci.responsible).toHaveLength(1);
      expect(a.raci.accountable).not.toBeNull();
    }

    // Step 9 — obstacles: the heat map, and a mitigation rewritten.
    await nextStep(page, 'Obstacles', 9);
    await visible(page.getByText('Risk heat map'));
    const obstacle = (await draft()).obstacles[0]!;
    await openItem(page, new RegExp(`^${obstacle.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const mitigation = 'Standard consent clause in every contract; anonymised cases meanwhile.';
    await page.getByLabel('Mitigation').first().fill(mitigation);
    await saved(page);
    await screenshot(page, 'strategy-09-obstacles');
    expect((await draft()).obstacles[0]?.mitigation).toBe(mitigation);

    const after = (await apiJson<{ data: Report }>(page, `${api}/strategy/completeness`)).data;
    expect(after.errorCount).toBe(0);
    expect(after.score).toBe(100);

    // Publish version 1 with a note; it appears in the list of versions.
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Note').fill('First complete strategy, reviewed with the sales director.');
    await dialog.getByRole('button', { name: 'Publish version 1' }).click();
    await page.waitForURL(/\/strategy\/versions$/);
    await visible(page.getByText('First complete strategy, reviewed with the sales director.'));
    await screenshot(page, 'strategy-10-versions');

    // Download the executive briefing (English) from the documents menu and check its sections.
    await page.getByRole('button', { name: 'Documents & files' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Briefing PDF — English' }).click(),
    ]);
    const file = await download.path();
    const pdf = fs.readFileSync(file);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf).toUpperCase();
    for (const section of [
      'EXECUTIVE BRIEFING',
      'WHAT WE WANT',
      'WHO WE ADDRESS',
      'WHERE WE WILL BE, AND WHY',
      'THE PLAN',
      'HOW WE WILL MEASURE SUCCESS',
      'THE RISK OF DOING NOTHING',
      'MAIN OBSTACLES AND HOW WE HANDLE THEM',
    ])
      expect(text).toContain(section);

    // The draft moves on after version 1; the versions page shows what changed since.
    await page
      .getByRole('navigation', { name: 'Strategy steps' })
      .getByRole('link', { name: 'Objectives' })
      .click();
    const hire = await openItem(page, /^Hire four field technicians/);
    await hire.getByLabel('Title').fill('Hire five field technicians');
    await saved(page);
    await page
      .getByRole('navigation', { name: 'Strategy steps' })
      .getByRole('link', { name: 'Versions' })
      .click();
    await visible(page.getByText('1. Objectives'));
    await visible(page.getByText('Hire five field technicians'));
    await screenshot(page, 'strategy-11-diff');

    // A bad strategy file is refused whole: the server's problem names the field, and nothing changes.
    await page.getByRole('button', { name: 'Documents & files' }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'old-strategy.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ schema: 'presence.strategy', schemaVersion: 2, strategy: {} })),
    });
    await page.getByRole('dialog').getByRole('button', { name: 'Replace the draft' }).click();
    const refused = page.getByRole('dialog', { name: 'The file was not imported' });
    await visible(refused.getByText('schemaVersion', { exact: true }));
    await screenshot(page, 'strategy-12-import-refused');
    await refused.getByRole('button', { name: 'Close' }).click();
    expect((await draft()).objectives).toHaveLength(3);

    // An executive colleague sees the strategy and downloads the briefing, without any edit control.
    const execEmail = `direction.${stamp}@example.test`;
    const { csrfToken } = await apiJson<{ csrfToken: string }>(page, '/api/v1/session');
    const invited = await page.evaluate(
      async ({ url, csrf, email }) =>
        (
          await fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
            body: JSON.stringify({ email, role: 'executive' }),
          })
        ).status,
      { url: `${api}/invitations`, csrf: csrfToken, email: execEmail },
    );
    expect(invited).toBe(201);
    const link = linkIn(await stack.smtp.waitFor(execEmail, 20_000), '/invitations/');
    const exec = await newPerson(stack.browser, stack.server.url);
    const ep = exec.page;
    await ep.goto(link);
    await ep.getByLabel('Your name').fill('Dominique Leroy');
    await ep.getByLabel('Choose a password').fill('a long enough secret');
    await ep.getByLabel('Confirm the password').fill('a long enough secret');
    await ep.getByRole('button', { name: 'Join Capteo' }).click();
    await ep.waitForURL(new RegExp(`/w/${ws}$`));
    await ep.getByRole('link', { name: 'Strategy', exact: true }).click();
    await visible(ep.getByText('Completeness', { exact: true }));
    await visible(ep.getByText('Read only', { exact: true }));
    expect(await ep.getByRole('button', { name: 'Publish', exact: true }).count()).toBe(0);
    await ep
      .getByRole('navigation', { name: 'Strategy steps' })
      .getByRole('link', { name: 'Objectives' })
      .click();
    await openItem(ep, /^Generate qualified leads/);
    expect(await ep.getByLabel('Title').first().getAttribute('readonly')).not.toBeNull();
    expect(await ep.getByRole('button', { name: 'Add an objective' }).count()).toBe(0);
    expect(await ep.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await ep.getByRole('button', { name: 'Documents & files' }).click();
    expect(await ep.getByRole('menuitem', { name: 'Import a JSON file…' }).count()).toBe(0);
    await visible(ep.getByRole('menuitem', { name: 'Briefing PDF — French' }));
    await ep.keyboard.press('Escape');

    // In French, the builder speaks French.
    await ep.getByRole('button', { name: 'Language' }).click();
    await ep.getByRole('menuitem', { name: 'Français' }).click();
    await visible(ep.getByText('Étape 1 sur 9'));
    await visible(ep.getByText('Complétude', { exact: true }));
    await screenshot(ep, 'strategy-13-executive-fr');

    expect([...errors, ...exec.errors]).toEqual([]);
  }, 300_000);
});

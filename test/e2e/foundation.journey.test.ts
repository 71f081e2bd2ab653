import { describe, expect, it } from 'vitest';
import { useJourneyStack } from './support/stack.js';
import { linkIn } from '../support/smtp.js';
import { newPerson, screenshot } from './support/browser.js';
import { screenshotOnFailure } from './support/failures.js';
import { apiJson, apiStatus, choose, navLabels, visible, workspaceIdOf } from './support/journey.js';

// The foundation journey of issue 2, in real Chromium against the real server and a real SMTP peer:
// sign up (the workspace is created), invite a colleague as editor, the colleague accepts from the
// link in the mail, sees only what an editor may, cannot open the audit log by URL, and switches to
// French.
describe('foundation journey', () => {
  const stack = useJourneyStack();

  it('signs up, invites an editor who joins, sees an editor’s view and switches to French', async () => {
    const owner = await newPerson(stack.browser, stack.server.url);
    const page = owner.page;
    screenshotOnFailure(page, 'foundation-owner');
    const stamp = Date.now().toString(36);
    const ownerEmail = `camille.${stamp}@example.test`;
    const colleagueEmail = `lea.${stamp}@example.test`;
    const workspaceName = 'Atelier Dupont';

    // Signed out, the app sends people to sign-in.
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await visible(page.getByRole('heading', { name: 'Sign in' }));
    await screenshot(page, '01-sign-in');

    // Sign up: the time zone comes from the browser; the workspace is created with the account.
    await page.getByRole('link', { name: 'Create an account' }).click();
    await visible(page.getByRole('heading', { name: 'Create your account' }));
    await page.getByLabel('Your name').fill('Camille Dupont');
    await page.getByLabel('E-mail').fill(ownerEmail);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByLabel('Workspace name').fill(workspaceName);
    expect(await page.getByRole('textbox', { name: 'Time zone' }).inputValue()).toContain('Europe/Paris');
    await screenshot(page, '02-sign-up');
    await page.getByRole('button', { name: 'Create account and workspace' }).click();
    await page.waitForURL(/\/w\/[^/]+$/);
    const workspaceId = workspaceIdOf(page.url());
    await visible(page.getByRole('heading', { name: workspaceName }));
    await visible(page.getByText('Getting set up'));
    await screenshot(page, '03-home-owner');
    expect(await navLabels(page)).toEqual(
      expect.arrayContaining(['Home', 'Members', 'Settings', 'Audit log', 'Outbox', 'API tokens']),
    );

    // Invite a colleague as editor, in the Marketing department.
    await page.getByRole('navigation').getByRole('link', { name: 'Members' }).click();
    await visible(page.getByRole('heading', { name: 'Members' }));
    await page.getByRole('button', { name: 'Invite people' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('E-mail address').fill(colleagueEmail);
    await choose(page, 'Role', /^Editor/, dialog);
    await choose(page, 'Departments', 'Marketing', dialog);
    await page.keyboard.press('Escape'); // closes the department list, not the dialog
    await screenshot(page, '04-invite');
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await visible(page.getByText(`Invitation sent to ${colleagueEmail}`));
    await visible(page.getByRole('cell', { name: colleagueEmail }));
    await screenshot(page, '05-members-owner');

    // The owner's administration pages open and show what happened.
    for (const [label, heading, shot] of [
      ['Audit log', 'Audit log', '06-audit-owner'],
      ['Outbox', 'Outbox', '07-outbox-owner'],
      ['Settings', 'Workspace settings', '08-settings-owner'],
      ['API tokens', 'API tokens', '09-api-tokens-owner'],
    ] as const) {
      await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
      await visible(page.getByRole('heading', { name: heading, exact: true }));
      await page.getByText('Loading…').first().waitFor({ state: 'hidden' });
      await screenshot(page, shot);
    }

    // The colleague opens the link from the mail the SMTP peer received, in their own browser context.
    const mail = await stack.smtp.waitFor(colleagueEmail, 20_000);
    const link = linkIn(mail, '/invitations/');
    expect(link.startsWith(`${stack.server.url}/invitations/`)).toBe(true);
    const colleague = await newPerson(stack.browser, stack.server.url);
    const cp = colleague.page;
    screenshotOnFailure(cp, 'foundation-colleague');
    await cp.goto(link);
    await visible(cp.getByRole('heading', { name: `Join ${workspaceName}` }));
    await visible(cp.getByText('Camille Dupont', { exact: true }));
    await visible(cp.getByText('Editor', { exact: true }));
    await screenshot(cp, '10-accept-invitation');
    await cp.getByLabel('Your name').fill('Léa Martin');
    await cp.getByLabel('Choose a password').fill('a long enough secret');
    await cp.getByLabel('Confirm the password').fill('a long enough secret');
    await cp.getByRole('button', { name: `Join ${workspaceName}` }).click();

    // Lands in the workspace as an editor: no administration, no member management.
    await cp.waitForURL(new RegExp(`/w/${workspaceId}$`));
    await visible(cp.getByRole('heading', { name: workspaceName }));
    await visible(cp.getByText('Writes and schedules content; reads the strategy.'));
    const editorNav = await navLabels(cp);
    expect(editorNav).toEqual(expect.arrayContaining(['Home', 'Members', 'API tokens']));
    for (const hidden of ['Settings', 'Audit log', 'Outbox']) expect(editorNav).not.toContain(hidden);
    await screenshot(cp, '11-home-editor');

    await cp.getByRole('navigation').getByRole('link', { name: 'Members' }).click();
    await visible(cp.getByRole('cell', { name: /Léa Martin/ }));
    expect(await cp.getByRole('button', { name: 'Invite people' }).count()).toBe(0);
    expect(await cp.getByLabel(/^Role of /).count()).toBe(0);
    expect(await cp.getByText('Invitations', { exact: true }).count()).toBe(0);
    await screenshot(cp, '12-members-editor');

    // The audit log is refused by URL, and by the API behind it.
    await cp.goto(`/w/${workspaceId}/audit`);
    await visible(cp.getByRole('heading', { name: 'You do not have access to this page' }));
    expect(await apiStatus(cp, `/api/v1/workspaces/${workspaceId}/audit`)).toBe(403);
    await cp.goto(`/w/${workspaceId}/settings`);
    await visible(cp.getByRole('heading', { name: 'You do not have access to this page' }));
    await screenshot(cp, '13-audit-refused-editor');

    // French: the interface switches at once, and the choice is saved to the profile.
    await cp.getByRole('button', { name: 'Language' }).click();
    await cp.getByRole('menuitem', { name: 'Français' }).click();
    await visible(cp.getByRole('heading', { name: 'Vous n’avez pas accès à cette page' }));
    await cp.getByRole('navigation').getByRole('link', { name: 'Accueil' }).click();
    await visible(cp.getByText('Votre rôle'));
    await visible(cp.getByText('Rédacteur').first());
    await screenshot(cp, '14-home-editor-fr');
    await expect
      .poll(async () => (await apiJson<{ user: { locale: string } }>(cp, '/api/v1/session')).user.locale, {
        timeout: 10_000,
      })
      .toBe('fr');
    await cp.reload();
    await visible(cp.getByRole('navigation').getByRole('link', { name: 'Membres' }));
    expect(await cp.evaluate('document.documentElement.lang')).toBe('fr');

    // Nothing crashed in either browser along the way.
    expect([...owner.errors, ...colleague.errors]).toEqual([]);
    await owner.context.close();
    await colleague.context.close();
  });
});

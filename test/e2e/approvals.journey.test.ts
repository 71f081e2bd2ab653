import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { linkIn } from '../support/smtp.js';
import { newPerson, screenshot } from './support/browser.js';
import { screenshotOnFailure } from './support/failures.js';
import { apiJson, choose, visible, workspaceIdOf } from './support/journey.js';
import { localMinutesAhead } from './publishing.support.js';
import {
  apiWrite,
  mailWithSubject,
  postIdOf,
  useApprovalsStack,
  type ApprovalsStack,
} from './approvals.support.js';

// Issue 6's browser journey: an editor submits a post, Legal then Marketing approve it from their
// Approvals page, and it is scheduled; an outside reviewer approves another through a review link,
// without an account; a third misses its one-minute step target and its publication time: it is
// escalated to the head of Legal, becomes "approval overdue", and the mails reach the SMTP peer.
// The boring parts (members by invitation, departments, the Mastodon account, objectives, circuits)
// go through the API; every decision happens in a browser, each person in their own context.
const ESCALATION_WAIT_MS = 150_000;
const OVERDUE_WAIT_MS = 240_000;

interface Member {
  userId: string;
  name: string;
  email: string;
}
type Person = Awaited<ReturnType<typeof newPerson>>;

describe('approvals journey', () => {
  const stack = useApprovalsStack();

  it('runs a two-step circuit, an outside review and an escalation with its e-mail', async () => {
    const people: Person[] = [];
    try {
      await journey(stack, people);
    } catch (e) {
      console.error(`presence serve output (tail):\n${stack.server.output().slice(-6000)}`);
      throw e;
    }
    expect(people.flatMap((p) => p.errors)).toEqual([]);
    for (const p of people) await p.context.close();
  }, 600_000);
});

async function journey(stack: ApprovalsStack, people: Person[]): Promise<void> {
  const stamp = Date.now().toString(36);
  const workspaceName = 'Capteo';
  const masto = stack.mastodon.state.createAccount(`capteo${stamp}`, 'Capteo');

  // The owner signs up; the workspace comes with the account.
  const owner = await newPerson(stack.browser, stack.server.url);
  people.push(owner);
  const op = owner.page;
  screenshotOnFailure(op, 'approvals-owner');
  await op.goto('/sign-up');
  await op.getByLabel('Your name').fill('Camille Dupont');
  await op.getByLabel('E-mail').fill(`camille.${stamp}@example.test`);
  await op.getByLabel('Password').fill('correct horse battery');
  await op.getByLabel('Workspace name').fill(workspaceName);
  await op.getByRole('button', { name: 'Create account and workspace' }).click();
  await op.waitForURL(/\/w\/[^/]+$/);
  const ws = workspaceIdOf(op.url());
  const api = `/api/v1/workspaces/${ws}`;
  const write = async <T>(method: 'POST' | 'PUT' | 'PATCH', url: string, body: unknown): Promise<T> => {
    const res = await apiWrite<{ data: T }>(op, method, `${api}${url}`, body);
    expect(res.status, `${method} ${url}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    return res.body.data;
  };

  // Departments Legal and Marketing (the workspace may already have some).
  const departments = async () =>
    (await apiJson<{ data: { id: string; name: string }[] }>(op, `${api}/departments`)).data;
  const department = async (name: string) =>
    (await departments()).find((d) => d.name === name)?.id ??
    (await write<{ id: string }>('POST', '/departments', { name })).id;
  const legal = await department('Legal');
  const marketing = await department('Marketing');

  // Members by invitation, through the real mail: each accepts in their own browser and is signed in.
  const join = async (name: string, email: string, role: string, departmentIds: string[]) => {
    await write('POST', '/invitations', { email, role, departmentIds });
    const mail = await stack.smtp.waitFor(email, 20_000);
    const person = await newPerson(stack.browser, stack.server.url);
    people.push(person);
    screenshotOnFailure(person.page, `approvals-${name.split(' ')[0]!.toLowerCase()}`);
    await person.page.goto(linkIn(mail, '/invitations/'));
    await person.page.getByLabel('Your name').fill(name);
    await person.page.getByLabel('Choose a password').fill('a long enough secret');
    await person.page.getByLabel('Confirm the password').fill('a long enough secret');
    await person.page.getByRole('button', { name: `Join ${workspaceName}` }).click();
    await person.page.waitForURL(new RegExp(`/w/${ws}$`));
    return person;
  };
  const emails = {
    editor: `lea.${stamp}@example.test`,
    legal: `hugo.${stamp}@example.test`,
    marketing: `ines.${stamp}@example.test`,
    head: `nadia.${stamp}@example.test`,
  };
  const editor = await join('Léa Martin', emails.editor, 'editor', []);
  const legalApprover = await join('Hugo Bernard', emails.legal, 'approver', [legal]);
  const marketingApprover = await join('Inès Moreau', emails.marketing, 'approver', [marketing]);
  // The head of Legal is not one of its approvers: a breach reaches her by escalation only.
  const head = await join('Nadia Roux', emails.head, 'approver', []);
  const members = (await apiJson<{ data: Member[] }>(op, `${api}/members`)).data;
  const nadia = members.find((m) => m.email === emails.head)!;
  await write('PATCH', `/departments/${legal}`, { headUserId: nadia.userId });

  // The Mastodon account (the emulator) and two objectives the circuits are chosen by.
  await write('POST', '/accounts', {
    network: 'mastodon',
    instanceUrl: stack.mastodon.baseUrl,
    accessToken: masto.token,
  });
  const clientObjective = await write<{ id: string }>('POST', '/objectives', {
    type: 'customer_relations',
    title: 'Client campaign',
  });
  const launchObjective = await write<{ id: string }>('POST', '/objectives', {
    type: 'institutional',
    title: 'Launch day',
  });

  // Circuits, around the clock so the journey does not depend on the hour it runs at.
  const step = (
    name: string,
    approvers: { kind: string; id: string }[],
    targetMinutes: number,
    escalateTo: unknown,
  ) => ({
    name,
    approvers,
    rule: 'any',
    targetMinutes,
    clock: 'around_the_clock',
    reminderBeforeMinutes: null,
    escalateTo,
  });
  await write('POST', '/approval-circuits', {
    name: 'Legal then Marketing',
    required: true,
    steps: [
      step('Legal', [{ kind: 'department', id: legal }], 120, 'department_head'),
      step('Marketing', [{ kind: 'department', id: marketing }], 120, 'department_head'),
    ],
  });
  await write('POST', '/approval-circuits', {
    name: 'Client sign-off',
    required: true,
    match: { objectiveIds: [clientObjective.id] },
    steps: [step('Client', [{ kind: 'external', id: 'client' }], 120, null)],
  });
  await write('POST', '/approval-circuits', {
    name: 'Launch express',
    required: true,
    match: { objectiveIds: [launchObjective.id] },
    steps: [step('Legal (express)', [{ kind: 'department', id: legal }], 1, 'department_head')],
  });
  await op.goto(`/w/${ws}/approvals/circuits`);
  await visible(op.getByText('Legal then Marketing'));
  await visible(op.getByText('Launch express'));
  await screenshot(op, 'approvals-01-circuits');

  // 1. The editor writes a post in the composer and submits it: it waits for Legal.
  const ep = editor.page;
  const first = await compose(ep, masto.account.username, {
    title: `Spring offer ${stamp}`,
    text: `Our spring offer ${stamp}: two workshops for the price of one, until the end of April.`,
  });
  // The composer keeps no time for someone who may not schedule (see the report), so the time the
  // post must go out at is set through the posts API, as the editor.
  const firstAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 24 * 3600_000).toISOString();
  await setPublicationTime(ep, api, first, firstAt);
  await ep.reload();
  await submit(ep, 'Legal then Marketing');
  await visible(ep.getByText('Waiting for Hugo Bernard'));
  await screenshot(ep, 'approvals-02-submitted');

  // 3 (started early: its clock runs while the others are decided). A launch post due in a few
  // minutes, under the one-minute express circuit.
  const third = await compose(ep, masto.account.username, {
    title: `Launch ${stamp}`,
    text: `Launch day ${stamp}: the new Capteo studio opens its doors this afternoon.`,
    objective: 'Launch day',
  });
  const publicationAt = new Date(Date.now() + 150_000).toISOString();
  await setPublicationTime(ep, api, third, publicationAt);
  await ep.reload();
  await submit(ep, 'Launch express');
  await visible(ep.getByText('Waiting for Hugo Bernard'));

  // Legal approves the first post from the Approvals page (not the launch post, left to run late).
  await decideFromApprovals(legalApprover.page, first, 'approvals-03-legal-inbox');
  // …then Marketing, who only now has it waiting.
  await decideFromApprovals(marketingApprover.page, first, 'approvals-04-marketing-inbox');

  // Approved by the last step, with its time ahead: it is scheduled, as the editor's composer shows.
  await ep.goto(`/w/${ws}/posts/${first}`);
  const panel = ep.locator('[data-approval-status]');
  await expect.poll(() => panel.getAttribute('data-approval-status')).toBe('approved');
  await visible(ep.getByText('Scheduled', { exact: true }).first());
  await visible(panel.getByText('Approved', { exact: true }).first());
  await visible(panel.getByText(/Inès Moreau approved/).first());
  const scheduled = await apiJson<{ data: { variants: { status: string; scheduledAt: string }[] } }>(
    ep,
    `${api}/posts/${first}`,
  );
  expect(scheduled.data.variants.map((v) => [v.status, v.scheduledAt])).toEqual([['scheduled', firstAt]]);
  await screenshot(ep, 'approvals-05-scheduled');

  // The owner moves it an hour later in the composer (which saves, unchanged, before it moves the
  // time): a new time is not an edit, so the post stays approved and scheduled.
  await op.goto(`/w/${ws}/posts/${first}`);
  const session = await apiJson<{ user: { timeZone: string | null } }>(op, '/api/v1/session');
  const later = localMinutesAhead(session.user.timeZone ?? 'Europe/Paris', 60, Date.parse(firstAt));
  await op.getByLabel('Date', { exact: true }).fill(later.date);
  await op.getByLabel('Time', { exact: true }).fill(later.time);
  await op.getByRole('button', { name: 'Move to this time' }).click();
  await visible(op.getByText('Post scheduled.'));
  const moved = await apiJson<{ data: { variants: { status: string; scheduledAt: string }[] } }>(
    op,
    `${api}/posts/${first}`,
  );
  expect(moved.data.variants.map((v) => [v.status, v.scheduledAt])).toEqual([
    ['scheduled', new Date(Date.parse(firstAt) + 3600_000).toISOString()],
  ]);
  const approval = await apiJson<{ data: { status: string; round: number } }>(
    op,
    `${api}/posts/${first}/approval`,
  );
  expect(approval.data).toMatchObject({ status: 'approved', round: 1 });
  await visible(op.locator('[data-approval-status="approved"]'));

  // 2. A post for the client's campaign: the editor shares it through a review link.
  const second = await compose(ep, masto.account.username, {
    title: `Client story ${stamp}`,
    text: `How Boulangerie Laurent ${stamp} doubled its workshop bookings with Capteo.`,
    objective: 'Client campaign',
  });
  await submit(ep, 'Client sign-off');
  await ep.getByRole('tab', { name: 'Outside review' }).click();
  await ep.getByRole('button', { name: 'Share with an outside reviewer' }).click();
  const dialog = ep.getByRole('dialog');
  await dialog.getByLabel("Reviewer's name", { exact: false }).fill('Sophie Laurent');
  await dialog.getByLabel('Approver label in the circuit (optional)').fill('client');
  await dialog.getByRole('button', { name: 'Create the link' }).click();
  const url = await (await visible(dialog.getByRole('textbox', { name: 'Review link' }))).inputValue();
  expect(url).toContain(`${stack.server.url}/review/`);
  await screenshot(ep, 'approvals-06-review-link');
  await dialog.getByRole('button', { name: 'Done' }).click();

  // The outside reviewer opens the link in a fresh browser, with no account, and approves.
  const reviewer = await newPerson(stack.browser, stack.server.url);
  people.push(reviewer);
  const rp = reviewer.page;
  screenshotOnFailure(rp, 'approvals-reviewer');
  await rp.goto(url);
  await visible(rp.getByText('Hello Sophie Laurent, this post was shared with you for review.'));
  await visible(rp.getByText(`How Boulangerie Laurent ${stamp} doubled its workshop bookings`));
  await screenshot(rp, 'approvals-07-review-page');
  await rp.getByLabel('Comment', { exact: true }).fill('Lovely, go ahead.');
  await rp.getByRole('button', { name: 'Approve', exact: true }).click();
  await visible(rp.getByText('Thank you: your approval was recorded.'));
  await visible(rp.getByText('Approved', { exact: true }).first());
  await screenshot(rp, 'approvals-08-review-approved');
  await ep.goto(`/w/${ws}/posts/${second}`);
  const secondPanel = ep.locator('[data-approval-status]');
  await expect.poll(() => secondPanel.getAttribute('data-approval-status')).toBe('approved');
  await visible(secondPanel.getByText(/Sophie Laurent/).first());

  // 3. The launch post: its one-minute target passes, Legal's head is asked by e-mail…
  const escalation = await mailWithSubject(
    stack.smtp,
    emails.head,
    `Approval requested: Launch ${stamp}`,
    ESCALATION_WAIT_MS,
  );
  // …and its publication time passes without approval: the editor is told it is overdue.
  const overdue = await mailWithSubject(
    stack.smtp,
    emails.editor,
    `Overdue approval: Launch ${stamp}`,
    OVERDUE_WAIT_MS,
  );
  expect(overdue.text).toContain(`/w/${ws}/posts/${third}`);
  expect(stack.mastodon.state.statuses.size).toBe(0);

  // The head follows the link of her mail: the post is escalated to her, and overdue.
  const hp = head.page;
  await hp.goto(linkIn(escalation, `/posts/${third}`));
  const thirdPanel = hp.locator('[data-approval-status]');
  await expect.poll(() => thirdPanel.getAttribute('data-approval-status')).toBe('approval_overdue');
  await visible(thirdPanel.getByText(/Escalated to Nadia Roux/).first());
  await visible(hp.getByText('Your decision is awaited on “Legal (express)”'));
  await screenshot(hp, 'approvals-09-escalated-overdue');
  await hp.getByRole('navigation').getByRole('link', { name: 'Approvals', exact: true }).click();
  const card = hp.locator(`[data-post="${third}"]`);
  await visible(card.getByText('Escalated to you'));
  await screenshot(hp, 'approvals-10-head-inbox');

  // The editor's composer says the same: the post was not published.
  await ep.goto(`/w/${ws}/posts/${third}`);
  await visible(ep.getByText('Approval overdue').first());
  await screenshot(ep, 'approvals-11-editor-overdue');
}

/** Writes a post for the Mastodon account in the composer and saves it; returns its id. */
async function compose(
  page: Page,
  username: string,
  post: { title: string; text: string; objective?: string },
): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: 'New post', exact: true }).click();
  // The previous post's composer must be gone before its account box is looked for.
  await page.waitForURL(/\/posts\/new$/);
  await visible(page.getByRole('heading', { name: 'New post' }));
  await page.getByRole('checkbox', { name: new RegExp(`^Publish on @${username}`) }).click();
  await page.getByRole('textbox', { name: 'Text', exact: true }).fill(post.text);
  await page.getByLabel('Title', { exact: true }).fill(post.title);
  if (post.objective) {
    await choose(page, 'Objective', post.objective);
    await page.keyboard.press('Escape');
  }
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(/\/posts\/[^/]+$/);
  await visible(page.getByText('Post saved.'));
  return postIdOf(page);
}

/** Submits the open post from its approval panel and checks which circuit took it. */
async function submit(page: Page, circuit: string): Promise<void> {
  const panel = page.locator('[data-approval-status]');
  await panel.getByRole('button', { name: 'Submit for approval' }).click();
  await visible(page.getByText('Submitted for approval'));
  await expect.poll(() => panel.getAttribute('data-approval-status')).toBe('in_review');
  await visible(panel.getByText(`Circuit “${circuit}” (required)`));
}

/** Sets the publication time of every variant of a draft, as its author, through the posts API. */
async function setPublicationTime(page: Page, api: string, postId: string, at: string): Promise<void> {
  const post = await apiJson<{ data: { variants: Record<string, unknown>[] } }>(
    page,
    `${api}/posts/${postId}`,
  );
  const variants = post.data.variants.map((v) => ({
    id: v.id,
    accountId: v.accountId,
    text: v.text,
    scheduledAt: at,
  }));
  const res = await apiWrite(page, 'PATCH', `${api}/posts/${postId}`, { variants });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** The approver opens Approvals, finds the post among what waits for them, and approves it. */
async function decideFromApprovals(page: Page, postId: string, shot: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Approvals', exact: true }).click();
  const card = page.locator(`[data-post="${postId}"]`);
  await visible(card);
  await screenshot(page, shot);
  await card.getByRole('button', { name: 'Approve', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Comment').fill('Fine by me.');
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  // Decided: the post leaves what waits for this person.
  await card.waitFor({ state: 'detached' });
}

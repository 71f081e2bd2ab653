import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { linkIn } from '../support/smtp.js';
import { apiWrite } from './organisation-budget.support.js';
import {
  blueskyPosts,
  lastInboxPoll,
  pollInboxSoon,
  useInboxStack,
  type InboxStack,
} from './inbox.support.js';
import { newPerson, screenshot } from './support/browser.js';
import { screenshotOnFailure } from './support/failures.js';
import { apiJson, choose, visible, workspaceIdOf } from './support/journey.js';

// Issue 7's browser journey: on a real local AT Protocol network, a second account replies to the
// workspace's post with a question; it appears in the Presence inbox, routed to Customer service with
// its clock running; an agent answers with a saved reply; the answer is on the network exactly once;
// the clock stops and the first response time shows in the indicators.
const PUBLISH_WAIT_MS = 120_000;
const INGEST_WAIT_MS = 150_000;

interface ItemView {
  id: string;
  departmentId: string | null;
  isQuestion: boolean;
  state: string;
  clock: { status: string; firstResponseAt: string | null };
}

describe('inbox journey', () => {
  const stack = useInboxStack();

  it('routes a question from the network to Customer service, answers it once and times the answer', async () => {
    const owner = await newPerson(stack.browser, stack.server.url);
    screenshotOnFailure(owner.page, 'inbox-owner');
    try {
      const agentErrors = await journey(stack, owner.page);
      expect([...owner.errors, ...agentErrors]).toEqual([]);
    } catch (e) {
      console.error(`presence serve output (tail):\n${stack.server.output().slice(-6000)}`);
      throw e;
    }
  }, 600_000);
});

async function journey(stack: InboxStack, page: Page): Promise<string[]> {
  const stamp = Date.now().toString(36);
  const brand = await stack.atproto.createAccount('capteo');
  const customer = await stack.atproto.createAccount('lea');

  // The owner signs up and connects the workspace's Bluesky account on the local PDS.
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Camille Dupont');
  await page.getByLabel('E-mail').fill(`camille.${stamp}@example.test`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByLabel('Workspace name').fill('Capteo');
  await page.getByRole('button', { name: 'Create account and workspace' }).click();
  await page.waitForURL(/\/w\/[^/]+$/);
  const ws = workspaceIdOf(page.url());
  const api = `/api/v1/workspaces/${ws}`;
  const nav = page.getByRole('navigation');

  await nav.getByRole('link', { name: 'Accounts', exact: true }).click();
  await page.getByRole('button', { name: 'Connect an account' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Bluesky', { exact: true }).click();
  await dialog.getByLabel('Handle').fill(brand.handle);
  await dialog.getByLabel('App password').fill(brand.appPassword);
  await dialog.getByLabel('Server (optional)').fill(stack.atproto.pdsUrl);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await visible(page.getByText(`${brand.handle} is connected`));

  // The workspace publishes a post through Presence, right away.
  await nav.getByRole('link', { name: 'New post', exact: true }).click();
  await page.getByRole('checkbox', { name: `Publish on @${brand.handle}` }).click();
  const postText = `Our spring workshop on social media strategy opens on Thursday ${stamp}. Join us!`;
  await page.getByRole('textbox', { name: 'Text', exact: true }).fill(postText);
  await page.getByRole('button', { name: 'Publish now', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish now', exact: true }).click();
  await visible(page.getByText('Publication started.'));
  let post: Awaited<ReturnType<typeof blueskyPosts>>[number] | undefined;
  await expect
    .poll(
      async () => {
        post = (await blueskyPosts(stack.atproto.pdsUrl, brand.did)).find((p) => p.text === postText);
        return post !== undefined;
      },
      { timeout: PUBLISH_WAIT_MS, interval: 3_000 },
    )
    .toBe(true);
  await screenshot(page, 'inbox-01-post-published');

  // Set-up through the API: every new workspace has a Customer service department; its agent is
  // invited as community manager, and a saved reply with variables is written.
  const departments = await apiJson<{ data: { id: string; name: string }[] }>(page, `${api}/departments`);
  const departmentId = departments.data.find((d) => d.name === 'Customer service')?.id ?? '';
  expect(departmentId).not.toBe('');
  const agentEmail = `sacha.${stamp}@example.test`;
  const invited = await apiWrite(page, 'POST', `${api}/invitations`, {
    email: agentEmail,
    role: 'community_manager',
    departmentIds: [departmentId],
  });
  expect(invited.status).toBe(201);
  const saved = await apiWrite<{ data: { id: string } }>(page, 'POST', `${api}/inbox/saved-replies`, {
    title: 'Workshop details',
    body: 'Hello {{contact.name}}, yes: beginners are welcome and it starts at 9 am. {{agent.name}} for {{workspace.name}}',
    language: 'en',
    tags: ['workshop'],
  });
  expect(saved.status).toBe(201);

  // The owner writes the routing rule in the inbox settings: questions go to Customer service.
  await page.goto(`/w/${ws}/inbox/settings?tab=rules`);
  await page.getByRole('button', { name: 'New rule' }).first().click();
  const ruleDialog = page.getByRole('dialog', { name: 'New routing rule' });
  await ruleDialog.getByRole('textbox', { name: /^Name/ }).fill('Questions to Customer service');
  await ruleDialog
    .locator(`label[for$="-yes"]`)
    .filter({ hasText: /^Questions$/ })
    .click();
  await choose(page, 'Department', 'Customer service', ruleDialog);
  await screenshot(page, 'inbox-02-routing-rule');
  await ruleDialog.getByRole('button', { name: 'Save', exact: true }).click();
  await visible(page.getByText('Rule saved'));
  const rules = await apiJson<{ data: { conditions: unknown; actions: unknown }[] }>(
    page,
    `${api}/inbox/rules`,
  );
  expect(rules.data).toMatchObject([{ conditions: { isQuestion: true }, actions: { departmentId } }]);

  // The agent joins from the invitation.
  const agent = await newPerson(stack.browser, stack.server.url);
  const ap = agent.page;
  screenshotOnFailure(ap, 'inbox-agent');
  await ap.goto(linkIn(await stack.smtp.waitFor(agentEmail, 20_000), '/invitations/'));
  await ap.getByLabel('Your name').fill('Sacha Martin');
  await ap.getByLabel('Choose a password').fill('a long enough secret');
  await ap.getByLabel('Confirm the password').fill('a long enough secret');
  await ap.getByRole('button', { name: 'Join Capteo' }).click();
  await ap.waitForURL(new RegExp(`/w/${ws}$`));

  // A customer on the network replies to the workspace's post with a question.
  const question = `Is the workshop ${stamp} open to beginners? What time does it start?`;
  const asked = await customer.agent.post({
    text: question,
    reply: { root: { uri: post!.uri, cid: post!.cid }, parent: { uri: post!.uri, cid: post!.cid } },
  });
  // The agent sets the shortest poll interval and asks for a read at the worker's next tick.
  expect(await pollInboxSoon(ap, api)).toBe(1);

  // The agent sees it in the inbox (the list refreshes each minute; reload within a bound).
  await visible(ap.getByRole('navigation').getByRole('link', { name: 'Inbox', exact: true }));
  await ap.goto(`/w/${ws}/inbox?tab=open`);
  const row = ap.getByRole('button', { name: `Open the conversation with ${customer.handle}` });
  const deadline = Date.now() + INGEST_WAIT_MS;
  while ((await row.count()) === 0 && Date.now() < deadline) {
    await ap.waitForTimeout(5_000);
    await ap.reload();
    await visible(ap.getByText('Last 7 days'));
  }
  await visible(row);
  const rowClock = ap.locator('[data-item-id] [data-clock]').first();
  expect(await rowClock.getAttribute('data-clock')).toBe('left');
  await visible(row.getByLabel('Asks a question'));
  await screenshot(ap, 'inbox-03-question-in-inbox');

  await row.click();
  await ap.waitForURL(/\/inbox\/[^/?]+/);
  const itemId = new URL(ap.url()).pathname.split('/').pop()!;
  const before = await apiJson<{ data: ItemView }>(ap, `${api}/inbox/items/${itemId}`);
  expect(before.data).toMatchObject({ departmentId, isQuestion: true, clock: { status: 'running' } });
  await expect
    .poll(() => ap.getByRole('textbox', { name: 'Department', exact: true }).first().inputValue())
    .toBe('Customer service');
  await visible(ap.getByText(question).first());
  await screenshot(ap, 'inbox-04-routed-clock-running');

  // The agent answers with the saved reply; its variables are filled in.
  await ap.getByRole('textbox', { name: 'Saved reply', exact: true }).click();
  await ap.getByRole('option', { name: /^Workshop details/ }).click();
  const replyBox = ap.getByRole('textbox', { name: `Reply to ${customer.handle}`, exact: true });
  await expect.poll(() => replyBox.inputValue()).toContain('beginners are welcome');
  const answer = await replyBox.inputValue();
  expect(answer).toBe(
    `Hello ${customer.handle}, yes: beginners are welcome and it starts at 9 am. Sacha Martin for Capteo`,
  );
  await screenshot(ap, 'inbox-05-saved-reply');
  const sentAt = new Date().toISOString();
  await ap.getByRole('button', { name: 'Send', exact: true }).click();
  await visible(ap.getByText('Reply sent'));

  // The answer is on the network, exactly once, under the question.
  const answers = (await blueskyPosts(stack.atproto.pdsUrl, brand.did)).filter(
    (p) => p.reply?.parent.uri === asked.uri,
  );
  expect(answers.map((p) => p.text)).toEqual([answer]);
  expect(answers[0]!.reply!.root.uri).toBe(post!.uri);

  // The clock stopped, and the first response time shows in the item and in the indicators.
  await ap.reload();
  const stopped = ap.locator('[data-clock="answeredIn"]').first();
  await visible(stopped);
  expect((await stopped.textContent())?.trim()).toMatch(/^answered in \d+ min$/);
  const after = await apiJson<{ data: ItemView }>(ap, `${api}/inbox/items/${itemId}`);
  expect(after.data.state).toBe('answered');
  expect(after.data.clock.status).toBe('met');
  expect(after.data.clock.firstResponseAt).not.toBeNull();
  const median = ap.locator('[data-indicator="median"]');
  await expect.poll(async () => (await median.textContent())?.trim()).toMatch(/^\d+ min$/);
  await screenshot(ap, 'inbox-06-answered-indicators');

  // The poller reads our own answer back from the network: it must neither count as a second reply
  // nor move the first response time.
  await pollInboxSoon(ap, api);
  await expect
    .poll(async () => ((await lastInboxPoll(ap, api)) ?? '') > sentAt, { timeout: 60_000, interval: 2_000 })
    .toBe(true);
  const settled = await apiJson<{ data: ItemView; replies: unknown[] }>(ap, `${api}/inbox/items/${itemId}`);
  expect(settled.replies).toHaveLength(1);
  expect(settled.data.clock.firstResponseAt).toBe(after.data.clock.firstResponseAt);
  expect(
    (await blueskyPosts(stack.atproto.pdsUrl, brand.did)).filter((p) => p.reply?.parent.uri === asked.uri),
  ).toHaveLength(1);
  return agent.errors;
}

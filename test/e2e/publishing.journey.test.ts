import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPerson, screenshot } from './support/browser.js';
import { screenshotOnFailure } from './support/failures.js';
import { apiJson, visible, workspaceIdOf } from './support/journey.js';
import {
  countBlueskyPosts,
  countMastodonStatuses,
  localMinutesAhead,
  usePublishingStack,
  type PublishingStack,
} from './publishing.support.js';

// Issue 4's browser journey: a community manager connects a Bluesky account (on a real local AT
// Protocol network) and a Mastodon account (the emulator), writes one post for both, is warned about
// the copy-paste, adapts one text, schedules it a minute ahead, follows it on the calendar until it is
// published, and the post exists exactly once on each network.
const PUBLISH_WAIT_MS = 180_000;

describe('publishing journey', () => {
  const stack = usePublishingStack();

  it('connects two networks, schedules an adapted post and sees it published once on each', async () => {
    const { page, errors } = await newPerson(stack.browser, stack.server.url);
    screenshotOnFailure(page, 'publishing');
    try {
      await journey(stack, page);
    } catch (e) {
      // The server's own log says why a publication did not happen (the worker runs inside it).
      console.error(`presence serve output (tail):\n${stack.server.output().slice(-6000)}`);
      throw e;
    }
    expect(errors).toEqual([]);
  }, 600_000);
});

async function journey(stack: PublishingStack, page: Page): Promise<void> {
  const stamp = Date.now().toString(36);
  const bsky = await stack.atproto.createAccount('camille');
  const masto = stack.mastodon.state.createAccount(`camille${stamp}`, 'Camille Dupont');

  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Camille Dupont');
  await page.getByLabel('E-mail').fill(`camille.${stamp}@example.test`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByLabel('Workspace name').fill('Capteo');
  await page.getByRole('button', { name: 'Create account and workspace' }).click();
  await page.waitForURL(/\/w\/[^/]+$/);
  const ws = workspaceIdOf(page.url());
  const nav = page.getByRole('navigation');

  // Accounts: Bluesky on the local PDS with an app password, then Mastodon with an access token.
  await nav.getByRole('link', { name: 'Accounts', exact: true }).click();
  await page.getByRole('button', { name: 'Connect an account' }).first().click();
  let dialog = page.getByRole('dialog');
  await dialog.getByText('Bluesky', { exact: true }).click();
  await dialog.getByLabel('Handle').fill(bsky.handle);
  await dialog.getByLabel('App password').fill(bsky.appPassword);
  await dialog.getByLabel('Server (optional)').fill(stack.atproto.pdsUrl);
  await screenshot(page, 'publishing-01-connect-bluesky');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await visible(page.getByText(`${bsky.handle} is connected`));

  await page.getByRole('button', { name: 'Connect an account' }).first().click();
  dialog = page.getByRole('dialog');
  await dialog.getByText('Mastodon', { exact: true }).click();
  await dialog.getByLabel('Instance address').fill(stack.mastodon.baseUrl);
  await dialog.getByLabel('Access token').fill(masto.token);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await visible(page.getByText(/is connected$/).filter({ hasText: masto.account.username }));
  await visible(page.getByRole('cell', { name: new RegExp(`@${bsky.handle}`) }));
  await screenshot(page, 'publishing-02-accounts');

  // One post, a version per account: the same text on both is flagged, an adapted one is not.
  await nav.getByRole('link', { name: 'New post', exact: true }).click();
  await page.getByRole('checkbox', { name: `Publish on @${bsky.handle}` }).click();
  await page.getByRole('checkbox', { name: new RegExp(`^Publish on @${masto.account.username}`) }).click();
  const texts = page.getByRole('textbox', { name: 'Text', exact: true });
  await expect.poll(() => texts.count()).toBe(2);
  const shared = `Our spring workshop on social media strategy opens its doors on Thursday ${stamp}.`;
  await texts.nth(0).fill(shared);
  await texts.nth(1).fill(shared);
  await visible(page.getByText(/Same text as @/).first());
  await screenshot(page, 'publishing-03-copy-paste-warning');

  const adapted = `Fediverse friends: our spring workshop ${stamp} is open to all, bring your questions on Thursday!`;
  await texts.nth(1).fill(adapted);
  await expect.poll(() => page.getByText(/(Same|same) text as @/).count(), { timeout: 15_000 }).toBe(0);
  await screenshot(page, 'publishing-04-adapted');
  // Which text went to which network: the editors are in the order the accounts were picked.
  const blueskyText = shared;
  const mastodonText = adapted;

  // A minute ahead, in the zone the composer shows (the person's, else the workspace's).
  const session = await apiJson<{ user: { timeZone: string | null } }>(page, '/api/v1/session');
  const workspace = await apiJson<{ data: { timeZone: string } }>(page, `/api/v1/workspaces/${ws}`);
  const zone = session.user.timeZone ?? workspace.data.timeZone;
  const at = localMinutesAhead(zone, 2);
  await page.getByLabel('Date', { exact: true }).fill(at.date);
  await page.getByLabel('Time', { exact: true }).fill(at.time);
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await visible(page.getByText('Post scheduled.'));
  await page.waitForURL(/\/posts\/[^/]+$/);
  const postId = new URL(page.url()).pathname.split('/').pop()!;
  await screenshot(page, 'publishing-05-scheduled');

  // The calendar shows it at its time, in the week of the day it goes out.
  await nav.getByRole('link', { name: 'Calendar', exact: true }).click();
  await visible(page.getByTestId('calendar-month'));
  await page.getByText('Week', { exact: true }).click();
  await visible(page.getByTestId('calendar-week'));
  await page.goto(`/w/${ws}/calendar?view=week&date=${at.date}`);
  const chip = page.locator(`[data-testid="calendar-chip"][data-post-id="${postId}"]`);
  await visible(chip);
  expect(await chip.textContent()).toContain(at.time);
  await expect.poll(() => chip.getAttribute('data-status')).toMatch(/^(scheduled|publishing|published)$/);
  await screenshot(page, 'publishing-06-calendar-scheduled');

  // The calendar refreshes itself while a post is due; reload now and then anyway, within a bound.
  const deadline = Date.now() + PUBLISH_WAIT_MS;
  let status = await chip.getAttribute('data-status');
  let reloads = 0;
  while (status !== 'published' && Date.now() < deadline) {
    await page.waitForTimeout(5_000);
    if (++reloads % 6 === 0) {
      await page.reload();
      await page.getByTestId('calendar-week').waitFor({ state: 'visible', timeout: 30_000 });
    }
    await visible(chip);
    status = await chip.getAttribute('data-status');
    if (status === 'failed') break;
  }
  expect(status, 'the post should be published within 3 minutes').toBe('published');
  await chip.getByRole('button', { name: /^Actions for / }).click();
  const links = page.getByTestId('calendar-published-link');
  await expect.poll(() => links.count()).toBe(2);
  const hrefs = await Promise.all((await links.all()).map(async (a) => (await a.getAttribute('href')) ?? ''));
  expect(hrefs.every((h) => /^https?:\/\//.test(h))).toBe(true);
  await visible(page.getByRole('menuitem', { name: 'View on Bluesky' }));
  await visible(page.getByRole('menuitem', { name: 'View on Mastodon' }));
  await screenshot(page, 'publishing-07-calendar-published');
  await page.keyboard.press('Escape');

  // Exactly once on each network, read from the networks themselves.
  expect(await countBlueskyPosts(stack.atproto.pdsUrl, bsky.did, blueskyText)).toBe(1);
  expect(await countBlueskyPosts(stack.atproto.pdsUrl, bsky.did, mastodonText)).toBe(0);
  expect(countMastodonStatuses(stack.mastodon, masto.account.id, mastodonText)).toBe(1);
  expect(countMastodonStatuses(stack.mastodon, masto.account.id, blueskyText)).toBe(0);

  // The composer tells the same story: both versions published, with their links.
  await chip.getByRole('button', { name: /^Open / }).click();
  await page.waitForURL(new RegExp(`/posts/${postId}$`));
  await visible(page.getByRole('link', { name: 'View on Bluesky' }));
  await visible(page.getByRole('link', { name: 'View on Mastodon' }));
  await screenshot(page, 'publishing-08-composer-published');
}

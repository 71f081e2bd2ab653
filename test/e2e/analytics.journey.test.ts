import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { apiWrite } from './organisation-budget.support.js';
import { blueskyPosts, useInboxStack, type InboxStack } from './inbox.support.js';
import { newPerson, screenshot } from './support/browser.js';
import { screenshotOnFailure } from './support/failures.js';
import { apiJson, visible, workspaceIdOf } from './support/journey.js';

// Issue 8's browser journey: a post published through Presence on the real local AT Protocol network
// gets a like and a reply from another account, a click on its tracked link and a sale reported by
// the shop's site; the objective's ROI and ROA cards show the values worked out below by hand, and the
// monthly report PDF carries them.
//   cost   = one budget line of the month, actual 50.00 EUR (whole month: no proration)
//   value  = one sale of 120.00 EUR attributed to the post's tracked link
//   ROI    = (120.00 − 50.00) ÷ 50.00 × 100 = 140 %
//   engagements = likes 1 + replies 1 + reposts 0 + quotes 0 = 2
const PUBLISH_WAIT_MS = 120_000;
const INDEX_WAIT_MS = 90_000;
const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SHOP = 'https://shop.example';

describe('analytics journey', () => {
  const stack = useInboxStack();

  it('shows the ROI and ROA of an objective from a real post, a click and a sale, and puts them in the monthly report', async () => {
    const owner = await newPerson(stack.browser, stack.server.url);
    screenshotOnFailure(owner.page, 'analytics-owner');
    try {
      await journey(stack, owner.page);
      expect(owner.errors).toEqual([]);
    } catch (e) {
      console.error(`presence serve output (tail):\n${stack.server.output().slice(-6000)}`);
      throw e;
    }
  }, 600_000);
});

/** The current month on the browser's wall clock (the workspace takes the browser's zone at sign-up). */
function thisMonth(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
}

async function journey(stack: InboxStack, page: Page): Promise<void> {
  const stamp = Date.now().toString(36);
  const brand = await stack.atproto.createAccount('atelier');
  const fan = await stack.atproto.createAccount('noor');

  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Inès Laurent');
  await page.getByLabel('E-mail').fill(`ines.${stamp}@example.test`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByLabel('Workspace name').fill('Atelier Laurent');
  await page.getByRole('button', { name: 'Create account and workspace' }).click();
  await page.waitForURL(/\/w\/[^/]+$/);
  const ws = workspaceIdOf(page.url());
  const api = `/api/v1/workspaces/${ws}`;
  const month = await thisMonth(page);

  // The Bluesky account is connected in the interface.
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
  const accounts = await apiJson<{ data: { id: string; handle: string }[] }>(page, `${api}/accounts`);
  const accountId = accounts.data.find((a) => a.handle === brand.handle)!.id;

  // The strategy behind it (API): a sales objective measured by ROI and engagements, its cost this
  // month, and the shop's site key for conversions.
  const objective = await apiWrite<{ data: { id: string } }>(page, 'POST', `${api}/objectives`, {
    type: 'sales',
    title: 'Fill the spring workshop',
  });
  expect(objective.status).toBe(201);
  const objectiveId = objective.body.data.id;
  for (const [metric, target] of [
    ['roi', 100],
    ['engagements', 10],
  ] as const) {
    const created = await apiWrite(page, 'POST', `${api}/indicators`, { objectiveId, metric, target });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  const line = await apiWrite(page, 'POST', `${api}/budget/lines`, {
    category: 'content_production',
    label: 'Workshop visuals',
    month,
    objectiveId,
    actual: 5000,
  });
  expect(line.status, JSON.stringify(line.body)).toBe(201);
  const site = await apiWrite<{ data: { key: string } }>(page, 'POST', `${api}/conversion-sites`, {
    label: 'Shop',
    allowedOrigins: [SHOP],
  });
  expect(site.status, JSON.stringify(site.body)).toBe(201);

  // The post goes out now, with a tracked link to the shop.
  const postText = `Our spring workshop ${stamp} has 12 seats left: ${SHOP}/workshop`;
  const post = await apiWrite<{ data: { id: string } }>(page, 'POST', `${api}/posts`, {
    title: 'Workshop seats',
    objectiveId,
    variants: [{ accountId, text: postText }],
  });
  expect(post.status, JSON.stringify(post.body)).toBe(201);
  expect((await apiWrite(page, 'POST', `${api}/posts/${post.body.data.id}/publish-now`, {})).status).toBe(
    200,
  );
  let published: Awaited<ReturnType<typeof blueskyPosts>>[number] | undefined;
  await expect
    .poll(
      async () => {
        published = (await blueskyPosts(stack.atproto.pdsUrl, brand.did)).find((p) => p.text.includes(stamp));
        return published !== undefined;
      },
      { timeout: PUBLISH_WAIT_MS, interval: 3_000 },
    )
    .toBe(true);
  const code = /\/l\/([A-Za-z0-9]+)/.exec(published!.text)?.[1];
  expect(code, published!.text).toBeDefined();

  // The audience answers on the network: a like and a reply, indexed by the AppView.
  await fan.agent.like(published!.uri, published!.cid);
  await fan.agent.post({
    text: 'Booked mine, see you there!',
    reply: {
      root: { uri: published!.uri, cid: published!.cid },
      parent: { uri: published!.uri, cid: published!.cid },
    },
  });
  await expect
    .poll(
      async () => {
        const seen = (await fan.agent.getPosts({ uris: [published!.uri] })).data.posts[0];
        return [seen?.likeCount ?? 0, seen?.replyCount ?? 0];
      },
      { timeout: INDEX_WAIT_MS, interval: 2_000 },
    )
    .toEqual([1, 1]);

  // A visitor follows the tracked link (a browser, not a bot), and buys: the shop reports the sale.
  const click = await fetch(`${stack.server.url}/l/${code}`, {
    redirect: 'manual',
    headers: { 'user-agent': CHROME_UA },
  });
  expect(click.status).toBe(302);
  expect(click.headers.get('location')).toContain(`${SHOP}/workshop`);
  const sale = await fetch(`${stack.server.url}/c/v1/conversions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: SHOP, 'user-agent': CHROME_UA },
    body: JSON.stringify({
      key: site.body.data.key,
      type: 'sale',
      value: 120,
      currency: 'EUR',
      linkCode: code,
      externalId: `order-${stamp}`,
    }),
  });
  expect(sale.status, await sale.clone().text()).toBe(202);
  expect(((await sale.json()) as { data: { attribution: string } }).data.attribution).toBe('link_code');

  // The manager opens Analytics, refreshes the metrics from the network and reads this month.
  await nav.getByRole('link', { name: 'Analytics', exact: true }).click();
  await page.getByRole('button', { name: 'Refresh metrics' }).click();
  await visible(page.getByText('Metrics refreshed: 1 post read.'));
  await page.goto(`/w/${ws}/analytics/objectives?period=thisMonth`);
  const card = (metric: string) => page.locator(`[data-testid="indicator-card"][data-metric="${metric}"]`);
  const valueOf = async (metric: string) =>
    (await card(metric).locator('[data-testid="indicator-value"]').textContent())?.trim();
  await visible(card('roi'));
  await expect.poll(() => valueOf('roi')).toBe('140%');
  await expect.poll(() => valueOf('engagements')).toBe('2');
  await visible(card('roi').getByText('On track'));
  await visible(card('engagements').getByText('Behind'));
  await screenshot(page, 'analytics-01-objective-cards');

  // "How is this computed?": the inputs behind the ROI, down to the sale itself.
  await card('roi')
    .getByRole('button', { name: /How is/ })
    .click();
  const drawer = page.getByRole('dialog');
  await visible(drawer.getByText('€120.00'));
  await visible(drawer.getByText('€50.00'));
  await drawer.getByRole('button', { name: 'Show rows' }).first().click();
  await visible(drawer.locator('[data-testid="trace-rows"]'));
  await screenshot(page, 'analytics-02-roi-trace');
  await page.keyboard.press('Escape');

  // The monthly report carries the same figures.
  const pdf = await page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'same-origin' });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      bytes: [...new Uint8Array(await res.arrayBuffer())],
    };
  }, `${api}/analytics/reports/monthly.pdf?month=${month}&lang=en`);
  expect(pdf.status).toBe(200);
  expect(pdf.type).toContain('application/pdf');
  const text = pdfText(Buffer.from(pdf.bytes));
  expect(text).toContain('Fill the spring workshop');
  expect(text).toMatch(/140(\.0+)?\s?%/);
  // The report drops the cents of whole amounts.
  expect(text).toContain('Attributed value: €120');
  expect(text).toContain('Cost: €50');
  expect(text).toContain('Engagements: 2');
}

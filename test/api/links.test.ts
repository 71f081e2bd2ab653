import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import { TrackedLinks, findUrls, shortLinkLength } from '../../src/modules/links/tracked-links.js';
import { ConnectedAccountsRepository } from '../../src/modules/publishing/scheduler/connected-accounts.repository.js';
import { PostsRepository } from '../../src/modules/publishing/scheduler/posts.repository.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember } from '../support/resource-factories.js';

interface LinkJson {
  id: string;
  code: string;
  shortUrl: string;
  targetUrl: string;
  finalUrl: string;
  postId: string | null;
  variantId: string | null;
  network: string;
  clicks: number;
  botClicks: number;
  createdAt: string;
}

interface SeriesJson {
  linkId: string;
  timeZone: string;
  from: string;
  to: string;
  totals: { clicks: number; botClicks: number };
  points: { date: string; clicks: number; botClicks: number }[];
}

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

describe.each(DIALECTS)('tracked links on %s', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: Client;
  let ws: string;
  let base: string;
  let links: TrackedLinks;
  let ipCounter = 0;

  /** A fresh client address, so visits from different tests never share a visitor hash. */
  const freshIp = () => `198.51.100.${(ipCounter += 1)}`;

  /** A post with one variant on a new account of `workspaceId`, made with the publishing repositories. */
  async function seedVariant(workspaceId: string, network = 'bluesky', text = 'Hello') {
    const now = clock.now().toISOString();
    const accountId = newId();
    await new ConnectedAccountsRepository(t.ctx.database.db, t.ctx.secrets).create({
      id: accountId,
      workspaceId,
      network,
      remoteId: `remote-${accountId}`,
      handle: `acme-${accountId.slice(-6)}`,
      displayName: 'Acme',
      avatarUrl: null,
      profileUrl: null,
      credentials: { appPassword: 'abcd-efgh-ijkl-mnop' },
      now,
    });
    const posts = new PostsRepository(t.ctx.database.db);
    const postId = newId();
    const variantId = newId();
    await posts.createPost({ id: postId, workspaceId, title: 'Launch', now });
    await posts.createVariants([{ id: variantId, workspaceId, postId, accountId, text, now }]);
    return { postId, variantId };
  }

  /** Rewrites `text` as the publisher would for a fresh variant; returns the ids and the new text. */
  async function publish(
    text: string,
    opts: { workspaceId?: string; network?: string; campaign?: string | null } = {},
  ) {
    const workspaceId = opts.workspaceId ?? ws;
    const network = opts.network ?? 'bluesky';
    const ids = await seedVariant(workspaceId, network, text);
    const input = { workspaceId, ...ids, network, text, campaign: opts.campaign ?? null };
    return { ...ids, input, rewritten: await links.rewrite(input) };
  }

  async function listFor(variantId: string, client = owner, workspaceId = ws): Promise<LinkJson[]> {
    const res = await client.get(`/api/v1/workspaces/${workspaceId}/links?variantId=${variantId}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ data: LinkJson[] }>().data;
  }

  function visit(
    code: string,
    headers: Record<string, string> = {},
    method: 'GET' | 'HEAD' = 'GET',
  ): Promise<LightMyRequestResponse> {
    return t.app.inject({ method, url: `/l/${code}`, headers });
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
    clock.set('2026-12-01T09:00:00.000Z');
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    base = `/api/v1/workspaces/${ws}`;
    links = new TrackedLinks(t.ctx);
  });
  afterAll(async () => t.close());

  it('rewrites each http(s) URL to a short link and leaves bare domains alone', async () => {
    const text =
      'New guide: https://example.com/guide?lang=fr. Also (https://en.wikipedia.org/wiki/Mercury_(planet)) and example.org, again https://example.com/guide?lang=fr!';
    const { variantId, rewritten } = await publish(text);
    const found = await listFor(variantId);
    expect(found).toHaveLength(2);
    const byTarget = new Map(found.map((l) => [l.targetUrl, l]));
    const guide = byTarget.get('https://example.com/guide?lang=fr')!;
    const wiki = byTarget.get('https://en.wikipedia.org/wiki/Mercury_(planet)')!;
    expect(guide.shortUrl).toBe(`${t.ctx.config.publicUrl}/l/${guide.code}`);
    expect(guide.shortUrl.length).toBe(shortLinkLength(t.ctx.config.publicUrl));
    expect(rewritten).toBe(
      `New guide: ${guide.shortUrl}. Also (${wiki.shortUrl}) and example.org, again ${guide.shortUrl}!`,
    );
    expect(findUrls(rewritten).map((u) => u.url)).toEqual([guide.shortUrl, wiki.shortUrl, guide.shortUrl]);
  });

  it('gives the same code when a publish is retried, and a new one to another variant', async () => {
    const text = 'Tickets: https://example.com/tickets';
    const first = await publish(text);
    const again = await links.rewrite(first.input);
    const third = await links.rewrite(first.input);
    expect(again).toBe(first.rewritten);
    expect(third).toBe(first.rewritten);
    expect(await listFor(first.variantId)).toHaveLength(1);
    // Rewriting an already rewritten text wraps nothing twice.
    expect(await links.rewrite({ ...first.input, text: first.rewritten })).toBe(first.rewritten);

    const other = await publish(text);
    expect(other.rewritten).not.toBe(first.rewritten);

    const audit = await t.ctx.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('action', '=', 'links.create')
      .where('object_id', '=', first.variantId)
      .execute();
    // One entry when the links were made; retries that reuse them change nothing and record nothing.
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_label).toBe('Publisher');
  });

  it('leaves a text without links untouched and creates nothing', async () => {
    const { variantId, rewritten } = await publish('No links here, just example.com');
    expect(rewritten).toBe('No links here, just example.com');
    expect(await listFor(variantId)).toEqual([]);
  });

  it('leaves a URL too long to index as written', async () => {
    const long = `https://example.com/${'a'.repeat(3000)}`;
    const { variantId, rewritten } = await publish(`Long ${long} and https://example.com/short`);
    const [link] = await listFor(variantId);
    expect(link!.targetUrl).toBe('https://example.com/short');
    expect(rewritten).toBe(`Long ${long} and ${link!.shortUrl}`);
  });

  it('rate limits one address generously', async () => {
    const headers = { 'user-agent': CHROME, 'x-forwarded-for': '192.0.2.250' };
    // Malformed codes answer 404 without touching the database, so the loop is cheap.
    for (let i = 0; i < 600; i += 1) expect((await visit('nope', headers)).statusCode).toBe(404);
    const limited = await visit('nope', headers);
    expect(limited.statusCode).toBe(429);
    expect(limited.json<{ code: string }>().code).toBe('rate_limited');
    expect((await visit('nope', { ...headers, 'x-forwarded-for': '192.0.2.251' })).statusCode).toBe(404);
  });

  it('draws another code when the first one is taken', async () => {
    const taken = (await publish('https://example.com/taken')).rewritten.split('/l/')[1]!;
    const draws = [taken, 'Fresh123'];
    const forced = new TrackedLinks(t.ctx, { newCode: () => draws.shift() ?? 'Never000' });
    const { variantId, postId } = await seedVariant(ws);
    const out = await forced.rewrite({
      workspaceId: ws,
      postId,
      variantId,
      network: 'bluesky',
      text: 'See https://example.com/clash',
      campaign: null,
    });
    expect(out).toBe(`See ${t.ctx.config.publicUrl}/l/Fresh123`);
  });

  it('adds UTM tags: network, social, campaign slug, post id', async () => {
    const { postId, variantId } = await publish('https://shop.example/p/42?ref=home#reviews', {
      network: 'mastodon',
      campaign: 'Salon de l’Été 2027',
    });
    const [link] = await listFor(variantId);
    expect(link!.network).toBe('mastodon');
    expect(link!.finalUrl).toBe(
      `https://shop.example/p/42?ref=home&utm_source=mastodon&utm_medium=social&utm_campaign=salon-de-l-ete-2027&utm_content=${postId.replace(/-/gu, '').slice(-8)}&utm_id=${link!.code}#reviews`,
    );
    expect(link!.postId).toBe(postId);
  });

  it("keeps the author's own utm_source", async () => {
    const { postId, variantId } = await publish('https://example.com/?utm_source=newsletter&id=7');
    const [link] = await listFor(variantId);
    expect(link!.targetUrl).toBe('https://example.com/?utm_source=newsletter&id=7');
    expect(link!.finalUrl).toBe(
      `https://example.com/?utm_source=newsletter&id=7&utm_medium=social&utm_campaign=presence&utm_content=${postId.replace(/-/gu, '').slice(-8)}&utm_id=${link!.code}`,
    );
  });

  it('redirects with 302 to the tagged URL, uncached, and counts the click', async () => {
    const { variantId } = await publish('https://example.com/redirect');
    const [link] = await listFor(variantId);
    const res = await visit(link!.code, {
      'user-agent': CHROME,
      'x-forwarded-for': freshIp(),
      referer: 'https://bsky.app/profile/acme/post/3k?private=1',
    });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(link!.finalUrl);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer-when-downgrade');
    const [after] = await listFor(variantId);
    expect(after).toMatchObject({ clicks: 1, botClicks: 0 });

    const rows = await t.ctx.database.db
      .selectFrom('link_clicks')
      .selectAll()
      .where('link_id', '=', link!.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ is_bot: 0, bot_reason: null, referrer_host: 'bsky.app', country: null });
    expect(rows[0]!.clicked_at).toBe('2026-12-01T09:00:00.000Z');
  });

  it('never stores the raw IP address', async () => {
    const ip = '203.0.113.77';
    const { variantId } = await publish('https://example.com/privacy');
    const [link] = await listFor(variantId);
    await visit(link!.code, { 'user-agent': CHROME, 'x-forwarded-for': ip });
    const row = await t.ctx.database.db
      .selectFrom('link_clicks')
      .selectAll()
      .where('link_id', '=', link!.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(ip);
    expect(row.visitor_hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('sends a non-ASCII destination percent-encoded', async () => {
    const { variantId } = await publish('Lire https://fr.wikipedia.org/wiki/Été');
    const [link] = await listFor(variantId);
    const res = await visit(link!.code, { 'user-agent': CHROME, 'x-forwarded-for': freshIp() });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toMatch(
      /^https:\/\/fr\.wikipedia\.org\/wiki\/%C3%89t%C3%A9\?utm_source=bluesky/,
    );
  });

  it('records bots and link previews but does not count them as clicks', async () => {
    const { variantId } = await publish('https://example.com/bots');
    const [link] = await listFor(variantId);
    const bots: [Record<string, string>, 'GET' | 'HEAD'][] = [
      [{ 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }, 'GET'],
      [{ 'user-agent': 'Mozilla/5.0 (compatible; Bluesky Cardyb/1.1; +mailto:support@bsky.app)' }, 'GET'],
      [{ 'user-agent': 'http.rb/5.1.1 (Mastodon/4.3.0; +https://mastodon.social/)' }, 'GET'],
      [{ 'user-agent': 'curl/8.5.0' }, 'GET'],
      // light-my-request sends its own User-Agent unless told otherwise: an empty one is what a bare client sends.
      [{ 'user-agent': '' }, 'GET'],
      [{ 'user-agent': SAFARI }, 'HEAD'],
    ];
    for (const [headers, method] of bots) {
      const res = await visit(link!.code, { ...headers, 'x-forwarded-for': freshIp() }, method);
      // A preview fetcher still gets the real destination, so the card it builds is right.
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe(link!.finalUrl);
    }
    await visit(link!.code, { 'user-agent': SAFARI, 'x-forwarded-for': freshIp() });
    const [after] = await listFor(variantId);
    expect(after).toMatchObject({ clicks: 1, botClicks: 6 });

    const reasons = await t.ctx.database.db
      .selectFrom('link_clicks')
      .select(['is_bot', 'bot_reason'])
      .where('link_id', '=', link!.id)
      .where('is_bot', '=', 1)
      .execute();
    expect(reasons.map((r) => r.bot_reason).sort()).toEqual(
      ['bluesky-cardyb', 'curl', 'empty_user_agent', 'googlebot', 'head_request', 'mastodon'].sort(),
    );
  });

  it('counts a double click once, and again after the 30-second window', async () => {
    const { variantId } = await publish('https://example.com/double');
    const [link] = await listFor(variantId);
    const me = { 'user-agent': SAFARI, 'x-forwarded-for': freshIp() };
    expect((await visit(link!.code, me)).statusCode).toBe(302);
    clock.advance(2_000);
    expect((await visit(link!.code, me)).statusCode).toBe(302);
    clock.advance(27_000); // 29 s after the first, still the same click
    await visit(link!.code, me);
    expect((await listFor(variantId))[0]).toMatchObject({ clicks: 1 });

    // Someone else at the same moment is another click; so is a different browser on the same address.
    await visit(link!.code, { 'user-agent': SAFARI, 'x-forwarded-for': freshIp() });
    await visit(link!.code, { 'user-agent': CHROME, 'x-forwarded-for': me['x-forwarded-for'] });
    expect((await listFor(variantId))[0]).toMatchObject({ clicks: 3 });

    clock.advance(31_000);
    await visit(link!.code, me);
    expect((await listFor(variantId))[0]).toMatchObject({ clicks: 4, botClicks: 0 });
  });

  it('answers 404 problems for unknown and malformed codes', async () => {
    for (const code of ['Zz9Zz9Zz', 'short', 'not-a-code-at-all', '%2e%2e']) {
      const res = await visit(code, { 'user-agent': CHROME });
      expect(res.statusCode, code).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json<{ code: string }>().code).toBe('not_found');
    }
  });

  it('keeps redirecting after the post is deleted', async () => {
    const { postId, variantId } = await publish('https://example.com/kept');
    const [link] = await listFor(variantId);
    await new PostsRepository(t.ctx.database.db).deletePost(ws, postId);
    const res = await visit(link!.code, { 'user-agent': CHROME, 'x-forwarded-for': freshIp() });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(link!.finalUrl);
    const all = (await owner.get(`${base}/links`)).json<{ data: LinkJson[] }>().data;
    expect(all.find((l) => l.id === link!.id)).toMatchObject({ postId: null, variantId: null, clicks: 1 });
  });

  it('lists links by post, newest first, to any member who may read posts', async () => {
    const a = await publish('https://example.com/one and https://example.com/two');
    const byPost = (await owner.get(`${base}/links?postId=${a.postId}`)).json<{ data: LinkJson[] }>().data;
    expect(byPost.map((l) => l.targetUrl).sort()).toEqual([
      'https://example.com/one',
      'https://example.com/two',
    ]);
    expect(byPost.every((l) => l.postId === a.postId)).toBe(true);

    const analyst = await addMember(t.app, ws, 'analyst');
    const seen = await analyst.client.get(`${base}/links?postId=${a.postId}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<{ data: LinkJson[] }>().data).toHaveLength(2);

    const limited = await owner.get(`${base}/links?limit=1`);
    expect(limited.json<{ data: LinkJson[] }>().data).toHaveLength(1);
    const bad = await owner.get(`${base}/links?limit=0`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('limit');
  });

  it("never shows another workspace's links", async () => {
    const other = await signUp(t.app);
    const theirs = await publish('https://example.com/theirs', { workspaceId: other.workspaceId });
    const [theirLink] = await listFor(theirs.variantId, other.client, other.workspaceId);
    expect(theirLink).toBeDefined();

    // Filtering by their ids from our workspace finds nothing; our full list does not hold it.
    expect(await listFor(theirs.variantId)).toEqual([]);
    const byPost = await owner.get(`${base}/links?postId=${theirs.postId}`);
    expect(byPost.json<{ data: LinkJson[] }>().data).toEqual([]);
    const ours = (await owner.get(`${base}/links?limit=500`)).json<{ data: LinkJson[] }>().data;
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.some((l) => l.id === theirLink!.id)).toBe(false);

    const series = await owner.get(`${base}/links/${theirLink!.id}/clicks`);
    expect(series.statusCode).toBe(404);
    // Not a member of theirs: 404 on their workspace too.
    expect((await owner.get(`/api/v1/workspaces/${other.workspaceId}/links`)).statusCode).toBe(404);
  });

  it('gives a day series in the workspace time zone', async () => {
    clock.set('2026-12-10T12:00:00.000Z');
    const { variantId } = await publish('https://example.com/series');
    const [link] = await listFor(variantId);
    const hit = async (at: string, ua = CHROME) => {
      clock.set(at);
      await visit(link!.code, { 'user-agent': ua, 'x-forwarded-for': freshIp() });
    };
    await hit('2026-12-10T22:59:00.000Z'); // 23:59 in Paris, Dec 10
    await hit('2026-12-10T23:01:00.000Z'); // 00:01 in Paris, Dec 11
    await hit('2026-12-11T08:00:00.000Z');
    await hit('2026-12-11T09:00:00.000Z', 'Twitterbot/1.0');

    const res = await owner.get(`${base}/links/${link!.id}/clicks?from=2026-12-09&to=2026-12-12`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<{ data: SeriesJson }>().data;
    expect(s).toMatchObject({
      linkId: link!.id,
      timeZone: 'Europe/Paris',
      from: '2026-12-09',
      to: '2026-12-12',
    });
    expect(s.points).toEqual([
      { date: '2026-12-09', clicks: 0, botClicks: 0 },
      { date: '2026-12-10', clicks: 1, botClicks: 0 },
      { date: '2026-12-11', clicks: 2, botClicks: 1 },
      { date: '2026-12-12', clicks: 0, botClicks: 0 },
    ]);
    expect(s.totals).toEqual({ clicks: 3, botClicks: 1 });

    // Default: the 30 days up to today in the workspace.
    const byDefault = (await owner.get(`${base}/links/${link!.id}/clicks`)).json<{ data: SeriesJson }>().data;
    expect(byDefault.points).toHaveLength(30);
    expect(byDefault.to).toBe('2026-12-11');
    expect(byDefault.totals.clicks).toBe(3);

    const reversed = await owner.get(`${base}/links/${link!.id}/clicks?from=2026-12-12&to=2026-12-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('from');
    const tooLong = await owner.get(`${base}/links/${link!.id}/clicks?from=2025-01-01&to=2026-12-01`);
    expect(tooLong.statusCode).toBe(400);
    const badDate = await owner.get(`${base}/links/${link!.id}/clicks?from=yesterday`);
    expect(badDate.statusCode).toBe(400);
  });
});

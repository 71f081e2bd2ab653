import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import { PostsRepository } from '../../src/modules/publishing/scheduler/posts.repository.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember, RESOURCE_FACTORIES } from '../support/resource-factories.js';

interface FeedJson {
  id: string;
  label: string;
  url: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const NOW = '2026-11-28T10:00:00.000Z';
const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.parse(NOW) + n * DAY).toISOString();
/** RFC 5545 §3.1 unfolding: a CRLF followed by one space disappears. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe.each(DIALECTS)('iCalendar feeds on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let handle: string;
  const v: Record<string, string> = {};
  const feeds = (workspaceId = ws) => `/api/v1/workspaces/${workspaceId}/calendar/feeds`;
  /** The path of a feed URL (the test server is reached with inject, not over the network). */
  const pathOf = (url: string) => new URL(url).pathname;
  const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: pathOf(url) });

  /** One post with one variant on `accountId`, in the given state. */
  async function variant(
    workspaceId: string,
    accountId: string,
    o: {
      title: string;
      text: string;
      status: string;
      scheduledAt: string | null;
      publishedAt?: string;
      remoteUrl?: string;
    },
  ): Promise<string> {
    const postId = newId();
    await t.ctx.database.db
      .insertInto('posts')
      .values({
        id: postId,
        workspace_id: workspaceId,
        title: o.title,
        objective_id: null,
        action_id: null,
        pillar_id: null,
        created_by: null,
        created_at: NOW,
        updated_at: NOW,
      })
      .execute();
    const id = newId();
    await new PostsRepository(t.ctx.database.db).createVariants([
      { id, workspaceId, postId, accountId, text: o.text, scheduledAt: o.scheduledAt, now: NOW },
    ]);
    await t.ctx.database.db
      .updateTable('post_variants')
      .set({ status: o.status, published_at: o.publishedAt ?? null, remote_url: o.remoteUrl ?? null })
      .where('id', '=', id)
      .execute();
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    (t.clock as ManualClock).set(NOW);
    ({ client: owner, workspaceId: ws } = await signUp(t.app, { workspaceName: 'Acme, Inc.' }));
    const accountId = await RESOURCE_FACTORIES['connected-account']!({
      app: t.app,
      ownerClient: owner,
      workspaceId: ws,
    });
    handle = (
      await t.ctx.database.db
        .selectFrom('connected_accounts')
        .select('handle')
        .where('id', '=', accountId)
        .executeTakeFirstOrThrow()
    ).handle;
    v.scheduled = await variant(ws, accountId, {
      title: 'Launch, day 1',
      text: `Été 🌞 à Paris; café, croissants\net ${'très '.repeat(30)}bien \\o/`,
      status: 'scheduled',
      scheduledAt: inDays(2),
    });
    v.published = await variant(ws, accountId, {
      title: 'Teaser',
      text: 'Coming soon',
      status: 'published',
      scheduledAt: inDays(-5),
      publishedAt: new Date(Date.parse(inDays(-5)) + 40_000).toISOString(),
      remoteUrl: 'https://mastodon.example/@factory/1',
    });
    v.failed = await variant(ws, accountId, {
      title: 'Oops',
      text: 'Did not go',
      status: 'failed',
      scheduledAt: inDays(-1),
    });
    v.draft = await variant(ws, accountId, {
      title: 'Draft',
      text: 'Later',
      status: 'draft',
      scheduledAt: inDays(1),
    });
    v.cancelled = await variant(ws, accountId, {
      title: 'Gone',
      text: 'No',
      status: 'cancelled',
      scheduledAt: inDays(3),
    });
    v.tooLate = await variant(ws, accountId, {
      title: 'Far',
      text: 'Far',
      status: 'scheduled',
      scheduledAt: inDays(181),
    });
    v.tooOld = await variant(ws, accountId, {
      title: 'Old',
      text: 'Old',
      status: 'published',
      scheduledAt: inDays(-31),
      publishedAt: inDays(-31),
    });
    const other = await signUp(t.app, { workspaceName: 'Other' });
    const theirAccount = await RESOURCE_FACTORIES['connected-account']!({
      app: t.app,
      ownerClient: other.client,
      workspaceId: other.workspaceId,
    });
    v.otherWorkspace = await variant(other.workspaceId, theirAccount, {
      title: 'Theirs',
      text: 'Theirs',
      status: 'scheduled',
      scheduledAt: inDays(2),
    });
  });
  afterAll(async () => t.close());

  async function createFeed(client: Client, label = 'My calendar'): Promise<FeedJson> {
    const res = await client.post(feeds(), { label });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ data: FeedJson }>().data;
  }

  it('creates a feed whose secret address is shown once and stored only as a hash', async () => {
    const res = await owner.post(feeds(), { label: '  Google Calendar  ' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const feed = res.json<{ data: FeedJson }>().data;
    expect(feed).toMatchObject({ label: 'Google Calendar', createdAt: NOW, lastUsedAt: null });
    const m = /^http:\/\/localhost:\d+\/ical\/(prs_cal_[A-Za-z0-9_-]{43})\.ics$/.exec(feed.url);
    expect(m, feed.url).not.toBeNull();
    const token = m![1]!;

    const row = await t.ctx.database.db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('id', '=', feed.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(crypto.createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token.slice(8, 30));

    const list = await owner.get(feeds());
    expect(list.statusCode).toBe(200);
    const listed = list.json<{ data: FeedJson[] }>().data.find((f) => f.id === feed.id)!;
    expect(listed.label).toBe('Google Calendar');
    expect(listed.url).not.toContain(token);
    expect(listed.url).toMatch(/\/ical\/prs_cal_\*+\.ics$/);

    const audit = await t.ctx.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('object_id', '=', feed.id)
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('calendar_feed.created');
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('serves an RFC 5545 calendar of the scheduled, published and failed posts in the window', async () => {
    const feed = await createFeed(owner);
    const res = await fetchFeed(feed.url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');

    const body = res.body;
    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(body).not.toContain('\uFFFD');

    const lines = unfold(body).split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//Presence//Calendar feed//EN');
    expect(lines).toContain('X-WR-CALNAME:Acme\\, Inc.');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);

    const event = (id: string) => {
      const start = lines.indexOf(`UID:${id}@localhost`);
      expect(start, `event ${id}`).toBeGreaterThan(0);
      return lines.slice(start - 1, lines.indexOf('END:VEVENT', start) + 1);
    };
    const at = handle.startsWith('@') ? handle : `@${handle}`;
    expect(event(v.scheduled!)).toEqual([
      'BEGIN:VEVENT',
      `UID:${v.scheduled}@localhost`,
      'DTSTAMP:20261128T100000Z',
      'DTSTART:20261130T100000Z',
      'DURATION:PT15M',
      `SUMMARY:[mastodon ${at}] Launch\\, day 1`,
      `DESCRIPTION:Été 🌞 à Paris\\; café\\, croissants\\net ${'très '.repeat(30)}bien \\\\o/`,
      'STATUS:CONFIRMED',
      'END:VEVENT',
    ]);
    // Published: at its publication time, with the post's address on the network.
    expect(event(v.published!)).toContain('DTSTART:20261123T100040Z');
    expect(event(v.published!)).toContain('URL:https://mastodon.example/@factory/1');
    expect(event(v.published!)).toContain('STATUS:CONFIRMED');
    expect(event(v.failed!)).toContain('STATUS:CANCELLED');
    expect(event(v.failed!).some((l) => l.startsWith('URL:'))).toBe(false);
    for (const id of [v.draft, v.cancelled, v.tooLate, v.tooOld, v.otherWorkspace])
      expect(body).not.toContain(id!);

    const listed = (await owner.get(feeds())).json<{ data: FeedJson[] }>().data.find((f) => f.id === feed.id);
    expect(listed?.lastUsedAt).toBe(NOW);
  });

  it('answers 404 alike for an unknown secret, a revoked feed and a malformed address', async () => {
    const feed = await createFeed(owner, 'To revoke');
    expect((await fetchFeed(feed.url)).statusCode).toBe(200);
    const del = await owner.delete(`${feeds()}/${feed.id}`);
    expect(del.statusCode, del.body).toBe(204);
    const revoked = await fetchFeed(feed.url);
    const unknown = await t.app.inject({ method: 'GET', url: `/ical/prs_cal_${'A'.repeat(43)}.ics` });
    const garbage = await t.app.inject({ method: 'GET', url: '/ical/nope.ics' });
    for (const res of [revoked, unknown, garbage]) {
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(revoked.json().detail).toBe(unknown.json().detail);
    expect(revoked.json().code).toBe(unknown.json().code);
    // Revoked feeds leave the list; revoking again changes nothing.
    expect((await owner.get(feeds())).json<{ data: FeedJson[] }>().data.map((f) => f.id)).not.toContain(
      feed.id,
    );
    expect((await owner.delete(`${feeds()}/${feed.id}`)).statusCode).toBe(204);
    const audits = await t.ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', feed.id)
      .execute();
    expect(audits.map((a) => a.action).sort()).toEqual(['calendar_feed.created', 'calendar_feed.revoked']);
  });

  it('keeps each member’s feeds to themselves', async () => {
    const ownerFeed = await createFeed(owner, 'Owner only');
    const analyst = await addMember(t.app, ws, 'analyst');
    const theirs = await createFeed(analyst.client, 'Analyst feed');
    const seen = (await analyst.client.get(feeds())).json<{ data: FeedJson[] }>().data.map((f) => f.id);
    expect(seen).toEqual([theirs.id]);
    expect((await owner.get(feeds())).json<{ data: FeedJson[] }>().data.map((f) => f.id)).not.toContain(
      theirs.id,
    );
    // Not even an owner revokes someone else's feed: it does not exist for them.
    expect((await analyst.client.delete(`${feeds()}/${ownerFeed.id}`)).statusCode).toBe(404);
    expect((await owner.delete(`${feeds()}/${theirs.id}`)).statusCode).toBe(404);
    expect((await fetchFeed(ownerFeed.url)).statusCode).toBe(200);
    expect((await fetchFeed(theirs.url)).statusCode).toBe(200);
  });

  it('follows the member’s current access: a role without posts.read, or leaving, closes the feed', async () => {
    const member = await addMember(t.app, ws, 'editor');
    const feed = await createFeed(member.client, 'Editor feed');
    expect((await fetchFeed(feed.url)).statusCode).toBe(200);

    const demote = await owner.patch(`/api/v1/workspaces/${ws}/members/${member.membershipId}`, {
      role: 'guest_reviewer',
    });
    expect(demote.statusCode, demote.body).toBe(200);
    expect((await fetchFeed(feed.url)).statusCode).toBe(404);

    const restore = await owner.patch(`/api/v1/workspaces/${ws}/members/${member.membershipId}`, {
      role: 'editor',
    });
    expect(restore.statusCode, restore.body).toBe(200);
    expect((await fetchFeed(feed.url)).statusCode).toBe(200);

    const remove = await owner.delete(`/api/v1/workspaces/${ws}/members/${member.membershipId}`);
    expect(remove.statusCode, remove.body).toBe(204);
    expect((await fetchFeed(feed.url)).statusCode).toBe(404);
  });

  it('refuses an empty label naming it, and feed creation with an API token', async () => {
    const bad = await owner.post(feeds(), { label: '   ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain('label');

    const created = await owner.post(`/api/v1/workspaces/${ws}/api-tokens`, { name: 'cli', role: 'editor' });
    expect(created.statusCode, created.body).toBe(201);
    const secret = created.json<{ secret: string }>().secret;
    const viaToken = await t.app.inject({
      method: 'POST',
      url: feeds(),
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ label: 'From a token' }),
    });
    expect(viaToken.statusCode, viaToken.body).toBe(403);
    // Reading one's feeds with a token is fine.
    const list = await t.app.inject({
      method: 'GET',
      url: feeds(),
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(list.statusCode, list.body).toBe(200);
  });

  it('moves the window with the clock', async () => {
    const feed = await createFeed(owner, 'Window');
    (t.clock as ManualClock).set(inDays(10));
    try {
      const body = unfold((await fetchFeed(feed.url)).body);
      // Ten days on: the 181-day post is inside, the teaser (−5 days, now −15) still is, nothing else changes.
      expect(body).toContain(`UID:${v.tooLate}@localhost`);
      expect(body).toContain(`UID:${v.published}@localhost`);
      expect(body).not.toContain(`UID:${v.tooOld}@localhost`);
    } finally {
      (t.clock as ManualClock).set(NOW);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCE_FACTORIES } from '../support/resource-factories.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

interface PostJson {
  id: string;
  status: string;
  scheduledAt: string | null;
  variants: { id: string; status: string; scheduledAt: string | null }[];
}

// A draft keeps the time its author typed (an editor cannot schedule; approval will), converted on the
// server from the wall clock and zone — never in the browser.
describe.each(DIALECTS)('planned time of a draft on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let accountId: string;
  const api = (path: string) => `/api/v1/workspaces/${ws}${path}`;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    accountId = await RESOURCE_FACTORIES['connected-account']!({
      app: t.app,
      ownerClient: owner,
      workspaceId: ws,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores the planned time in UTC, taking the first of an ambiguous autumn time, and keeps the draft a draft', async () => {
    const res = await owner.post(api('/posts'), {
      plannedTime: { local: '2027-10-31T02:30', timeZone: 'Europe/Paris' },
      variants: [{ accountId, text: 'Autumn opening hours' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const post = res.json<{ data: PostJson }>().data;
    expect(post.status).toBe('draft');
    expect(post.variants[0]).toMatchObject({ status: 'draft', scheduledAt: '2027-10-31T00:30:00.000Z' });

    const moved = await owner.patch(api(`/posts/${post.id}`), {
      plannedTime: { local: '2027-11-02T09:15', timeZone: 'America/New_York' },
      variants: [{ id: post.variants[0]!.id, accountId, text: 'Autumn opening hours' }],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    // New York is still on summer time (UTC−4) until 7 November 2027.
    expect(moved.json<{ data: PostJson }>().data.variants[0]!.scheduledAt).toBe('2027-11-02T13:15:00.000Z');
  });

  it('lets a variant keep its own time and names a bad zone', async () => {
    const own = await owner.post(api('/posts'), {
      plannedTime: { local: '2027-06-01T10:00', timeZone: 'Europe/Paris' },
      variants: [{ accountId, text: 'Staggered', scheduledAt: '2027-06-01T12:00:00.000Z' }],
    });
    expect(own.json<{ data: PostJson }>().data.variants[0]!.scheduledAt).toBe('2027-06-01T12:00:00.000Z');
    const bad = await owner.post(api('/posts'), {
      plannedTime: { local: '2027-06-01T10:00', timeZone: 'Mars/Olympus' },
      variants: [{ accountId, text: 'Nowhere' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('plannedTime');
  });
});

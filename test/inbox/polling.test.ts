import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { RESOURCE_FACTORIES, addMember } from '../support/resource-factories.js';
import { DIALECTS } from '../support/databases.js';

interface PollingJson {
  accountId: string;
  intervalSeconds: number;
  nextPollAt: string;
  lastPolledAt: string | null;
}

describe.each(DIALECTS)('inbox poll interval per account on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists each account’s interval, sets it within bounds, and polls now when asked', async () => {
    const accountId = await RESOURCE_FACTORIES['connected-account']!({
      app: t.app,
      ownerClient: owner,
      workspaceId: ws,
    });
    const list = await owner.get(`/api/v1/workspaces/${ws}/inbox/polling`);
    expect(list.statusCode).toBe(200);
    const [row] = list.json<{ data: PollingJson[] }>().data;
    expect(row).toMatchObject({ accountId, intervalSeconds: 120, lastPolledAt: null });

    const url = `/api/v1/workspaces/${ws}/inbox/accounts/${accountId}/polling`;
    // Push the next poll far away, as a backoff would, then check each change against it.
    const far = new Date(Date.now() + 3 * 3600_000).toISOString();
    await t.app.ctx.database.db
      .updateTable('inbox_cursors')
      .set({ next_poll_at: far })
      .where('account_id', '=', accountId)
      .execute();
    const longer = await owner.put(url, { intervalSeconds: 3600 });
    expect(longer.statusCode).toBe(200);
    const l = longer.json<{ data: PollingJson }>().data;
    expect(l.intervalSeconds).toBe(3600);
    // Due sooner under the new interval: moved earlier, never later.
    expect(Date.parse(l.nextPollAt)).toBeLessThan(Date.parse(far));
    expect(Date.parse(l.nextPollAt)).toBeGreaterThan(Date.now() + 3500_000);

    const before = Date.now();
    const now = (await owner.put(url, { intervalSeconds: 60, pollNow: true })).json<{ data: PollingJson }>()
      .data;
    expect(now.intervalSeconds).toBe(60);
    expect(Date.parse(now.nextPollAt)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(now.nextPollAt)).toBeGreaterThanOrEqual(before - 1000);

    for (const intervalSeconds of [59, 3601, 90.5]) {
      const bad = await owner.put(url, { intervalSeconds });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('intervalSeconds');
    }
    const audit = (await owner.get(`/api/v1/workspaces/${ws}/audit?action=inbox.polling.update`)).json<{
      data: unknown[];
    }>();
    expect(audit.data).toHaveLength(2);
  });

  it('lets inbox handlers set it, not readers, and never another workspace’s account', async () => {
    const accountId = await RESOURCE_FACTORIES['connected-account']!({
      app: t.app,
      ownerClient: owner,
      workspaceId: ws,
    });
    const url = `/api/v1/workspaces/${ws}/inbox/accounts/${accountId}/polling`;
    const cm = await addMember(t.app, ws, 'community_manager');
    expect((await cm.client.put(url, { intervalSeconds: 300 })).statusCode).toBe(200);
    const analyst = await addMember(t.app, ws, 'analyst');
    expect((await analyst.client.put(url, { intervalSeconds: 300 })).statusCode).toBe(403);
    expect((await analyst.client.get(`/api/v1/workspaces/${ws}/inbox/polling`)).statusCode).toBe(200);

    const stranger = await signUp(t.app);
    const theirs = `/api/v1/workspaces/${stranger.workspaceId}/inbox/accounts/${accountId}/polling`;
    expect((await stranger.client.put(theirs, { intervalSeconds: 300 })).statusCode).toBe(404);
    const listed = (
      await stranger.client.get(`/api/v1/workspaces/${stranger.workspaceId}/inbox/polling`)
    ).json<{
      data: PollingJson[];
    }>();
    expect(listed.data.map((r) => r.accountId)).not.toContain(accountId);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember } from '../support/resource-factories.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('publishing settings API on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    url = `/api/v1/workspaces/${ws}/publishing/settings`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('publishes missed posts late until the workspace chooses to flag them', async () => {
    expect((await owner.get(url)).json()).toEqual({ data: { missedPostPolicy: 'publish_late' } });
    const res = await owner.put(url, { missedPostPolicy: 'flag' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await owner.get(url)).json()).toEqual({ data: { missedPostPolicy: 'flag' } });
    const audit = (await owner.get(`/api/v1/workspaces/${ws}/audit?action=publishing.settings.update`)).json<{
      data: { before: unknown; after: unknown }[];
    }>();
    expect(audit.data[0]).toMatchObject({
      before: { missedPostPolicy: 'publish_late' },
      after: { missedPostPolicy: 'flag' },
    });
  });

  it('names the field of a bad value and lets only admins change it', async () => {
    const bad = await owner.put(url, { missedPostPolicy: 'never' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('missedPostPolicy');
    const cm = await addMember(t.app, ws, 'community_manager');
    expect((await cm.client.get(url)).statusCode).toBe(200);
    expect((await cm.client.put(url, { missedPostPolicy: 'publish_late' })).statusCode).toBe(403);
  });
});

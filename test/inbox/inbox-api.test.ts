import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { RESOURCE_FACTORIES, addMember } from '../support/resource-factories.js';
import { DIALECTS } from '../support/databases.js';

interface ItemJson {
  id: string;
  state: string;
  priority: string;
  assigneeId: string | null;
  departmentId: string | null;
  tags: string[];
  isQuestion: boolean;
  clock: { status: string; minutesLeft: number | null };
}

describe.each(DIALECTS)('inbox API on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let base: string;
  const make = () => RESOURCE_FACTORIES['inbox-item']!({ app: t.app, ownerClient: owner, workspaceId: ws });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    base = `/api/v1/workspaces/${ws}/inbox/items`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists items newest first with their clock, pages with a cursor and filters', async () => {
    const ids = [await make(), await make(), await make()];
    const first = await owner.get(`${base}?limit=2`);
    expect(first.statusCode).toBe(200);
    const page1 = first.json<{ data: ItemJson[]; nextCursor: string | null }>();
    expect(page1.data).toHaveLength(2);
    expect(page1.data[0]!.clock).toMatchObject({ status: 'running' });
    expect(page1.nextCursor).not.toBeNull();
    const page2 = (await owner.get(`${base}?limit=2&before=${encodeURIComponent(page1.nextCursor!)}`)).json<{
      data: ItemJson[];
    }>();
    const seen = [...page1.data, ...page2.data].map((i) => i.id);
    expect(new Set(seen)).toEqual(new Set(ids));

    expect((await owner.get(`${base}?question=false`)).json<{ data: ItemJson[] }>().data).toHaveLength(0);
    expect((await owner.get(`${base}?q=canada`)).json<{ data: ItemJson[] }>().data.length).toBe(3);
    expect((await owner.get(`${base}?q=100%25`)).json<{ data: ItemJson[] }>().data.length).toBe(0);
    const bad = await owner.get(`${base}?state=lost`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('state');
  });

  it('triages: assigning moves a new item to assigned, validation names the field, bulk changes many', async () => {
    const id = await make();
    const cm = await addMember(t.app, ws, 'community_manager');
    const res = await owner.patch(`${base}/${id}`, { assigneeId: cm.userId, tags: ['shipping', 'shipping'] });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ data: ItemJson }>().data).toMatchObject({
      state: 'assigned',
      assigneeId: cm.userId,
      tags: ['shipping'],
    });

    const analyst = await addMember(t.app, ws, 'analyst');
    const refused = await owner.patch(`${base}/${id}`, { assigneeId: analyst.userId });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('assigneeId');
    expect((await owner.patch(`${base}/${id}`, { departmentId: 'nope' })).statusCode).toBe(400);
    expect((await owner.patch(`${base}/${id}`, {})).statusCode).toBe(400);

    const other = await make();
    const bulk = await owner.post(`${base}/bulk`, {
      ids: [id, other],
      set: { state: 'closed', priority: 'low' },
    });
    expect(bulk.statusCode).toBe(200);
    expect(bulk.json<{ data: ItemJson[] }>().data.map((i) => [i.state, i.priority])).toEqual([
      ['closed', 'low'],
      ['closed', 'low'],
    ]);
    const unknown = await owner.post(`${base}/bulk`, { ids: [id, 'missing'], set: { state: 'new' } });
    expect(unknown.statusCode).toBe(404);
    const still = (await owner.get(`${base}/${id}`)).json<{ data: ItemJson }>().data;
    expect(still.state).toBe('closed');

    const audit = (await owner.get(`/api/v1/workspaces/${ws}/audit?action=inbox.triage`)).json<{
      data: unknown[];
    }>();
    expect(audit.data.length).toBeGreaterThanOrEqual(3);
  });

  it('opens an item with its conversation and the author history', async () => {
    const id = await make();
    const res = await owner.get(`${base}/${id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ data: ItemJson; thread: ItemJson[]; history: ItemJson[] }>();
    expect(body.thread.map((i) => i.id)).toEqual([id]);
    expect(body.history).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlotsRepository } from '../../src/modules/publishing/slots/slots.repository.js';
import { nextFreeSlot } from '../../src/modules/publishing/slots/slots.rules.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember, RESOURCE_FACTORIES } from '../support/resource-factories.js';

interface SlotsJson {
  data: { timeZone: string; slots: { weekday: number; time: string }[] };
}
interface ProblemJson {
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}

describe.each(DIALECTS)('posting slots API on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let accountId: string;
  const url = (id = accountId, workspaceId = ws) => `/api/v1/workspaces/${workspaceId}/accounts/${id}/slots`;
  const newAccount = (client: Client, workspaceId: string) =>
    RESOURCE_FACTORIES['connected-account']!({ app: t.app, ownerClient: client, workspaceId });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    accountId = await newAccount(owner, ws);
  });
  afterAll(async () => t.close());

  it('starts empty and names the workspace time zone', async () => {
    const res = await owner.get(url());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<SlotsJson>().data).toEqual({ timeZone: 'Europe/Paris', slots: [] });
  });

  it('replaces the set and returns it sorted, then reads it back', async () => {
    const res = await owner.put(url(), {
      slots: [
        { weekday: 3, time: '12:30' },
        { weekday: 1, time: '17:00' },
        { weekday: 1, time: '09:00' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const expected = [
      { weekday: 1, time: '09:00' },
      { weekday: 1, time: '17:00' },
      { weekday: 3, time: '12:30' },
    ];
    expect(res.json<SlotsJson>().data.slots).toEqual(expected);
    expect((await owner.get(url())).json<SlotsJson>().data.slots).toEqual(expected);

    const second = await owner.put(url(), { slots: [{ weekday: 7, time: '08:15' }] });
    expect(second.json<SlotsJson>().data.slots).toEqual([{ weekday: 7, time: '08:15' }]);
    const rows = await t.ctx.database.db
      .selectFrom('posting_slots')
      .selectAll()
      .where('account_id', '=', accountId)
      .execute();
    expect(rows.map((r) => [Number(r.weekday), r.time, r.workspace_id])).toEqual([[7, '08:15', ws]]);
  });

  it('writes an audit entry with the slots before and after', async () => {
    await owner.put(url(), { slots: [{ weekday: 2, time: '10:00' }] });
    const entry = await t.ctx.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('action', '=', 'posting_slots.updated')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.object_id).toBe(accountId);
    expect(JSON.parse(entry.before!)).toEqual([{ weekday: 7, time: '08:15' }]);
    expect(JSON.parse(entry.after!)).toEqual([{ weekday: 2, time: '10:00' }]);
  });

  it('empties the set with an empty list', async () => {
    const res = await owner.put(url(), { slots: [] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<SlotsJson>().data.slots).toEqual([]);
  });

  it.each([
    ['an hour of 24', { weekday: 1, time: '24:00' }, 'slots.3.time'],
    ['a time without leading zero', { weekday: 1, time: '9:00' }, 'slots.3.time'],
    ['weekday 0', { weekday: 0, time: '09:00' }, 'slots.3.weekday'],
    ['weekday 8', { weekday: 8, time: '09:00' }, 'slots.3.weekday'],
  ])('refuses %s naming the field', async (_what, bad, field) => {
    const good = [1, 2, 3].map((weekday) => ({ weekday, time: '08:00' }));
    const res = await owner.put(url(), { slots: [...good, bad] });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<ProblemJson>().errors?.map((e) => e.field)).toContain(field);
  });

  it('refuses a slot listed twice, naming the second one, and keeps the old set', async () => {
    await owner.put(url(), { slots: [{ weekday: 4, time: '18:00' }] });
    const res = await owner.put(url(), {
      slots: [
        { weekday: 1, time: '09:00' },
        { weekday: 2, time: '09:00' },
        { weekday: 1, time: '09:00' },
      ],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<ProblemJson>().errors?.map((e) => e.field)).toEqual(['slots.2.time']);
    expect((await owner.get(url())).json<SlotsJson>().data.slots).toEqual([{ weekday: 4, time: '18:00' }]);
  });

  it('answers 404 for an unknown account and for an account of another workspace', async () => {
    expect((await owner.get(url('0190aaaa-0000-7000-8000-000000000000'))).statusCode).toBe(404);
    const other = await signUp(t.app, { workspaceName: 'Other' });
    const theirs = await newAccount(other.client, other.workspaceId);
    expect((await owner.get(url(theirs))).statusCode).toBe(404);
    expect((await owner.put(url(theirs), { slots: [] })).statusCode).toBe(404);
    // Under their own workspace the ids still do not mix: our account is not theirs.
    expect((await other.client.get(url(accountId, other.workspaceId))).statusCode).toBe(404);
  });

  it('lets readers read and only publishers change', async () => {
    const editor = await addMember(t.app, ws, 'editor');
    expect((await editor.client.get(url())).statusCode).toBe(200);
    const denied = await editor.client.put(url(), { slots: [] });
    expect(denied.statusCode).toBe(403);
    const cm = await addMember(t.app, ws, 'community_manager');
    expect((await cm.client.put(url(), { slots: [{ weekday: 5, time: '16:45' }] })).statusCode).toBe(200);
  });

  it('gives the repository and nextFreeSlot what "add to queue" needs, in the workspace zone', async () => {
    await owner.put(url(), {
      slots: [
        { weekday: 7, time: '02:30' },
        { weekday: 1, time: '09:00' },
      ],
    });
    const repo = new SlotsRepository(t.ctx.database.db);
    const slots = await repo.list(ws, accountId);
    const zone = (await repo.workspaceTimeZone(ws))!;
    // Saturday 28 March 2026 noon UTC: the Sunday 02:30 slot falls in the spring-forward gap → 03:00 CEST.
    const first = nextFreeSlot(slots, zone, new Date('2026-03-28T12:00:00Z'), []);
    expect(first?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    const next = nextFreeSlot(slots, zone, new Date('2026-03-28T12:00:00Z'), [first!.toISOString()]);
    expect(next?.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('forgets the slots when the account is disconnected', async () => {
    const id = await newAccount(owner, ws);
    await owner.put(url(id), { slots: [{ weekday: 1, time: '07:00' }] });
    const res = await owner.delete(`/api/v1/workspaces/${ws}/accounts/${id}`);
    expect(res.statusCode, res.body).toBe(204);
    const left = await t.ctx.database.db
      .selectFrom('posting_slots')
      .select('id')
      .where('account_id', '=', id)
      .execute();
    expect(left).toEqual([]);
  });
});

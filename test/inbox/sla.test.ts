import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlaService } from '../../src/modules/inbox/sla/sla.service.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { RESOURCE_FACTORIES, addMember } from '../support/resource-factories.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('response target breaches on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  const make = () => RESOURCE_FACTORIES['inbox-item']!({ app: t.app, ownerClient: owner, workspaceId: ws });
  const db = () => t.ctx.database.db;
  const overdue = (id: string, set: Record<string, unknown> = {}) =>
    db()
      .updateTable('inbox_items')
      .set({ due_at: new Date(Date.now() - 60_000).toISOString(), ...set })
      .where('id', '=', id)
      .execute();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    const hook = await owner.post(`/api/v1/workspaces/${ws}/webhooks`, {
      url: 'https://192.0.2.10/presence/sla',
      events: ['sla.breached'],
    });
    expect(hook.statusCode, hook.body).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it('flags an overdue item once, notifies its assignee and fires the webhook', async () => {
    const cm = await addMember(t.app, ws, 'community_manager');
    const id = await make();
    expect(
      (await owner.patch(`/api/v1/workspaces/${ws}/inbox/items/${id}`, { assigneeId: cm.userId })).statusCode,
    ).toBe(200);
    const notDue = await make();
    const answered = await make();
    const closed = await make();
    await overdue(id);
    await overdue(answered, {
      first_response_at: new Date().toISOString(),
      first_response_source: 'network',
    });
    await overdue(closed, { state: 'closed' });

    // Two workers at once: one flags it.
    const [a, b] = await Promise.all([
      new SlaService(t.ctx).checkBreaches(),
      new SlaService(t.ctx).checkBreaches(),
    ]);
    expect(a + b).toBe(1);
    expect(await new SlaService(t.ctx).checkBreaches()).toBe(0);

    const rows = await db()
      .selectFrom('inbox_items')
      .select(['id', 'breached_at'])
      .where('id', 'in', [id, notDue, answered, closed])
      .execute();
    const flagged = new Map(rows.map((r) => [r.id, r.breached_at]));
    expect(flagged.get(id)).not.toBeNull();
    expect([flagged.get(notDue), flagged.get(answered), flagged.get(closed)]).toEqual([null, null, null]);

    const notes = await db()
      .selectFrom('notifications')
      .select(['user_id', 'type', 'link'])
      .where('workspace_id', '=', ws)
      .where('type', '=', 'sla.breached')
      .execute();
    expect(notes).toEqual([{ user_id: cm.userId, type: 'sla.breached', link: `/w/${ws}/inbox/${id}` }]);
    const deliveries = await db()
      .selectFrom('webhook_deliveries')
      .select(['event_type', 'payload'])
      .where('workspace_id', '=', ws)
      .where('event_type', '=', 'sla.breached')
      .execute();
    expect(deliveries).toHaveLength(1);
    expect(JSON.parse(deliveries[0]!.payload)).toMatchObject({ type: 'sla.breached', data: { itemId: id } });

    const view = (await owner.get(`/api/v1/workspaces/${ws}/inbox/items/${id}`)).json<{
      data: { clock: { status: string; minutesLeft: number } };
    }>();
    expect(view.data.clock.status).toBe('breached');
    expect(view.data.clock.minutesLeft).toBeLessThan(0);
  });

  it('tells the department members when the item has a department but no assignee', async () => {
    const cm = await addMember(t.app, ws, 'community_manager');
    const dep = await owner.post(`/api/v1/workspaces/${ws}/departments`, {
      name: `Support ${cm.userId.slice(-4)}`,
    });
    expect(dep.statusCode, dep.body).toBe(201);
    const departmentId = dep.json<{ data: { id: string } }>().data.id;
    await db()
      .insertInto('department_members')
      .values({ department_id: departmentId, membership_id: cm.membershipId, workspace_id: ws })
      .execute();
    const id = await make();
    await overdue(id, { department_id: departmentId });
    expect(await new SlaService(t.ctx).checkBreaches()).toBe(1);
    const to = await db()
      .selectFrom('notifications')
      .select('user_id')
      .where('link', '=', `/w/${ws}/inbox/${id}`)
      .execute();
    expect(to).toEqual([{ user_id: cm.userId }]);
  });

  it('tells the workspace admins when nobody is assigned', async () => {
    const id = await make();
    await overdue(id);
    expect(await new SlaService(t.ctx).checkBreaches()).toBe(1);
    const owners = await db()
      .selectFrom('notifications')
      .innerJoin('memberships', (j) =>
        j
          .onRef('memberships.user_id', '=', 'notifications.user_id')
          .onRef('memberships.workspace_id', '=', 'notifications.workspace_id'),
      )
      .select(['memberships.role', 'notifications.link'])
      .where('notifications.workspace_id', '=', ws)
      .where('notifications.link', '=', `/w/${ws}/inbox/${id}`)
      .execute();
    expect(owners.length).toBeGreaterThanOrEqual(1);
    expect(owners.every((o) => o.role === 'owner' || o.role === 'admin')).toBe(true);
  });
});

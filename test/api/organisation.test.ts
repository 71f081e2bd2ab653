import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember } from '../support/resource-factories.js';

interface CauseHours {
  kind: string;
  networkId?: string;
  format?: string;
  actionId?: string;
  hours: number;
}
interface PersonWeek {
  week: string;
  capacityHours: number;
  plannedHours: number;
  overloaded: boolean;
  causes: CauseHours[];
}
interface Workload {
  weeks: string[];
  people: { resourceId: string; name: string; weeks: PersonWeek[] }[];
  unassigned: { week: string; hours: number; causes: CauseHours[] }[];
  sources: string[];
}

describe.each(DIALECTS)('organisation API on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let base: string;
  let me: string;
  let agency: string;
  let freelancer: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app, { name: 'Camille Durand' }));
    base = `/api/v1/workspaces/${ws}`;
  });
  afterAll(async () => t.close());

  it('adds members and providers as resources, with cost in minor units and the workspace currency', async () => {
    const members = (await owner.get(`${base}/members`)).json<{ data: { id: string; userId: string }[] }>()
      .data;
    const ownerMembership = members.find((m) => m.userId === owner.userId)!.id;
    const created = await owner.post(`${base}/resources`, {
      kind: 'member',
      membershipId: ownerMembership,
      skills: ['writing', 'moderation'],
      capacityHoursPerWeek: 10,
      cost: { model: 'hourly', amount: 4500 },
      coverage: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })),
    });
    expect(created.statusCode, created.body).toBe(201);
    const r = created.json<{ data: { id: string; name: string; cost: unknown } }>().data;
    expect(r.name).toBe('Camille Durand');
    expect(r.cost).toEqual({ model: 'hourly', amount: 4500, currency: 'EUR' });
    me = r.id;

    const again = await owner.post(`${base}/resources`, {
      kind: 'member',
      membershipId: ownerMembership,
      capacityHoursPerWeek: 5,
    });
    expect(again.statusCode).toBe(409);
    const noName = await owner.post(`${base}/resources`, { kind: 'provider', capacityHoursPerWeek: 5 });
    expect(noName.statusCode).toBe(400);
    expect(noName.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('name');

    agency = (
      await owner.post(`${base}/resources`, {
        kind: 'provider',
        name: 'Agence Lumière',
        providerType: 'agency',
        skills: ['visuals', 'video'],
        capacityHoursPerWeek: 30,
        cost: { model: 'monthly_fee', amount: 250000 },
      })
    ).json<{ data: { id: string } }>().data.id;
    freelancer = (
      await owner.post(`${base}/resources`, {
        kind: 'provider',
        name: 'Sam Freelance',
        providerType: 'freelancer',
        capacityHoursPerWeek: 8,
        cost: { model: 'hourly', amount: 6000 },
        coverage: [6, 0].map((day) => ({ day, start: '10:00', end: '12:00' })),
      })
    ).json<{ data: { id: string } }>().data.id;
    const list = (await owner.get(`${base}/resources`)).json<{ data: { name: string }[] }>().data;
    expect(list.map((x) => x.name)).toEqual(['Agence Lumière', 'Camille Durand', 'Sam Freelance']);
  });

  it('plans a month of content from the strategy and flags the overload with its causes', async () => {
    expect(
      (
        await owner.put(`${base}/editorial-line`, {
          frequencies: [
            { networkId: 'linkedin', postsPerWeek: 5 },
            { networkId: 'x', postsPerWeek: 10 },
          ],
        })
      ).statusCode,
    ).toBe(200);
    await owner.put(`${base}/network-plans`, {
      networkId: 'linkedin',
      formatMix: { carousel: 1, video: 1 },
      expectedMessagesPerWeek: 20,
    });
    const xPlan = await owner.put(`${base}/network-plans`, { networkId: 'x', expectedMessagesPerWeek: 50 });
    expect(
      xPlan.json<{ data: { replyTargetMinutes: number; replyTargetIsDefault: boolean } }>().data,
    ).toMatchObject({
      replyTargetMinutes: 30,
      replyTargetIsDefault: true,
    });
    for (const body of [
      { process: 'publishing', networkId: 'linkedin', responsible: [me], accountable: me },
      { process: 'inbox', networkId: 'x', responsible: [me] },
      { process: 'inbox', networkId: 'linkedin', responsible: [agency, freelancer] },
      { process: 'approvals', responsible: [me] },
    ]) {
      const res = await owner.put(`${base}/process-raci`, body);
      expect(res.statusCode, res.body).toBe(200);
    }
    expect(
      (await owner.put(`${base}/process-raci`, { process: 'inbox', responsible: [me] })).statusCode,
    ).toBe(400);
    const unknown = await owner.put(`${base}/process-raci`, {
      process: 'approvals',
      responsible: ['nobody'],
    });
    expect(unknown.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('responsible');

    const members = (await owner.get(`${base}/members`)).json<{ data: { id: string; userId: string }[] }>()
      .data;
    const action = await owner.post(`${base}/actions`, {
      title: 'Monthly webinar',
      startDate: '2026-03-01',
      endDate: '2026-04-30',
      raci: { responsible: [members.find((m) => m.userId === owner.userId)!.id] },
    });
    expect(action.statusCode, action.body).toBe(201);
    const actionId = action.json<{ data: { id: string } }>().data.id;
    expect((await owner.put(`${base}/action-efforts`, { actionId, hoursPerWeek: 3 })).statusCode).toBe(200);

    const res = await owner.get(`${base}/workload?from=2026-03-23&to=2026-04-19`);
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json<{ data: Workload }>().data;
    expect(w.weeks).toEqual(['2026-W13', '2026-W14', '2026-W15', '2026-W16']);
    expect(w.sources).toEqual(['strategy']);
    const mine = w.people.find((p) => p.resourceId === me)!.weeks[0]!;
    // LinkedIn: 2.5 carousels × 2 h + 2.5 videos × 6 h; X inbox: 50 × 0.1 h; webinar 3 h.
    expect(mine).toMatchObject({ plannedHours: 28, capacityHours: 10, overloaded: true });
    expect(mine.causes[0]).toMatchObject({
      kind: 'publishing',
      networkId: 'linkedin',
      format: 'video',
      hours: 15,
    });
    expect(mine.causes).toContainEqual(expect.objectContaining({ kind: 'action', actionId, hours: 3 }));
    const agencyWeek = w.people.find((p) => p.resourceId === agency)!.weeks[0]!;
    expect(agencyWeek.plannedHours).toBe(1);
    // Nobody publishes on X: its 10 short posts are unassigned.
    expect(w.unassigned[0]).toMatchObject({ week: '2026-W13', hours: 5 });

    await owner.put(`${base}/effort-estimates`, { estimates: [{ format: 'video', hours: 4 }] });
    const efforts = (await owner.get(`${base}/effort-estimates`)).json<{
      data: { format: string; hours: number; isDefault: boolean }[];
    }>().data;
    expect(efforts.find((e) => e.format === 'video')).toMatchObject({ hours: 4, isDefault: false });
    const abs = await owner.post(`${base}/resources/${me}/absences`, {
      startDate: '2026-03-23',
      endDate: '2026-03-24',
      reason: 'Training',
    });
    expect(abs.statusCode, abs.body).toBe(201);
    const after = (await owner.get(`${base}/workload?from=2026-03-23&to=2026-03-29`)).json<{
      data: Workload;
    }>().data;
    expect(after.people.find((p) => p.resourceId === me)!.weeks[0]).toMatchObject({
      plannedHours: 23,
      capacityHours: 6,
    });

    expect((await owner.get(`${base}/workload?from=2026-01-01&to=2026-12-31`)).statusCode).toBe(400);
    expect((await owner.get(`${base}/workload?from=2026-03-23&to=2026-03-01`)).statusCode).toBe(400);
  });

  it('finds the weekend gap on X against its 30-minute target, in Paris time across the March change', async () => {
    const res = await owner.get(`${base}/coverage?week=2026-W14`);
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json<{
      data: {
        timeZone: string;
        networks: {
          networkId: string;
          replyTargetMinutes: number;
          gaps: { localStart: string; localEnd: string; minutes: number; localBreachUntil: string | null }[];
        }[];
      };
    }>().data;
    expect(data.timeZone).toBe('Europe/Paris');
    const x = data.networks.find((n) => n.networkId === 'x')!;
    expect(x.replyTargetMinutes).toBe(30);
    const weekend = x.gaps.find((g) => g.localStart === '2026-04-03T18:00')!;
    expect(weekend).toMatchObject({
      localEnd: '2026-04-06T09:00',
      minutes: 63 * 60,
      localBreachUntil: '2026-04-06T08:30',
    });
    // LinkedIn's inbox is only covered by the freelancer at weekends (the agency gave no hours).
    const li = data.networks.find((n) => n.networkId === 'linkedin')!;
    expect(li.replyTargetMinutes).toBe(240);
    expect(li.gaps.some((g) => g.localStart === '2026-04-04T12:00')).toBe(true);
    expect((await owner.get(`${base}/coverage?week=2025-W53`)).statusCode).toBe(400);
  });

  it('records every change in the audit log and keeps others out', async () => {
    const audit = (await owner.get(`${base}/audit?limit=100`))
      .json<{ data: { action: string }[] }>()
      .data.map((e) => e.action);
    for (const a of [
      'resource.created',
      'process_raci.saved',
      'network_plan.saved',
      'effort_estimates.updated',
      'action_effort.saved',
      'resource.absence_added',
    ]) {
      expect(audit).toContain(a);
    }
    const analyst = await addMember(t.app, ws, 'analyst');
    expect((await analyst.client.get(`${base}/workload?from=2026-03-23&to=2026-03-29`)).statusCode).toBe(200);
    expect(
      (
        await analyst.client.post(`${base}/resources`, {
          kind: 'provider',
          name: 'X',
          capacityHoursPerWeek: 1,
        })
      ).statusCode,
    ).toBe(403);
    const staff = await owner.get(`${base}/budget/staff-time?month=2026-04`);
    expect(staff.statusCode, staff.body).toBe(200);
    const st = staff.json<{
      data: {
        weeks: string[];
        currency: string;
        total: number;
        people: { resourceId: string; hours: number; cost: number }[];
      };
    }>().data;
    // April's ISO weeks are those whose Thursday is in April: W14 (Thursday 2 April) to W18 (30 April).
    expect(st.weeks).toEqual(['2026-W14', '2026-W15', '2026-W16', '2026-W17', '2026-W18']);
    const mine = st.people.find((p) => p.resourceId === me)!;
    // 15 h LinkedIn + 5 h X inbox + 3 h webinar (it ends on 30 April, inside W18), five weeks.
    expect(mine.hours).toBe(5 * 23);
    expect(mine.cost).toBe(Math.round(mine.hours * 4500));
    expect(st.people.find((p) => p.resourceId === agency)!.cost).toBe(250000);
    expect(st.total).toBe(st.people.reduce((sum, p) => sum + p.cost, 0));

    const removed = await owner.delete(`${base}/resources/${freelancer}`);
    expect(removed.statusCode).toBe(204);
    const raci = (await owner.get(`${base}/process-raci`)).json<{
      data: { process: string; networkId: string | null; responsible: string[] }[];
    }>().data;
    expect(raci.find((r) => r.process === 'inbox' && r.networkId === 'linkedin')!.responsible).toEqual([
      agency,
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../core/clock.js';
import { DIALECTS } from '../../../../test/support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../../../../test/support/app.js';
import { addMember } from '../../../../test/support/resource-factories.js';
import { organisationSummary } from '../../organisation/organisation.summary.js';
import { budgetSummaryForDocuments } from '../../budget/budget.summary-for-documents.js';
import { StrategyDocumentsService } from '../strategy-documents.service.js';
import type { Actor } from '../../../app/http/principal.js';
import type { StrategySnapshot } from '../strategy.model.js';
import { renderBriefingPdf, renderStrategyMarkdown, renderStrategyPdf } from './index.js';
import { orgLabels } from './org-labels.js';

// Wednesday 2 December 2026, 10:00 in Paris: the workload weeks are 2026-W49..W52, coverage 2026-W50.
const NOW = '2026-12-02T09:00:00.000Z';

/** Seeds a template strategy with people, plans, RACI and budget lines through the API. */
async function seed(client: Client, base: string) {
  const post = async (url: string, body: unknown) => {
    const res = await client.post(`${base}/${url}`, body);
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json<{ data: { id: string } }>().data;
  };
  const put = async (url: string, body: unknown) => {
    const res = await client.put(`${base}/${url}`, body);
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  };
  await post('strategy/apply-template', { templateId: 'b2b-sme', locale: 'en' });
  const members = (await client.get(`${base}/members`)).json<{ data: { id: string; userId: string }[] }>()
    .data;
  const me = (
    await post('resources', {
      kind: 'member',
      membershipId: members.find((m) => m.userId === client.userId)!.id,
      skills: ['writing', 'moderation'],
      capacityHoursPerWeek: 10,
      cost: { model: 'hourly', amount: 4500 },
      coverage: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })),
    })
  ).id;
  const agency = (
    await post('resources', {
      kind: 'provider',
      name: 'Agence Lumière',
      providerType: 'agency',
      skills: ['visuals', 'video'],
      capacityHoursPerWeek: 30,
      cost: { model: 'monthly_fee', amount: 250000 },
    })
  ).id;
  // The template posts 3 times a week on LinkedIn, 0.5 on YouTube and once on Facebook.
  await put('network-plans', {
    networkId: 'linkedin',
    formatMix: { carousel: 1, video: 1 },
    expectedMessagesPerWeek: 20,
  });
  await put('network-plans', { networkId: 'facebook', expectedMessagesPerWeek: 30 });
  await put('process-raci', {
    process: 'publishing',
    networkId: 'linkedin',
    responsible: [me],
    accountable: me,
  });
  await put('process-raci', { process: 'inbox', networkId: 'facebook', responsible: [me] });
  await put('process-raci', { process: 'inbox', networkId: 'linkedin', responsible: [agency] });
  await put('process-raci', { process: 'approvals', networkId: null, responsible: [me], informed: [agency] });
  const draft = (await client.get(`${base}/strategy`)).json<{ data: StrategySnapshot }>().data;
  const [o1, o2] = draft.objectives;
  const month = '2027-01';
  await post('budget/lines', {
    category: 'content_production',
    label: 'Videos',
    month,
    objectiveId: o1!.id,
    planned: 150000,
    committed: 50000,
  });
  await post('budget/lines', {
    category: 'tools',
    label: 'Scheduler',
    month,
    planned: 30000,
    committed: 30000,
    actual: 29000,
  });
  await post('budget/lines', {
    category: 'sponsored_campaigns',
    label: 'LinkedIn ads',
    month,
    objectiveId: o2!.id,
    planned: 200000,
    actual: 12000,
  });
  return { draft };
}

/** The owner of `workspaceId` as services see them. */
async function actorOf(client: Client, workspaceId: string): Promise<Actor> {
  const user = (await client.get('/api/v1/session')).json<{ user: { email: string; name: string } }>().user;
  const members = (await client.get(`/api/v1/workspaces/${workspaceId}/members`)).json<{
    data: { id: string; userId: string }[];
  }>().data;
  return {
    principal: {
      userId: client.userId,
      email: user.email,
      name: user.name,
      locale: 'en',
      timeZone: null,
      via: 'session',
    },
    userId: client.userId,
    workspaceId,
    membershipId: members.find((m) => m.userId === client.userId)!.id,
    role: 'owner',
    memberRole: 'owner',
    label: user.email,
    ip: null,
  };
}

const pages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe.each(DIALECTS)('organisation and budget in the strategy documents on %s', (dialect) => {
  let t: TestApp;
  let actor: Actor;
  let emptyActor: Actor;
  let draft: StrategySnapshot;
  let workspaceId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: new ManualClock(NOW) });
    const a = await signUp(t.app, { name: 'Camille Durand' });
    ({ draft } = await seed(a.client, `/api/v1/workspaces/${a.workspaceId}`));
    actor = await actorOf(a.client, a.workspaceId);
    workspaceId = a.workspaceId;
    const b = await signUp(t.app, { name: 'Nadia Empty', workspaceName: 'Empty' });
    emptyActor = await actorOf(b.client, b.workspaceId);
  });
  afterAll(async () => t.close());

  it('sums the organisation from stored data: resources, RACI, workload, overloads and coverage', async () => {
    const o = await organisationSummary(t.ctx, actor, new Date(NOW));
    expect(o.resources.map((r) => [r.name, r.kind, r.providerType, r.capacityHoursPerWeek])).toEqual([
      ['Agence Lumière', 'provider', 'agency', 30],
      ['Camille Durand', 'member', null, 10],
    ]);
    expect(o.processes).toContainEqual({
      process: 'approvals',
      networkId: null,
      responsible: ['Camille Durand'],
      accountable: null,
      consulted: [],
      informed: ['Agence Lumière'],
    });
    expect(o.workload.weeks).toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52']);
    const camille = o.workload.people.find((p) => p.name === 'Camille Durand')!;
    // LinkedIn: 1.5 carousels × 2 h + 1.5 videos × 6 h; Facebook inbox: 30 × 0.1 h.
    expect(camille.weeks[0]).toEqual({ week: '2026-W49', plannedHours: 15, capacityHours: 10 });
    expect(o.workload.overloads[0]).toEqual({
      week: '2026-W49',
      name: 'Camille Durand',
      overloadHours: 5,
      mainCause: { kind: 'publishing', networkId: 'linkedin', label: null },
    });
    // Nobody publishes on YouTube (0.5 short post) or Facebook (1 short post).
    expect(o.workload.unassigned[0]).toEqual({ week: '2026-W49', hours: 0.75 });
    expect(o.coverage.week).toBe('2026-W50');
    expect(o.coverage.timeZone).toBe('Europe/Paris');
    const facebook = o.coverage.networks.find((n) => n.networkId === 'facebook')!;
    expect(facebook.coverers).toBe(1);
    expect(facebook.gaps).toBeGreaterThan(0);
    // Camille covers 09:00–18:00 on weekdays: the first gap longer than the target opens on Monday night.
    expect(facebook.firstBreach).toEqual({ localStart: '2026-12-07T00:00', localEnd: '2026-12-07T09:00' });
  });

  it('totals the budget lines of the strategy period per category and objective', async () => {
    const b = await budgetSummaryForDocuments(t.ctx, actor, draft, new Date(NOW));
    expect(b).toMatchObject({
      currency: 'EUR',
      from: '2027-01',
      to: '2027-12',
      period: 'strategy',
      lineCount: 3,
    });
    expect(b.total).toEqual({ planned: 380000, committed: 80000, actual: 41000 });
    expect(b.byCategory.map((c) => [c.category, c.planned])).toEqual([
      ['content_production', 150000],
      ['sponsored_campaigns', 200000],
      ['tools', 30000],
    ]);
    const [o1, o2] = draft.objectives;
    expect(b.byObjective).toContainEqual({
      objectiveId: o1!.id,
      objectiveTitle: o1!.title,
      planned: 150000,
      committed: 50000,
      actual: 0,
    });
    expect(b.byObjective.find((x) => x.objectiveId === o2!.id)?.actual).toBe(12000);
    expect(b.byObjective.find((x) => x.objectiveId === null)?.planned).toBe(30000);
  });

  it('shows an empty workspace as empty, over the current year', async () => {
    const o = await organisationSummary(t.ctx, emptyActor, new Date(NOW));
    expect(o).toMatchObject({ resources: [], processes: [], workload: { people: [], overloads: [] } });
    expect(o.coverage.networks).toEqual([]);
    const b = await budgetSummaryForDocuments(t.ctx, emptyActor, { objectives: [] }, new Date(NOW));
    expect(b).toMatchObject({ from: '2026-01', to: '2026-12', period: 'year', lineCount: 0 });
    expect(b.total).toEqual({ planned: 0, committed: 0, actual: 0 });
  });

  it.each(['en', 'fr'] as const)('puts them in step 8 and on the one-page briefing (%s)', async (locale) => {
    const doc = await new StrategyDocumentsService(t.ctx).prepare(actor, { locale });
    const O = orgLabels(locale);
    const md = renderStrategyMarkdown(doc.snapshot, doc.directory, doc.options);
    const step8 = md.slice(md.indexOf('## 8.'), md.indexOf('## 9.'));
    for (const heading of [O.resources, O.processRaci, O.workload(4), O.coverage('2026-W50'), O.budgetTitle])
      expect(step8).toContain(`### ${heading}`);
    expect(step8).toContain('Agence Lumière');
    expect(step8).toContain('**15 / 10**');
    expect(step8).toContain(O.categories.sponsored_campaigns);
    expect(step8).toContain(O.planEstimate);
    expect(step8).not.toContain(O.noBudget);
    const briefing = await renderBriefingPdf(doc.snapshot, doc.directory, doc.options);
    expect(pages(briefing)).toBe(1);
    expect(pages(await renderStrategyPdf(doc.snapshot, doc.directory, doc.options))).toBeGreaterThan(3);
  });

  it.each(['en', 'fr'] as const)('says plainly when nothing is entered (%s)', async (locale) => {
    const doc = await new StrategyDocumentsService(t.ctx).prepare(emptyActor, { locale });
    const O = orgLabels(locale);
    const md = renderStrategyMarkdown(doc.snapshot, doc.directory, doc.options);
    for (const text of [O.noResources, O.noProcessRaci, O.noWorkloadPeople, O.noCoveragePlan, O.noBudget])
      expect(md).toContain(text);
    expect(pages(await renderBriefingPdf(doc.snapshot, doc.directory, doc.options))).toBe(1);
  });

  it.each([
    ['executive', true, true],
    ['editor', true, false],
    ['approver', false, false],
  ] as const)('gives the %s only what the policy lets them read', async (role, org, budget) => {
    const member = await addMember(t.app, workspaceId, role);
    const res = await member.client.get(`/api/v1/workspaces/${workspaceId}/strategy/document.md?locale=en`);
    expect(res.statusCode, res.body).toBe(200);
    const O = orgLabels('en');
    expect(res.body.includes(`### ${O.resources}`)).toBe(org);
    expect(res.body.includes('Agence Lumière')).toBe(org);
    expect(res.body.includes(`### ${O.budgetTitle}`)).toBe(budget);
    expect(res.body.includes(O.categories.sponsored_campaigns!)).toBe(budget);
  });
});

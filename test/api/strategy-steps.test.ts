import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';

// CRUD of every step of the strategy through the API, on both engines, with the cross-workspace and
// deletion rules the steps share.

interface Owner {
  client: Client;
  workspaceId: string;
  url: (path: string) => string;
}

async function owner(t: TestApp, name = 'Acme'): Promise<Owner> {
  const { client, workspaceId } = await signUp(t.app, { workspaceName: name });
  return { client, workspaceId, url: (path) => `/api/v1/workspaces/${workspaceId}/${path}` };
}

async function create(o: Owner, path: string, body: unknown): Promise<string> {
  const res = await o.client.post(o.url(path), body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ data: { id: string } }>().data.id;
}

type Heatmap = {
  total: number;
  cells: { likelihood: number; impact: number; count: number; obstacleIds: string[] }[];
};

/** Ids of the `data` list of an answer. */
function ids(res: { json: () => unknown }): string[] {
  return (res.json() as { data: { id: string }[] }).data.map((o) => o.id);
}

function fields(res: { json: () => unknown }): string[] {
  return (res.json() as { errors?: { field: string }[] }).errors?.map((e) => e.field) ?? [];
}

describe.each(DIALECTS)('strategy steps on %s', (dialect) => {
  let t: TestApp;
  let a: Owner;
  let b: Owner;
  let members: { id: string }[];
  let departments: { id: string }[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    a = await owner(t, 'Workspace A');
    b = await owner(t, 'Workspace B');
    members = (await a.client.get(a.url('members'))).json<{ data: { id: string }[] }>().data;
    departments = (await a.client.get(a.url('departments'))).json<{ data: { id: string }[] }>().data;
  });
  afterAll(async () => t.close());

  it('creates, lists, reads, updates and deletes an objective, with an audit entry for each change', async () => {
    const id = await create(a, 'objectives', {
      type: 'sales',
      title: 'Sell online',
      periodStart: '2027-01-01',
    });
    const one = await a.client.get(a.url(`objectives/${id}`));
    expect(one.json().data).toEqual({
      id,
      type: 'sales',
      customType: null,
      title: 'Sell online',
      description: '',
      priority: 'medium',
      periodStart: '2027-01-01',
      periodEnd: null,
    });
    const patched = await a.client.patch(a.url(`objectives/${id}`), {
      priority: 'high',
      periodEnd: '2027-12-31',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().data).toMatchObject({
      priority: 'high',
      title: 'Sell online',
      periodEnd: '2027-12-31',
    });
    const list = await a.client.get(a.url('objectives'));
    expect(ids(list)).toContain(id);
    expect((await a.client.delete(a.url(`objectives/${id}`))).statusCode).toBe(204);
    expect((await a.client.get(a.url(`objectives/${id}`))).statusCode).toBe(404);

    const audit = await a.client.get(a.url(`audit?objectId=${id}`));
    expect(
      audit
        .json<{ data: { action: string }[] }>()
        .data.map((e) => e.action)
        .sort(),
    ).toEqual(['strategy.objective.created', 'strategy.objective.deleted', 'strategy.objective.updated']);
  });

  it('names the invalid field: types, backwards periods, custom types without a label', async () => {
    const bad = await a.client.post(a.url('objectives'), { type: 'world_peace', title: '' });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(expect.arrayContaining(['type', 'title']));
    const backwards = await a.client.post(a.url('objectives'), {
      type: 'loyalty',
      title: 'Keep',
      periodStart: '2027-06-01',
      periodEnd: '2027-01-01',
    });
    expect(fields(backwards)).toEqual(['periodEnd']);
    const custom = await a.client.post(a.url('objectives'), { type: 'custom', title: 'Other' });
    expect(fields(custom)).toEqual(['customType']);
    const noDate = await a.client.post(a.url('objectives'), {
      type: 'sales',
      title: 'X',
      periodStart: '2027-02-30',
    });
    expect(fields(noDate)).toEqual(['periodStart']);
    const unknownKey = await a.client.post(a.url('objectives'), { type: 'sales', title: 'X', colour: 'red' });
    expect(unknownKey.statusCode).toBe(400);
  });

  it('links audiences to objectives of the same workspace only', async () => {
    const mine = await create(a, 'objectives', { type: 'prospecting', title: 'Find leads' });
    const theirs = await create(b, 'objectives', { type: 'sales', title: 'Theirs' });
    const refused = await a.client.post(a.url('audiences'), {
      name: 'Buyers',
      segment: 'b2b',
      objectiveIds: [mine, theirs],
    });
    expect(refused.statusCode).toBe(400);
    expect(fields(refused)).toEqual(['objectiveIds.1']);
    expect(refused.json().detail).toContain('this workspace');

    const id = await create(a, 'audiences', {
      name: 'Buyers',
      segment: 'b2b',
      ageMin: 30,
      ageMax: 55,
      places: ['France'],
      languages: ['fr', 'en-GB'],
      presentOn: ['linkedin'],
      objectiveIds: [mine, mine],
    });
    const got = (await a.client.get(a.url(`audiences/${id}`))).json().data;
    expect(got).toMatchObject({ objectiveIds: [mine], presentOn: ['linkedin'], languages: ['fr', 'en-GB'] });
    const ages = await a.client.patch(a.url(`audiences/${id}`), { ageMin: 60 });
    expect(fields(ages)).toEqual(['ageMax']);
    const network = await a.client.patch(a.url(`audiences/${id}`), { presentOn: ['myspace'] });
    expect(fields(network)).toEqual(['presentOn.0']);
    const patched = await a.client.patch(a.url(`audiences/${id}`), {
      objectiveIds: [],
      needs: ['Quick answers'],
    });
    expect(patched.json().data).toMatchObject({ objectiveIds: [], needs: ['Quick answers'], name: 'Buyers' });
    expect((await a.client.delete(a.url(`audiences/${id}`))).statusCode).toBe(204);
  });

  it('keeps existing actions, value added and network choices consistent', async () => {
    const objective = await create(a, 'objectives', { type: 'loyalty', title: 'Keep customers' });
    const audience = await create(a, 'audiences', {
      name: 'Clients',
      segment: 'b2c',
      objectiveIds: [objective],
    });
    const newsletter = await create(a, 'existing-actions', {
      name: 'Newsletter',
      channel: 'newsletter',
      frequency: 'monthly',
      audienceIds: [audience],
      objectiveIds: [objective],
    });
    expect((await a.client.get(a.url(`existing-actions/${newsletter}`))).json().data).toMatchObject({
      channel: 'newsletter',
      audienceIds: [audience],
      objectiveIds: [objective],
    });

    const va = await create(a, 'value-added', {
      objectiveId: objective,
      networkId: 'instagram',
      statement: 'Behind the scenes the newsletter cannot show',
      complementsExistingActionIds: [newsletter],
    });
    const twice = await a.client.post(a.url('value-added'), {
      objectiveId: objective,
      networkId: 'instagram',
    });
    expect(twice.statusCode).toBe(409);
    expect(fields(twice)).toEqual(['networkId']);

    const choice = await create(a, 'network-choices', {
      networkId: 'instagram',
      rationale: 'Our clients are there',
      objectiveIds: [objective],
      audienceIds: [audience],
    });
    expect((await a.client.get(a.url(`network-choices/${choice}`))).json().data.chosen).toBe(true);
    const again = await a.client.post(a.url('network-choices'), { networkId: 'instagram' });
    expect(again.statusCode).toBe(409);
    const setAside = await a.client.patch(a.url(`network-choices/${choice}`), { chosen: false });
    expect(setAside.json().data).toMatchObject({ chosen: false, rationale: 'Our clients are there' });

    // Deleting the existing action removes it from the statement that complemented it.
    expect((await a.client.delete(a.url(`existing-actions/${newsletter}`))).statusCode).toBe(204);
    expect((await a.client.get(a.url(`value-added/${va}`))).json().data.complementsExistingActionIds).toEqual(
      [],
    );

    const recs = await a.client.get(a.url('network-choices/recommendations'));
    expect(recs.statusCode, recs.body).toBe(200);
    const instagram = recs
      .json<{ data: { networkId: string; choice: unknown; reasons: { text: { fr: string } }[] }[] }>()
      .data.find((r) => r.networkId === 'instagram')!;
    expect(instagram.choice).toEqual({ id: choice, chosen: false });
    expect(instagram.reasons[0]!.text.fr.length).toBeGreaterThan(0);
    expect(recs.json().data).toHaveLength(12);
  });

  it('saves an editorial line whose shares do not add up yet, and keeps pillar ids', async () => {
    const first = await a.client.put(a.url('editorial-line'), {
      tone: 'Warm, expert',
      pillars: [
        { name: 'Expertise', targetShare: 50 },
        { name: 'Team', targetShare: 30, sensitive: true, colour: '#1f6feb' },
      ],
      frequencies: [{ networkId: 'linkedin', postsPerWeek: 3 }],
      wordsToAvoid: ['cheap'],
    });
    expect(first.statusCode, first.body).toBe(200);
    const pillars = first.json().data.pillars as { id: string; name: string }[];
    expect(pillars.map((p) => p.name)).toEqual(['Expertise', 'Team']);

    const second = await a.client.put(a.url('editorial-line'), {
      ...first.json().data,
      pillars: [
        { ...pillars[1], targetShare: 40 },
        { name: 'Offers', targetShare: 60 },
      ],
    });
    expect(second.statusCode, second.body).toBe(200);
    const after = second.json().data.pillars as { id: string; name: string }[];
    expect(after[0]!.id).toBe(pillars[1]!.id);
    expect(after.map((p) => p.name)).toEqual(['Team', 'Offers']);
    expect((await a.client.get(a.url('editorial-line'))).json().data).toMatchObject({
      tone: 'Warm, expert',
      wordsToAvoid: ['cheap'],
      frequencies: [{ networkId: 'linkedin', postsPerWeek: 3 }],
    });

    const stolen = await b.client.put(b.url('editorial-line'), {
      pillars: [{ id: pillars[0]!.id, name: 'X', targetShare: 1 }],
    });
    expect(fields(stolen)).toEqual(['pillars.0.id']);
    const dupes = await a.client.put(a.url('editorial-line'), {
      frequencies: [
        { networkId: 'x', postsPerWeek: 1 },
        { networkId: 'x', postsPerWeek: 2 },
      ],
    });
    expect(fields(dupes)).toEqual(['frequencies.1.networkId']);
    const share = await a.client.put(a.url('editorial-line'), {
      pillars: [{ name: 'Too much', targetShare: 120 }],
    });
    expect(fields(share)).toEqual(['pillars.0.targetShare']);
  });

  it('proposes the cited default target of a metric and types the indicator from it', async () => {
    const objective = await create(a, 'objectives', { type: 'institutional', title: 'Be known' });
    const id = await create(a, 'indicators', {
      objectiveId: objective,
      metric: 'engagement_rate_followers',
      networkId: 'instagram',
    });
    const got = (await a.client.get(a.url(`indicators/${id}`))).json().data;
    expect(got).toMatchObject({ kind: 'roa', unit: 'percent', target: 0.47, networkId: 'instagram' });
    expect(got.targetSource).toContain('Rival IQ');
    // A target typed by hand no longer claims the study as its source.
    const mine = await a.client.patch(a.url(`indicators/${id}`), { target: 1.2 });
    expect(mine.json().data).toMatchObject({ target: 1.2, targetSource: null });

    const switched = await a.client.patch(a.url(`indicators/${id}`), { metric: 'cost_per_acquisition' });
    expect(switched.json().data).toMatchObject({
      kind: 'roi',
      unit: 'currency',
      metric: 'cost_per_acquisition',
    });

    const wrongKind = await a.client.post(a.url('indicators'), {
      objectiveId: objective,
      metric: 'reach',
      kind: 'roi',
    });
    expect(fields(wrongKind)).toEqual(['kind']);
    const unknown = await a.client.post(a.url('indicators'), { objectiveId: objective, metric: 'vibes' });
    expect(fields(unknown)).toEqual(['metric']);
    const theirs = await create(b, 'objectives', { type: 'sales', title: 'Theirs' });
    const cross = await a.client.post(a.url('indicators'), { objectiveId: theirs, metric: 'reach' });
    expect(fields(cross)).toEqual(['objectiveId']);
  });

  it('stores a RACI of members and departments of the workspace only', async () => {
    const [me] = members;
    const [marketing, legal] = departments;
    const id = await create(a, 'actions', {
      title: 'Monthly webinar',
      ownerId: me!.id,
      budgetEstimate: 150000,
      networkIds: ['linkedin', 'youtube'],
      raci: { responsible: [me!.id], accountable: marketing!.id, consulted: [legal!.id], informed: [] },
      startDate: '2027-01-01',
      endDate: '2027-06-30',
    });
    const got = (await a.client.get(a.url(`actions/${id}`))).json().data;
    expect(got).toMatchObject({
      ownerId: me!.id,
      budgetEstimate: 150000,
      networkIds: ['linkedin', 'youtube'],
      status: 'planned',
      raci: { responsible: [me!.id], accountable: marketing!.id, consulted: [legal!.id], informed: [] },
    });

    const foreignMembers = (await b.client.get(b.url('members'))).json<{ data: { id: string }[] }>().data;
    const cross = await a.client.patch(a.url(`actions/${id}`), {
      raci: { responsible: [me!.id, foreignMembers[0]!.id], accountable: null, consulted: [], informed: [] },
    });
    expect(fields(cross)).toEqual(['raci.responsible.1']);
    const crossOwner = await a.client.patch(a.url(`actions/${id}`), { ownerId: marketing!.id });
    expect(fields(crossOwner)).toEqual(['ownerId']);
    const cents = await a.client.patch(a.url(`actions/${id}`), { budgetEstimate: 10.5 });
    expect(fields(cents)).toEqual(['budgetEstimate']);
  });

  it('refuses to delete an objective still used, listing what uses it', async () => {
    const objective = await create(a, 'objectives', { type: 'recruitment', title: 'Hire engineers' });
    const indicator = await create(a, 'indicators', {
      objectiveId: objective,
      metric: 'conversions',
      target: 5,
    });
    const action = await create(a, 'actions', { title: 'Job posts', objectiveId: objective });
    const audience = await create(a, 'audiences', {
      name: 'Engineers',
      segment: 'candidates',
      objectiveIds: [objective],
    });

    const refused = await a.client.delete(a.url(`objectives/${objective}`));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('objective_in_use');
    expect(
      refused
        .json<{ references: { id: string }[] }>()
        .references.map((r) => r.id)
        .sort(),
    ).toEqual([indicator, action].sort());
    expect((await a.client.get(a.url(`objectives/${objective}`))).statusCode).toBe(200);

    await a.client.delete(a.url(`indicators/${indicator}`));
    await a.client.patch(a.url(`actions/${action}`), { objectiveId: null });
    expect((await a.client.delete(a.url(`objectives/${objective}`))).statusCode).toBe(204);
    // The audience stays; only its link to the objective went.
    expect((await a.client.get(a.url(`audiences/${audience}`))).json().data.objectiveIds).toEqual([]);
  });

  it('records obstacles per action, maps them, and deletes them with their action', async () => {
    const action = await create(a, 'actions', { title: 'Customer service on X' });
    const o1 = await create(a, 'obstacles', {
      actionId: action,
      family: 'internal_processes',
      description: 'Legal validates replies in two days',
      likelihood: 4,
      impact: 5,
      mitigation: 'Pre-approved answers',
    });
    await create(a, 'obstacles', {
      actionId: action,
      family: 'budget',
      description: 'No tool',
      likelihood: 4,
      impact: 5,
      status: 'resolved',
    });
    await create(a, 'obstacles', {
      family: 'top_management',
      description: 'Board unconvinced',
      likelihood: 2,
      impact: 3,
    });

    const bad = await a.client.post(a.url('obstacles'), {
      family: 'budget',
      description: 'X',
      likelihood: 6,
      impact: 0,
    });
    expect(fields(bad)).toEqual(expect.arrayContaining(['likelihood', 'impact']));

    const map = (await a.client.get(a.url('obstacles/heatmap'))).json<{ data: Heatmap }>().data;
    expect(map.cells).toHaveLength(25);
    expect(map.cells.find((c) => c.likelihood === 4 && c.impact === 5)!.count).toBe(2);
    const active = (await a.client.get(a.url(`obstacles/heatmap?activeOnly=true&actionId=${action}`))).json<{
      data: Heatmap;
    }>().data;
    expect(active.total).toBe(1);
    expect(active.cells.find((c) => c.count === 1)!.obstacleIds).toEqual([o1]);

    expect((await a.client.delete(a.url(`actions/${action}`))).statusCode).toBe(204);
    expect((await a.client.get(a.url(`obstacles/${o1}`))).statusCode).toBe(404);
  });

  it('returns the whole draft with its meta, and changes title and summary', async () => {
    const patched = await a.client.patch(a.url('strategy'), {
      title: 'Presence 2027',
      summary: 'Why we go social',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const got = await a.client.get(a.url('strategy'));
    const body = got.json();
    expect(body.data.title).toBe('Presence 2027');
    expect(body.meta).toMatchObject({
      title: 'Presence 2027',
      summary: 'Why we go social',
      latestVersion: null,
    });
    expect(body.meta.updatedAt).toEqual(expect.any(String));
    expect(body.can).toEqual({ write: true, publish: true });
    expect(body.data.objectives.length).toBeGreaterThan(0);
    expect(body.data.editorialLine.pillars.length).toBeGreaterThan(0);
  });

  it('never shows one workspace the items of another', async () => {
    const id = await create(a, 'objectives', { type: 'sales', title: 'Private' });
    expect((await b.client.get(b.url(`objectives/${id}`))).statusCode).toBe(404);
    expect((await b.client.patch(b.url(`objectives/${id}`), { title: 'Hijack' })).statusCode).toBe(404);
    expect((await b.client.delete(b.url(`objectives/${id}`))).statusCode).toBe(404);
    expect(ids(await b.client.get(b.url('objectives')))).not.toContain(id);
  });
});

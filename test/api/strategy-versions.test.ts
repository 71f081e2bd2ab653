import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';

interface Section {
  section: string;
  added: { id: string; label: string }[];
  removed: { id: string; label: string }[];
  changed: unknown[];
}
interface Gap {
  rule: string;
  step: number;
  severity: string;
  message: { en: string; fr: string };
  target: unknown;
}
interface Report {
  score: number;
  errorCount: number;
  warningCount: number;
  gaps: Gap[];
}

// Publishing versions, comparing them, and the completeness report of a strategy built through the
// API, on both engines.

describe.each(DIALECTS)('strategy versions and completeness on %s', (dialect) => {
  let t: TestApp;
  let client: Client;
  let url: (path: string) => string;

  const create = async (path: string, body: unknown): Promise<string> => {
    const res = await client.post(url(path), body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ data: { id: string } }>().data.id;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const s = await signUp(t.app, { workspaceName: 'Versions' });
    client = s.client;
    url = (path) => `/api/v1/workspaces/${s.workspaceId}/${path}`;
  });
  afterAll(async () => t.close());

  it('publishes two versions and tells what changed between them and with the draft', async () => {
    const objective = await create('objectives', { type: 'sales', title: 'Sell online', priority: 'high' });
    await create('objectives', { type: 'loyalty', title: 'Keep clients' });
    const v1 = await client.post(url('strategy/versions'), { note: 'First plan' });
    expect(v1.statusCode, v1.body).toBe(201);
    expect(v1.json().data).toMatchObject({
      number: 1,
      note: 'First plan',
      publishedBy: { name: 'Alice Martin' },
    });

    await client.patch(url(`objectives/${objective}`), { title: 'Sell more online', priority: 'medium' });
    const added = await create('audiences', { name: 'Shoppers', segment: 'b2c', objectiveIds: [objective] });
    const v2 = await client.post(url('strategy/versions'), {});
    expect(v2.json().data.number).toBe(2);
    expect(v2.json().data.note).toBe('');

    const list = (await client.get(url('strategy/versions'))).json<{
      data: { number: number; snapshot?: unknown }[];
    }>().data;
    expect(list.map((v) => v.number)).toEqual([2, 1]);
    expect(list[0]!.snapshot).toBeUndefined();

    const one = await client.get(url(`strategy/versions/${v1.json().data.id as string}`));
    expect(one.statusCode).toBe(200);
    expect(one.json().data.snapshot.objectives[0].title).toBe('Sell online');
    expect(one.json().data.directory.members[0].name).toBe('Alice Martin');

    const diff = await client.get(url('strategy/versions/diff?from=1&to=2'));
    expect(diff.statusCode, diff.body).toBe(200);
    const data = diff.json<{ data: { from: unknown; changeCount: number; sections: Section[] } }>().data;
    expect(data.from).toEqual({ kind: 'version', number: 1, id: v1.json().data.id });
    const objectives = data.sections.find((s) => s.section === 'objectives')!;
    expect(objectives.changed).toEqual([
      {
        id: objective,
        label: 'Sell more online',
        fields: [
          { field: 'title', before: 'Sell online', after: 'Sell more online' },
          { field: 'priority', before: 'high', after: 'medium' },
        ],
      },
    ]);
    const audiences = data.sections.find((s) => s.section === 'audiences')!;
    expect(audiences.added).toEqual([{ id: added, label: 'Shoppers' }]);
    expect(data.changeCount).toBe(2);

    // Version 2 against the draft (the default `to`), by id.
    await client.delete(url(`audiences/${added}`));
    const withDraft = (
      await client.get(url(`strategy/versions/diff?from=${v2.json().data.id as string}`))
    ).json<{ data: { to: unknown; sections: Section[] } }>().data;
    expect(withDraft.to).toEqual({ kind: 'draft', number: null, id: null });
    expect(withDraft.sections.find((s) => s.section === 'audiences')!.removed).toEqual([
      { id: added, label: 'Shoppers' },
    ]);

    const meta = (await client.get(url('strategy'))).json().meta;
    expect(meta.latestVersion).toMatchObject({ number: 2 });

    const unknown = await client.get(url('strategy/versions/diff?from=9'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('from');
    expect((await client.get(url('strategy/versions/0190b0c0-0000-7000-8000-000000000000'))).statusCode).toBe(
      404,
    );

    const audit = (await client.get(url('audit?action=strategy.version.published'))).json().data;
    expect(audit).toHaveLength(2);
  });

  it('reports the gaps of a strategy as it is built, each pointing at the place that fixes it', async () => {
    const fresh = await signUp(t.app, { workspaceName: 'Completeness' });
    const c = fresh.client;
    const u = (path: string) => `/api/v1/workspaces/${fresh.workspaceId}/${path}`;
    const post = async (path: string, body: unknown) => {
      const res = await c.post(u(path), body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ data: { id: string } }>().data.id;
    };
    const report = async () => (await c.get(u('strategy/completeness'))).json<{ data: Report }>().data;

    expect((await report()).score).toBe(0);

    const sales = await post('objectives', { type: 'sales', title: 'Sell online' });
    const brand = await post('objectives', { type: 'institutional', title: 'Be known' });
    const audience = await post('audiences', {
      name: 'Shoppers',
      segment: 'b2c',
      objectiveIds: [sales, brand],
    });
    await post('network-choices', {
      networkId: 'instagram',
      objectiveIds: [sales],
      audienceIds: [audience],
    });
    await post('network-choices', { networkId: 'facebook', objectiveIds: [brand] });
    const statement = 'Photos of the daily cakes with a link to order them before noon';
    await post('value-added', { objectiveId: sales, networkId: 'instagram', statement });
    const copy = await post('value-added', {
      objectiveId: brand,
      networkId: 'facebook',
      statement: `${statement}!`,
    });
    await c.put(u('editorial-line'), { pillars: [{ name: 'Products', targetShare: 70 }] });
    await post('indicators', { objectiveId: sales, metric: 'roi', target: 120 });
    const roiOnBrand = await post('indicators', { objectiveId: brand, metric: 'roi', target: 10 });
    const me = (await c.get(u('members'))).json<{ data: { id: string }[] }>().data[0]!.id;
    const action = await post('actions', { title: 'Cake of the day', raci: { responsible: [me] } });

    const r = await report();
    const byRule = (rule: string) => r.gaps.filter((g) => g.rule === rule);
    expect(byRule('value_added_not_copied').map((g) => g.target)).toEqual([
      { step: 4, kind: 'valueAdded', id: copy },
    ]);
    expect(byRule('pillar_shares_sum_to_100')[0]!.message.en).toContain('70 %');
    expect(byRule('action_has_responsible_and_accountable')[0]!.target).toEqual({
      step: 8,
      kind: 'action',
      id: action,
    });
    expect(byRule('action_obstacles_reviewed')[0]!.target).toEqual({ step: 9, kind: 'action', id: action });
    const warning = byRule('indicator_kind_fits_objective')[0];
    expect(warning).toMatchObject({
      severity: 'warning',
      target: { step: 7, kind: 'indicator', id: roiOnBrand },
    });
    expect(r.warningCount).toBe(1);
    expect(byRule('network_has_value_added')).toEqual([]);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThan(100);
    const steps = r.gaps.map((g) => g.step);
    expect(steps).toEqual([...steps].sort());

    // Fix every error the report lists.
    await c.patch(u(`value-added/${copy}`), {
      statement: 'Neighbourhood news and the stories of our bakers',
    });
    await c.put(u('editorial-line'), {
      pillars: [
        { name: 'Products', targetShare: 70 },
        { name: 'People', targetShare: 30 },
      ],
    });
    await c.patch(u(`actions/${action}`), { raci: { responsible: [me], accountable: me } });
    await c.patch(u(`actions/${action}`), { noObstaclesIdentified: true });
    const fixed = await report();
    expect(fixed.errorCount, JSON.stringify(fixed.gaps)).toBe(0);
    expect(fixed.score).toBe(100);
    expect(fixed.warningCount).toBe(1);

    // Versions carry their own report.
    await c.post(u('strategy/versions'), { note: 'Complete' });
    expect((await c.get(u('strategy/completeness?version=1'))).json().data.score).toBe(100);
    expect((await c.get(u('strategy/versions'))).json().data[0].completenessScore).toBe(100);
  });
});

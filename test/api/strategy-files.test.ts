import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/http/principal.js';
import { replaceDraftWith } from '../../src/modules/strategy/import-export/import-export.service.js';
import type { StrategySnapshot } from '../../src/modules/strategy/strategy.model.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';

// Export → import → export round trips, refused imports that change nothing, and templates, on both
// engines.

type Json = Record<string, unknown>;
type Problem = { errors: { field: string; message: string }[] };

/**
 * The export with every id replaced by a name that does not depend on the workspace: items by kind
 * and position, members by e-mail, departments by name. Two exports of the same strategy in two
 * workspaces are then equal.
 */
function withoutIds(file: Json): unknown {
  const s = file.strategy as Record<string, { id: string }[]> & {
    editorialLine: { pillars: { id: string }[] };
  };
  const names = new Map<string, string>();
  for (const kind of [
    'objectives',
    'audiences',
    'existingActions',
    'valueAdded',
    'networkChoices',
    'indicators',
    'actions',
    'obstacles',
  ]) {
    s[kind]!.forEach((item, i) => names.set(item.id, `${kind}#${i}`));
  }
  s.editorialLine.pillars.forEach((p, i) => names.set(p.id, `pillar#${i}`));
  const people = file.people as {
    members: { id: string; email: string }[];
    departments: { id: string; name: string }[];
  };
  for (const m of people.members) names.set(m.id, `member:${m.email}`);
  for (const d of people.departments) names.set(d.id, `department:${d.name}`);
  const { exportedAt: _e, source: _s, ...rest } = file;
  return JSON.parse(
    JSON.stringify(rest, (_k, v: unknown) => (typeof v === 'string' && names.has(v) ? names.get(v) : v)),
  );
}

describe.each(DIALECTS)('strategy files and templates on %s', (dialect) => {
  let t: TestApp;
  let client: Client;
  let a: string;
  const u = (ws: string, path: string) => `/api/v1/workspaces/${ws}/${path}`;
  const create = async (ws: string, path: string, body: unknown) => {
    const res = await client.post(u(ws, path), body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ data: { id: string } }>().data.id;
  };
  const newWorkspace = async (name: string) => {
    const res = await client.post('/api/v1/workspaces', { name });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ data: { id: string } }>().data.id;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const s = await signUp(t.app, { workspaceName: 'Source' });
    client = s.client;
    a = s.workspaceId;
    // A strategy touching every step and every kind of reference.
    await client.patch(u(a, 'strategy'), { title: 'Presence 2027', summary: 'Why and how' });
    const me = (await client.get(u(a, 'members'))).json<{ data: { id: string }[] }>().data[0]!.id;
    const dept = (await client.get(u(a, 'departments'))).json<{ data: { id: string; name: string }[] }>()
      .data[0]!;
    const o1 = await create(a, 'objectives', { type: 'sales', title: 'Sell', periodStart: '2027-01-01' });
    const o2 = await create(a, 'objectives', { type: 'custom', customType: 'Community', title: 'Gather' });
    const aud = await create(a, 'audiences', {
      name: 'Buyers',
      segment: 'b2b',
      objectiveIds: [o2, o1],
      presentOn: ['linkedin'],
    });
    const ex = await create(a, 'existing-actions', {
      name: 'Trade fair',
      channel: 'trade_fair',
      audienceIds: [aud],
      objectiveIds: [o1],
    });
    await create(a, 'value-added', {
      objectiveId: o1,
      networkId: 'linkedin',
      statement: 'Leads between fairs',
      complementsExistingActionIds: [ex],
    });
    await create(a, 'network-choices', {
      networkId: 'linkedin',
      rationale: 'B2B',
      objectiveIds: [o1],
      audienceIds: [aud],
    });
    await create(a, 'network-choices', { networkId: 'tiktok', chosen: false, rationale: 'Not our buyers' });
    await client.put(u(a, 'editorial-line'), {
      tone: 'Expert',
      pillars: [
        { name: 'Know-how', targetShare: 60 },
        { name: 'People', targetShare: 40, sensitive: true },
      ],
      frequencies: [{ networkId: 'linkedin', postsPerWeek: 2.5 }],
      languages: ['fr'],
    });
    await create(a, 'indicators', { objectiveId: o1, metric: 'conversions', target: 40, baseline: 10 });
    const act = await create(a, 'actions', {
      title: 'Webinars',
      objectiveId: o1,
      audienceIds: [aud],
      networkIds: ['linkedin'],
      ownerId: me,
      budgetEstimate: 50000,
      raci: { responsible: [me], accountable: dept.id, consulted: [], informed: [dept.id] },
    });
    await create(a, 'obstacles', {
      actionId: act,
      family: 'resources',
      description: 'No speaker',
      likelihood: 2,
      impact: 4,
      ownerId: me,
    });
    await create(a, 'obstacles', {
      family: 'top_management',
      description: 'Board doubts',
      likelihood: 3,
      impact: 3,
    });
  });
  afterAll(async () => t.close());

  it('exports a versioned file, imports it into another workspace, and exports the same strategy', async () => {
    const exported = await client.get(u(a, 'strategy/export'));
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(
      /attachment; filename="strategy-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const file = exported.json<Json>();
    expect(file).toMatchObject({
      schema: 'presence.strategy',
      schemaVersion: 1,
      source: { workspaceName: 'Source', version: null },
    });

    const b = await newWorkspace('Target');
    const imported = await client.post(u(b, 'strategy/import'), file);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().data.unmatchedPeople).toEqual([]);
    expect(imported.json().data.counts).toMatchObject({ objectives: 2, obstacles: 2, pillars: 2 });

    const again = (await client.get(u(b, 'strategy/export'))).json<Json>();
    expect(withoutIds(again)).toEqual(withoutIds(file));
    // Every id is new: nothing of A is shared with B.
    const idsOf = (f: Json) => (f.strategy as { objectives: { id: string }[] }).objectives.map((o) => o.id);
    expect(idsOf(again).some((id) => idsOf(file).includes(id))).toBe(false);

    // The same file twice into a third workspace works too (ids are remapped every time).
    const c = await newWorkspace('Twice');
    expect((await client.post(u(c, 'strategy/import'), file)).statusCode).toBe(200);
    expect((await client.post(u(c, 'strategy/import?replace=true'), file)).statusCode).toBe(200);

    const audit = (await client.get(u(b, 'audit?action=strategy.imported'))).json().data;
    expect(audit).toHaveLength(1);
  });

  it('reports people it cannot match instead of linking someone else', async () => {
    const file = (await client.get(u(a, 'strategy/export'))).json<Json>();
    const other = await signUp(t.app, { workspaceName: 'Stranger' });
    const res = await other.client.post(`/api/v1/workspaces/${other.workspaceId}/strategy/import`, file);
    expect(res.statusCode, res.body).toBe(200);
    const fieldsDropped = res
      .json<{ data: { unmatchedPeople: { field: string }[] } }>()
      .data.unmatchedPeople.map((p) => p.field);
    // Departments match by name (every workspace has the default ones); the person does not.
    expect(fieldsDropped).toEqual([
      'strategy.actions.0.ownerId',
      'strategy.actions.0.raci.responsible',
      'strategy.obstacles.0.ownerId',
    ]);
    const action = (await other.client.get(`/api/v1/workspaces/${other.workspaceId}/actions`)).json().data[0];
    expect(action.ownerId).toBeNull();
    expect(action.raci.responsible).toEqual([]);
    expect(action.raci.accountable).toEqual(expect.any(String));
  });

  it('refuses a bad file with the field named, and changes nothing', async () => {
    const b = await newWorkspace('Untouched');
    const file = (await client.get(u(a, 'strategy/export'))).json<Json>();
    expect((await client.post(u(b, 'strategy/import'), file)).statusCode).toBe(200);
    const before = (await client.get(u(b, 'strategy'))).json().data;

    const broken = structuredClone(file) as { strategy: { audiences: { objectiveIds: string[] }[] } };
    broken.strategy.audiences[0]!.objectiveIds[1] = 'not-in-this-file';
    const refs = await client.post(u(b, 'strategy/import?replace=true'), broken);
    expect(refs.statusCode).toBe(400);
    expect(refs.json().errors[0]).toEqual({
      field: 'strategy.audiences.0.objectiveIds.1',
      message: 'Refers to no objective in this file',
    });

    const wrongSchema = await client.post(u(b, 'strategy/import?replace=true'), {
      ...file,
      schema: 'other.app',
    });
    expect(wrongSchema.json<Problem>().errors.map((e) => e.field)).toEqual(['schema']);
    const future = await client.post(u(b, 'strategy/import?replace=true'), { ...file, schemaVersion: 2 });
    expect(future.json().errors[0]).toMatchObject({ field: 'schemaVersion' });
    expect(future.json().errors[0].message).toContain('version 1');
    const badType = structuredClone(file) as { strategy: { objectives: { type: string }[] } };
    badType.strategy.objectives[0]!.type = 'world_peace';
    const typed = await client.post(u(b, 'strategy/import?replace=true'), badType);
    expect(typed.json<Problem>().errors.map((e) => e.field)).toEqual(['strategy.objectives.0.type']);
    const notJson = await client.request('POST', u(b, 'strategy/import'), undefined, {
      'content-type': 'application/json',
    });
    expect(notJson.statusCode).toBe(400);

    // A good file without replace=true on a draft that holds work: 409, nothing changes either.
    const conflict = await client.post(u(b, 'strategy/import'), file);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().errors[0].field).toBe('replace');

    expect((await client.get(u(b, 'strategy'))).json().data).toEqual(before);
  });

  it('rolls the whole replacement back when writing fails half way', async () => {
    const b = await newWorkspace('Rollback');
    const file = (await client.get(u(a, 'strategy/export'))).json<{
      strategy: StrategySnapshot;
    }>();
    expect((await client.post(u(b, 'strategy/import'), file)).statusCode).toBe(200);
    const before = (await client.get(u(b, 'strategy'))).json().data;
    const session = (await client.get('/api/v1/session')).json<{ user: { email: string; name: string } }>()
      .user;
    const membershipId = (await client.get(u(b, 'members'))).json<{ data: { id: string }[] }>().data[0]!.id;
    const actor: Actor = {
      principal: {
        userId: client.userId,
        email: session.email,
        name: session.name,
        locale: 'en',
        timeZone: null,
        via: 'session',
      },
      userId: client.userId,
      workspaceId: b,
      membershipId,
      role: 'owner',
      memberRole: 'owner',
      label: session.email,
      ip: null,
    };
    // Skipping the file checks on purpose: the indicator names an objective that does not exist, so
    // the database refuses it after the old draft was already cleared inside the transaction.
    const snapshot = structuredClone(file.strategy);
    snapshot.indicators[0]!.objectiveId = 'missing-objective';
    await expect(
      replaceDraftWith(t.ctx, actor, snapshot, {
        replace: true,
        resolver: async () => () => null,
        audit: () => ({ action: 'test', objectType: 'strategy', summary: 'test' }),
      }),
    ).rejects.toThrow();
    expect((await client.get(u(b, 'strategy'))).json().data).toEqual(before);
  });

  it('lists the templates and starts a draft from one, refusing to overwrite work', async () => {
    const list = (await client.get(u(a, 'strategy/templates'))).json<{
      data: { id: string; name: { fr: string } }[];
    }>().data;
    expect(list.map((x) => x.id)).toEqual(['b2b-sme', 'retail-b2c', 'recruitment', 'public-institution']);
    expect(list[0]!.name.fr.length).toBeGreaterThan(0);

    const b = await newWorkspace('From template');
    const applied = await client.post(u(b, 'strategy/apply-template'), {
      templateId: 'b2b-sme',
      locale: 'fr',
    });
    expect(applied.statusCode, applied.body).toBe(200);
    const draft = (await client.get(u(b, 'strategy'))).json().data;
    expect(draft.objectives.length).toBeGreaterThan(0);
    expect(draft.actions.length).toBeGreaterThan(0);

    const refused = await client.post(u(b, 'strategy/apply-template'), {
      templateId: 'retail-b2c',
      locale: 'en',
    });
    expect(refused.statusCode).toBe(409);
    expect((await client.get(u(b, 'strategy'))).json().data).toEqual(draft);

    const replaced = await client.post(u(b, 'strategy/apply-template'), {
      templateId: 'retail-b2c',
      locale: 'en',
      replace: true,
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect((await client.get(u(b, 'strategy'))).json().data.title).not.toEqual(draft.title);

    const unknown = await client.post(u(b, 'strategy/apply-template'), { templateId: 'nope', replace: true });
    expect(unknown.json().errors[0].field).toBe('templateId');

    // Every template, in both languages, starts a draft whose completeness report works.
    for (const tpl of list) {
      for (const locale of ['en', 'fr']) {
        const res = await client.post(u(b, 'strategy/apply-template'), {
          templateId: tpl.id,
          locale,
          replace: true,
        });
        expect(res.statusCode, `${tpl.id} ${locale}: ${res.body}`).toBe(200);
        const report = (await client.get(u(b, 'strategy/completeness'))).json().data;
        expect(report.score, `${tpl.id} ${locale}`).toBeGreaterThan(0);
        // The draft it made passes the API's own response and import schemas.
        expect((await client.get(u(b, 'strategy'))).statusCode, `${tpl.id} ${locale}`).toBe(200);
        const file = await client.get(u(b, 'strategy/export'));
        const back = await client.post(u(b, 'strategy/import?replace=true'), file.json());
        expect(back.statusCode, `${tpl.id} ${locale}: ${back.body.slice(0, 300)}`).toBe(200);
      }
    }
  });

  it('renders the strategy document and the briefing, of the draft or of a version, in either language', async () => {
    const md = await client.get(u(a, 'strategy/document.md?locale=en'));
    expect(md.statusCode, md.body.slice(0, 300)).toBe(200);
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.headers['content-disposition']).toContain('strategy-draft-en.md');
    expect(md.body).toContain('Presence 2027');
    expect(md.body).toContain('Webinars');

    const fr = await client.get(u(a, 'strategy/document.md?locale=fr'));
    expect(fr.headers['content-disposition']).toContain('strategy-draft-fr.md');
    expect(fr.body).not.toEqual(md.body);

    for (const path of ['strategy/document.pdf', 'strategy/briefing.pdf']) {
      const pdf = await client.get(u(a, `${path}?locale=fr`));
      expect(pdf.statusCode, `${path}: ${pdf.body.slice(0, 300)}`).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }

    await client.post(u(a, 'strategy/versions'), { note: 'For the board' });
    const v = await client.get(u(a, 'strategy/briefing.pdf?version=1'));
    expect(v.statusCode).toBe(200);
    expect(v.headers['content-disposition']).toContain('briefing-v1-en.pdf');
    const missing = await client.get(u(a, 'strategy/document.md?version=99'));
    expect(missing.statusCode).toBe(400);
    expect(missing.json<Problem>().errors[0]!.field).toBe('version');
  });

  it('exports a published version', async () => {
    const b = await newWorkspace('Versioned');
    await create(b, 'objectives', { type: 'sales', title: 'V1 objective' });
    await client.post(u(b, 'strategy/versions'), { note: 'one' });
    await create(b, 'objectives', { type: 'sales', title: 'Draft objective' });
    const v1 = await client.get(u(b, 'strategy/export?version=1'));
    expect(v1.headers['content-disposition']).toContain('strategy-v1-');
    expect(v1.json().source.version).toBe(1);
    expect(
      v1.json<{ strategy: { objectives: { title: string }[] } }>().strategy.objectives.map((o) => o.title),
    ).toEqual(['V1 objective']);
    expect((await client.get(u(b, 'strategy/export?version=7'))).statusCode).toBe(400);
  });
});

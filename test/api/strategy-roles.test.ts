import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, MemoryMailer, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember } from '../support/members.js';

// The executive reads the whole strategy, its versions and its documents, and changes nothing; the
// editor reads but neither writes the strategy nor publishes it.

describe.each(DIALECTS)('strategy roles on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let executive: Client;
  let editor: Client;
  let ws: string;
  let objective: string;
  const u = (path: string) => `/api/v1/workspaces/${ws}/${path}`;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const s = await signUp(t.app, { workspaceName: 'Roles' });
    owner = s.client;
    ws = s.workspaceId;
    const mailer = t.mailer as MemoryMailer;
    executive = (await addMember(t.app, mailer, owner, ws, 'executive', { name: 'Claire CEO' })).client;
    editor = (await addMember(t.app, mailer, owner, ws, 'editor')).client;
    const res = await owner.post(u('objectives'), { type: 'sales', title: 'Sell online' });
    objective = res.json<{ data: { id: string } }>().data.id;
    await owner.post(u('strategy/versions'), { note: 'v1' });
  });
  afterAll(async () => t.close());

  it('lets the executive read everything', async () => {
    const strategy = await executive.get(u('strategy'));
    expect(strategy.statusCode).toBe(200);
    expect(strategy.json().can).toEqual({ write: false, publish: false });
    for (const path of [
      'objectives',
      `objectives/${objective}`,
      'audiences',
      'existing-actions',
      'value-added',
      'network-choices',
      'network-choices/recommendations',
      'editorial-line',
      'indicators',
      'actions',
      'obstacles',
      'obstacles/heatmap',
      'strategy/completeness',
      'strategy/versions',
      'strategy/versions/diff?from=1',
      'strategy/export',
      'strategy/templates',
      'strategy/catalogue',
      'strategy/document.md',
      'strategy/document.pdf?locale=fr',
      'strategy/briefing.pdf?version=1',
    ]) {
      const res = await executive.get(u(path));
      expect(res.statusCode, `${path}: ${res.body.slice(0, 200)}`).toBe(200);
    }
  });

  it('refuses every change to the executive and leaves the strategy as it was', async () => {
    const before = (await owner.get(u('strategy'))).json().data;
    const attempts: [string, string, unknown][] = [
      ['PATCH', 'strategy', { title: 'Mine' }],
      ['POST', 'objectives', { type: 'sales', title: 'X' }],
      ['PATCH', `objectives/${objective}`, { title: 'X' }],
      ['DELETE', `objectives/${objective}`, undefined],
      ['POST', 'audiences', { name: 'X', segment: 'b2b' }],
      ['PUT', 'editorial-line', { tone: 'X' }],
      ['POST', 'actions', { title: 'X' }],
      ['POST', 'obstacles', { family: 'budget', description: 'X', likelihood: 1, impact: 1 }],
      ['POST', 'strategy/versions', { note: 'X' }],
      ['POST', 'strategy/import', {}],
      ['POST', 'strategy/apply-template', { templateId: 'b2b-sme', replace: true }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await executive.request(method, u(path), body ?? (method === 'DELETE' ? undefined : {}));
      expect(res.statusCode, `${method} ${path}: ${res.body.slice(0, 200)}`).toBe(403);
    }
    expect((await owner.get(u('strategy'))).json().data).toEqual(before);
  });

  it('lets an editor read but neither edit nor publish the strategy', async () => {
    expect((await editor.get(u('strategy'))).statusCode).toBe(200);
    expect((await editor.post(u('objectives'), { type: 'sales', title: 'X' })).statusCode).toBe(403);
    expect((await editor.post(u('strategy/versions'), { note: 'X' })).statusCode).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { abilities } from '../../src/core/policy.js';
import { hashToken } from '../../src/core/secrets.js';
import { DIALECTS } from '../support/databases.js';
import { Client, createTestApp, signUp, type TestApp } from '../support/app.js';
import { addMember } from '../support/resource-factories.js';

interface Token {
  id: string;
  name: string;
  role: string;
  prefix: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  userId: string;
  userName: string;
}

describe.each(DIALECTS)('API tokens on %s', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: Client;
  let ws: string;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
    ({ client: owner, workspaceId: ws } = await signUp(t.app, { name: 'Olive Owner' }));
    base = `/api/v1/workspaces/${ws}`;
  });
  afterAll(async () => t.close());

  const bearer = (secret: string, method: string, url: string, body?: unknown) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: {
        authorization: `Bearer ${secret}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });

  async function create(c: Client, body: Record<string, unknown>, workspace = ws) {
    const res = await c.post(`/api/v1/workspaces/${workspace}/api-tokens`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ data: Token; secret: string }>();
  }

  it('returns the secret once and stores only its SHA-256 and a short prefix', async () => {
    const { data, secret } = await create(owner, { name: 'Reporting script', role: 'analyst' });
    expect(secret).toMatch(/^prs_[A-Za-z0-9_-]{40,}$/);
    expect(data.prefix).toBe(secret.slice(0, 10));
    expect(data).toMatchObject({
      name: 'Reporting script',
      role: 'analyst',
      revokedAt: null,
      userName: 'Olive Owner',
    });
    const row = await t.ctx.database.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', data.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashToken(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    const list = await owner.get(`${base}/api-tokens`);
    expect(list.body).not.toContain(secret);
    expect(list.json<{ data: Token[] }>().data.map((x) => x.id)).toContain(data.id);
    const audit = await owner.get(`${base}/audit?action=api_token.created`);
    expect(audit.body).not.toContain(secret);
    expect(audit.json().data[0].after).toMatchObject({ name: 'Reporting script', role: 'analyst' });
  });

  it('opens its own workspace with its role, and no other workspace', async () => {
    const { secret } = await create(owner, { name: 'Reader', role: 'analyst' });
    const read = await bearer(secret, 'GET', base);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().role).toBe('analyst');
    expect(read.json().can).toEqual(abilities('analyst'));
    const second = await owner.post('/api/v1/workspaces', { name: 'Second client' });
    const otherId = second.json<{ data: { id: string } }>().data.id;
    expect((await bearer(secret, 'GET', `/api/v1/workspaces/${otherId}`)).statusCode).toBe(404);
    const listed = await bearer(secret, 'GET', '/api/v1/workspaces');
    expect(listed.json<{ data: { id: string }[] }>().data.map((w) => w.id)).toEqual([ws]);
    const used = (await owner.get(`${base}/api-tokens`))
      .json<{ data: Token[] }>()
      .data.find((x) => x.name === 'Reader');
    expect(used!.lastUsedAt).toBe(clock.now().toISOString());
  });

  it('is refused what its role lacks even though its owner could do it', async () => {
    const { secret } = await create(owner, { name: 'Analyst', role: 'analyst' });
    const res = await bearer(secret, 'PATCH', base, { name: 'Renamed by a token' });
    expect(res.statusCode).toBe(403);
    expect((await owner.patch(base, { name: 'Renamed by the owner' })).statusCode).toBe(200);
  });

  it('acts with its role where allowed and is named as a token in the audit log', async () => {
    const { secret } = await create(owner, { name: 'Admin bot', role: 'admin' });
    expect((await bearer(secret, 'PATCH', base, { name: 'Renamed by a bot' })).statusCode).toBe(200);
    const entry = (await owner.get(`${base}/audit?action=workspace.updated&limit=1`)).json().data[0];
    expect(entry.actorLabel).toContain('(API token)');
    expect(entry.after).toEqual({ name: 'Renamed by a bot' });
  });

  it('cannot create tokens, whatever its role', async () => {
    const { secret } = await create(owner, { name: 'Owner bot', role: 'owner' });
    const res = await bearer(secret, 'POST', `${base}/api-tokens`, { name: 'Child', role: 'analyst' });
    expect(res.statusCode).toBe(403);
  });

  it('carries only a role its creator may grant', async () => {
    const editor = await addMember(t.app, ws, 'editor');
    // analyst reads budgets and guest_reviewer reviews shared items: neither is an editor's to give.
    for (const role of ['admin', 'owner', 'analyst', 'guest_reviewer']) {
      const res = await editor.client.post(`${base}/api-tokens`, { name: 'Too much', role });
      expect(res.statusCode, role).toBe(403);
      expect(res.json().errors[0].field).toBe('role');
    }
    await create(editor.client, { name: 'Editor bot', role: 'editor' });
    expect((await owner.post(`${base}/api-tokens`, { name: 'Heir', role: 'owner' })).statusCode).toBe(201);
  });

  it('never does more than its owner can now: demotion shrinks it, removal kills it', async () => {
    const member = await addMember(t.app, ws, 'admin');
    const { secret } = await create(member.client, { name: 'Admin script', role: 'admin' });
    expect((await bearer(secret, 'GET', `${base}/audit`)).statusCode).toBe(200);
    const demote = await owner.patch(`${base}/members/${member.membershipId}`, { role: 'editor' });
    expect(demote.statusCode, demote.body).toBe(200);
    expect((await bearer(secret, 'GET', `${base}/audit`)).statusCode).toBe(403);
    expect((await bearer(secret, 'GET', base)).statusCode).toBe(200);
    expect((await owner.delete(`${base}/members/${member.membershipId}`)).statusCode).toBe(204);
    expect((await bearer(secret, 'GET', base)).statusCode).toBe(401);
  });

  it('stops working once revoked, and says so in the list and the audit log', async () => {
    const { data, secret } = await create(owner, { name: 'Short-lived', role: 'analyst' });
    expect((await bearer(secret, 'GET', base)).statusCode).toBe(200);
    expect((await owner.delete(`${base}/api-tokens/${data.id}`)).statusCode).toBe(204);
    const after = await bearer(secret, 'GET', base);
    expect(after.statusCode).toBe(401);
    expect(after.headers['content-type']).toContain('application/problem+json');
    const listed = (await owner.get(`${base}/api-tokens`))
      .json<{ data: Token[] }>()
      .data.find((x) => x.id === data.id);
    expect(listed!.revokedAt).toBe(clock.now().toISOString());
    expect((await owner.delete(`${base}/api-tokens/${data.id}`)).statusCode).toBe(204);
    const audit = (await owner.get(`${base}/audit?action=api_token.revoked&objectId=${data.id}`)).json().data;
    expect(audit).toHaveLength(1);
  });

  it('stops working after its expiry', async () => {
    const tomorrow = new Date(clock.now().getTime() + 24 * 3600_000).toISOString();
    const { data, secret } = await create(owner, { name: 'Expiring', role: 'analyst', expiresAt: tomorrow });
    expect(data.expiresAt).toBe(tomorrow);
    clock.advance(24 * 3600_000 - 1000);
    expect((await bearer(secret, 'GET', base)).statusCode).toBe(200);
    clock.advance(2000);
    expect((await bearer(secret, 'GET', base)).statusCode).toBe(401);
    const past = await owner.post(`${base}/api-tokens`, {
      name: 'Past',
      role: 'analyst',
      expiresAt: '2020-01-01',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].field).toBe('expiresAt');
  });

  it('lets people revoke their own tokens, and owners and admins anyone’s', async () => {
    const ann = await addMember(t.app, ws, 'strategist');
    const bob = await addMember(t.app, ws, 'strategist');
    const annToken = await create(ann.client, { name: 'Ann', role: 'strategist' });
    const bobToken = await create(bob.client, { name: 'Bob', role: 'analyst' });
    const annList = (await ann.client.get(`${base}/api-tokens`)).json<{ data: Token[] }>().data;
    expect(annList.map((x) => x.name)).toEqual(['Ann']);
    expect((await ann.client.delete(`${base}/api-tokens/${bobToken.data.id}`)).statusCode).toBe(404);
    expect((await bearer(bobToken.secret, 'GET', base)).statusCode).toBe(200);
    const admin = await addMember(t.app, ws, 'admin');
    const all = (await admin.client.get(`${base}/api-tokens`)).json<{ data: Token[] }>().data;
    expect(all.map((x) => x.userId)).toEqual(expect.arrayContaining([ann.userId, bob.userId, owner.userId]));
    expect((await admin.client.delete(`${base}/api-tokens/${bobToken.data.id}`)).statusCode).toBe(204);
    expect((await bearer(bobToken.secret, 'GET', base)).statusCode).toBe(401);
    expect((await ann.client.delete(`${base}/api-tokens/${annToken.data.id}`)).statusCode).toBe(204);
  });

  it('answers a made-up or malformed token with 401, not anonymity', async () => {
    for (const secret of ['prs_not-a-real-token', 'garbage', '']) {
      expect((await bearer(secret, 'GET', base)).statusCode, secret).toBe(401);
    }
  });
});

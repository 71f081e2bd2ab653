import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRepository } from '../../src/modules/audit/audit.repository.js';
import { createTestApp, MemoryMailer, signUp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { addMember, dataOf, type DepartmentJson, type MemberJson } from '../support/members.js';

describe.each(DIALECTS)('members on %s', (dialect) => {
  let t: TestApp;
  let mailer: MemoryMailer;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    mailer = t.mailer as MemoryMailer;
  });
  afterAll(async () => t.close());
  const url = (ws: string, rest = '') => `/api/v1/workspaces/${ws}/members${rest}`;

  it('lists members with role and departments and changes them with an audit entry', async () => {
    const { client: owner, workspaceId, email: ownerEmail } = await signUp(t.app, { name: 'Alice' });
    const [hr, legal] = dataOf<[DepartmentJson, DepartmentJson]>(
      await owner.get(`/api/v1/workspaces/${workspaceId}/departments`),
    );
    const bob = await addMember(t.app, mailer, owner, workspaceId, 'editor', {
      name: 'Bob',
      departmentIds: [hr.id],
    });

    const list = dataOf<MemberJson[]>(await owner.get(url(workspaceId)));
    expect(list.map((m: { name: string; role: string }) => `${m.name}:${m.role}`)).toEqual([
      'Alice:owner',
      'Bob:editor',
    ]);
    expect(list[0]).toMatchObject({ email: ownerEmail, userId: owner.userId, departmentIds: [] });
    expect(list[1]).toMatchObject({ id: bob.memberId, userId: bob.userId, departmentIds: [hr.id] });
    expect(typeof list[1]!.createdAt).toBe('string');

    const changed = await owner.patch(url(workspaceId, `/${bob.memberId}`), {
      role: 'strategist',
      departmentIds: [legal.id, hr.id],
    });
    expect(changed.statusCode).toBe(200);
    expect(dataOf<MemberJson>(changed)).toMatchObject({ id: bob.memberId, role: 'strategist' });
    expect(dataOf<MemberJson>(changed).departmentIds.sort()).toEqual([hr.id, legal.id].sort());
    expect((await bob.client.get(`/api/v1/workspaces/${workspaceId}`)).json().role).toBe('strategist');

    const [entry] = await new AuditRepository(t.ctx.database.db).list(workspaceId, {
      action: 'member.updated',
      limit: 1,
    });
    expect(entry).toMatchObject({
      object_type: 'membership',
      object_id: bob.memberId,
      actor_user_id: owner.userId,
    });
    expect(JSON.parse(entry!.before!)).toEqual({ role: 'editor', departmentIds: [hr.id] });
    expect(JSON.parse(entry!.after!).role).toBe('strategist');
  });

  it('never lets anyone grant above their own role, and only owners touch owners', async () => {
    const { client: owner, workspaceId } = await signUp(t.app);
    const admin = await addMember(t.app, mailer, owner, workspaceId, 'admin');
    const editor = await addMember(t.app, mailer, owner, workspaceId, 'editor');
    const ownerId = dataOf<MemberJson[]>(await owner.get(url(workspaceId))).find(
      (m) => m.role === 'owner',
    )!.id;

    const toOwner = await admin.client.patch(url(workspaceId, `/${editor.memberId}`), { role: 'owner' });
    expect(toOwner.statusCode).toBe(403);
    expect(toOwner.json().errors[0].field).toBe('role');
    expect(
      (await admin.client.patch(url(workspaceId, `/${editor.memberId}`), { role: 'analyst' })).statusCode,
    ).toBe(200);
    expect((await admin.client.patch(url(workspaceId, `/${ownerId}`), { role: 'admin' })).statusCode).toBe(
      403,
    );
    expect(
      (await admin.client.patch(url(workspaceId, `/${ownerId}`), { departmentIds: [] })).statusCode,
    ).toBe(403);
    expect((await admin.client.delete(url(workspaceId, `/${ownerId}`))).statusCode).toBe(403);

    // A role without members.manage is refused by the policy before any rule.
    expect(
      (await editor.client.patch(url(workspaceId, `/${admin.memberId}`), { role: 'analyst' })).statusCode,
    ).toBe(403);
    expect((await editor.client.delete(url(workspaceId, `/${admin.memberId}`))).statusCode).toBe(403);
    expect((await editor.client.get(url(workspaceId))).statusCode).toBe(200);

    expect((await owner.patch(url(workspaceId, `/${admin.memberId}`), { role: 'owner' })).statusCode).toBe(
      200,
    );
  });

  it('keeps the last owner: no demotion, removal or leaving (409 naming role)', async () => {
    const { client: owner, workspaceId } = await signUp(t.app);
    const me = dataOf<MemberJson[]>(await owner.get(url(workspaceId)))[0]!.id;
    const demote = await owner.patch(url(workspaceId, `/${me}`), { role: 'admin' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().errors[0].field).toBe('role');
    const remove = await owner.delete(url(workspaceId, `/${me}`));
    expect(remove.statusCode).toBe(409);
    expect(remove.json().errors[0].field).toBe('role');
    expect((await owner.post(`/api/v1/workspaces/${workspaceId}/leave`)).statusCode).toBe(409);

    // With a second owner, the first may step down.
    const second = await addMember(t.app, mailer, owner, workspaceId, 'owner');
    expect((await owner.patch(url(workspaceId, `/${me}`), { role: 'admin' })).statusCode).toBe(200);
    expect((await second.client.post(`/api/v1/workspaces/${workspaceId}/leave`)).statusCode).toBe(409);
  });

  it('keeps one owner when two owners demote each other at the same time', async () => {
    const { client: owner, workspaceId } = await signUp(t.app);
    const other = await addMember(t.app, mailer, owner, workspaceId, 'owner');
    const me = dataOf<MemberJson[]>(await owner.get(url(workspaceId))).find(
      (m) => m.userId === owner.userId,
    )!.id;
    const results = await Promise.all([
      owner.patch(url(workspaceId, `/${other.memberId}`), { role: 'admin' }),
      other.client.patch(url(workspaceId, `/${me}`), { role: 'admin' }),
    ]);
    // The loser is refused either as the last owner (409) or, once demoted, as an admin touching an owner (403).
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes[0]).toBe(200);
    expect([403, 409]).toContain(codes[1]);
    const roles = dataOf<MemberJson[]>(await owner.get(url(workspaceId))).map(
      (m: { role: string }) => m.role,
    );
    expect(roles.filter((r: string) => r === 'owner')).toHaveLength(1);
  });

  it('removes a member and lets a member leave; both lose access', async () => {
    const { client: owner, workspaceId } = await signUp(t.app);
    const depts = dataOf<DepartmentJson[]>(await owner.get(`/api/v1/workspaces/${workspaceId}/departments`));
    const gone = await addMember(t.app, mailer, owner, workspaceId, 'community_manager');
    const leaver = await addMember(t.app, mailer, owner, workspaceId, 'analyst');
    await owner.patch(`/api/v1/workspaces/${workspaceId}/departments/${depts[0]!.id}`, {
      headUserId: gone.userId,
    });

    expect((await owner.delete(url(workspaceId, `/${gone.memberId}`))).statusCode).toBe(204);
    expect((await gone.client.get(`/api/v1/workspaces/${workspaceId}`)).statusCode).toBe(404);
    const dept = dataOf<DepartmentJson[]>(
      await owner.get(`/api/v1/workspaces/${workspaceId}/departments`),
    )[0]!;
    expect(dept.headUserId).toBeNull();

    expect((await leaver.client.post(`/api/v1/workspaces/${workspaceId}/leave`)).statusCode).toBe(204);
    expect((await leaver.client.get(`/api/v1/workspaces/${workspaceId}`)).statusCode).toBe(404);
    expect((await leaver.client.get('/api/v1/session')).json().workspaces).toEqual([]);
    const emails = dataOf<MemberJson[]>(await owner.get(url(workspaceId))).map(
      (m: { email: string }) => m.email,
    );
    expect(emails).not.toContain(gone.email);
    expect(emails).not.toContain(leaver.email);

    const actions = (await new AuditRepository(t.ctx.database.db).list(workspaceId, { limit: 20 })).map(
      (a) => a.action,
    );
    expect(actions).toContain('member.removed');
    expect(actions).toContain('member.left');
    expect((await owner.delete(url(workspaceId, `/${gone.memberId}`))).statusCode).toBe(404);
  });

  it('answers 404 to members of another workspace and refuses foreign ids', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    const target = await addMember(t.app, mailer, a.client, a.workspaceId, 'editor');
    expect((await b.client.get(url(a.workspaceId))).statusCode).toBe(404);
    expect(
      (await b.client.patch(url(a.workspaceId, `/${target.memberId}`), { role: 'analyst' })).statusCode,
    ).toBe(404);
    expect((await b.client.delete(url(a.workspaceId, `/${target.memberId}`))).statusCode).toBe(404);
    expect((await b.client.post(`/api/v1/workspaces/${a.workspaceId}/leave`)).statusCode).toBe(404);
    // Through their own workspace, the other workspace's membership id is unknown.
    expect(
      (await b.client.patch(url(b.workspaceId, `/${target.memberId}`), { role: 'analyst' })).statusCode,
    ).toBe(404);
    expect((await b.client.delete(url(b.workspaceId, `/${target.memberId}`))).statusCode).toBe(404);
    const bDept = dataOf<DepartmentJson[]>(
      await b.client.get(`/api/v1/workspaces/${b.workspaceId}/departments`),
    )[0]!.id;
    const foreign = await a.client.patch(url(a.workspaceId, `/${target.memberId}`), {
      departmentIds: [bDept],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].field).toBe('departmentIds');
    const bad = await a.client.patch(url(a.workspaceId, `/${target.memberId}`), { role: 'emperor' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('role');
  });
});

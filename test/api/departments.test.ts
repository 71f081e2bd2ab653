import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRepository } from '../../src/modules/audit/audit.repository.js';
import { createTestApp, MemoryMailer, signUp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { addMember, dataOf, type DepartmentJson, type MemberJson } from '../support/members.js';

describe.each(DIALECTS)('departments on %s', (dialect) => {
  let t: TestApp;
  let mailer: MemoryMailer;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    mailer = t.mailer as MemoryMailer;
  });
  afterAll(async () => t.close());
  const url = (ws: string, rest = '') => `/api/v1/workspaces/${ws}/departments${rest}`;

  it('starts with the default departments and creates, renames, heads and deletes one', async () => {
    const { client: owner, workspaceId } = await signUp(t.app);
    const initial = dataOf<DepartmentJson[]>(await owner.get(url(workspaceId)));
    expect(initial.map((d: { name: string }) => d.name)).toEqual([
      'Customer service',
      'HR',
      'Legal',
      'Management',
      'Marketing',
    ]);
    expect(initial[0]).toMatchObject({ headUserId: null, memberIds: [] });

    const created = await owner.post(url(workspaceId), { name: '  Product  ', headUserId: owner.userId });
    expect(created.statusCode).toBe(201);
    const dept = dataOf<DepartmentJson>(created);
    expect(dept).toMatchObject({ name: 'Product', headUserId: owner.userId, memberIds: [] });

    const member = await addMember(t.app, mailer, owner, workspaceId, 'editor', { departmentIds: [dept.id] });
    const listed = dataOf<DepartmentJson[]>(await owner.get(url(workspaceId))).find((d) => d.id === dept.id)!;
    expect(listed.memberIds).toEqual([member.memberId]);

    const renamed = await owner.patch(url(workspaceId, `/${dept.id}`), {
      name: 'Product & Design',
      headUserId: member.userId,
    });
    expect(renamed.statusCode).toBe(200);
    expect(dataOf<DepartmentJson>(renamed)).toMatchObject({
      name: 'Product & Design',
      headUserId: member.userId,
    });
    const same = await owner.patch(url(workspaceId, `/${dept.id}`), {});
    expect(same.statusCode).toBe(200);
    expect(dataOf<DepartmentJson>(same).name).toBe('Product & Design');
    const cleared = await owner.patch(url(workspaceId, `/${dept.id}`), { headUserId: null });
    expect(dataOf<DepartmentJson>(cleared).headUserId).toBeNull();

    expect((await owner.delete(url(workspaceId, `/${dept.id}`))).statusCode).toBe(204);
    expect(
      dataOf<DepartmentJson[]>(await owner.get(url(workspaceId))).some(
        (d: { id: string }) => d.id === dept.id,
      ),
    ).toBe(false);
    const m = dataOf<MemberJson[]>(await owner.get(`/api/v1/workspaces/${workspaceId}/members`)).find(
      (x: { id: string }) => x.id === member.memberId,
    );
    expect(m?.departmentIds).toEqual([]);
    expect((await owner.delete(url(workspaceId, `/${dept.id}`))).statusCode).toBe(404);

    const actions = (
      await new AuditRepository(t.ctx.database.db).list(workspaceId, { objectType: 'department', limit: 10 })
    )
      .map((a) => a.action)
      .sort();
    expect(actions).toEqual([
      'department.created',
      'department.deleted',
      'department.updated',
      'department.updated',
    ]);
  });

  it('refuses a duplicate name (any case), an empty name and a head from outside', async () => {
    const { client: owner, workspaceId } = await signUp(t.app);
    const dup = await owner.post(url(workspaceId), { name: 'marketing' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].field).toBe('name');
    const empty = await owner.post(url(workspaceId), { name: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('name');
    const stranger = await signUp(t.app);
    const head = await owner.post(url(workspaceId), { name: 'Sales', headUserId: stranger.client.userId });
    expect(head.statusCode).toBe(400);
    expect(head.json().errors[0].field).toBe('headUserId');
    const [first, second] = dataOf<[DepartmentJson, DepartmentJson]>(await owner.get(url(workspaceId)));
    const rename = await owner.patch(url(workspaceId, `/${first.id}`), { name: second.name.toUpperCase() });
    expect(rename.statusCode).toBe(409);
    expect((await owner.patch(url(workspaceId, `/${first.id}`), { name: first.name })).statusCode).toBe(200);
  });

  it('lets members read but only managers change (403), and hides them from other workspaces (404)', async () => {
    const { client: owner, workspaceId } = await signUp(t.app);
    const editor = await addMember(t.app, mailer, owner, workspaceId, 'editor');
    const dept = dataOf<DepartmentJson[]>(await owner.get(url(workspaceId)))[0]!;
    expect((await editor.client.get(url(workspaceId))).statusCode).toBe(200);
    expect((await editor.client.post(url(workspaceId), { name: 'Nope' })).statusCode).toBe(403);
    expect((await editor.client.patch(url(workspaceId, `/${dept.id}`), { name: 'Nope' })).statusCode).toBe(
      403,
    );
    expect((await editor.client.delete(url(workspaceId, `/${dept.id}`))).statusCode).toBe(403);
    const admin = await addMember(t.app, mailer, owner, workspaceId, 'admin');
    expect((await admin.client.post(url(workspaceId), { name: 'Events' })).statusCode).toBe(201);

    const other = await signUp(t.app);
    expect((await other.client.get(url(workspaceId))).statusCode).toBe(404);
    expect((await other.client.post(url(workspaceId), { name: 'X' })).statusCode).toBe(404);
    expect((await other.client.patch(url(workspaceId, `/${dept.id}`), { name: 'X' })).statusCode).toBe(404);
    expect((await other.client.delete(url(workspaceId, `/${dept.id}`))).statusCode).toBe(404);
    expect((await other.client.patch(url(other.workspaceId, `/${dept.id}`), { name: 'X' })).statusCode).toBe(
      404,
    );
    expect((await other.client.delete(url(other.workspaceId, `/${dept.id}`))).statusCode).toBe(404);
    expect(dataOf<DepartmentJson[]>(await owner.get(url(workspaceId)))[0]!.name).toBe(dept.name);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { Client, createTestApp, signUp, uniqueEmail, type TestApp } from '../support/app.js';

describe.each(DIALECTS)('identity on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('signs up a person who becomes owner of a new workspace with default departments', async () => {
    const { client, workspaceId } = await signUp(t.app, { workspaceName: 'Boulangerie Dupont' });
    const ws = await client.get(`/api/v1/workspaces/${workspaceId}`);
    expect(ws.statusCode).toBe(200);
    expect(ws.json().data.name).toBe('Boulangerie Dupont');
    expect(ws.json().role).toBe('owner');
    expect(ws.json().can['workspace.delete']).toBe(true);
  });

  it('signs in, rejects a wrong password with the same message as an unknown e-mail', async () => {
    const email = uniqueEmail();
    await signUp(t.app, { email });
    const c = new Client(t.app);
    const wrong = await c.post('/api/v1/auth/sign-in', { email, password: 'not the password' });
    const unknown = await c.post('/api/v1/auth/sign-in', {
      email: uniqueEmail(),
      password: 'not the password',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
    const ok = await c.post('/api/v1/auth/sign-in', {
      email: email.toUpperCase(),
      password: 'correct horse battery',
    });
    expect(ok.statusCode).toBe(200);
    c.adopt(ok);
    expect((await c.get('/api/v1/session')).json().user.email).toBe(email);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const { client, workspaceId } = await signUp(t.app);
    const res = await client.request(
      'PATCH',
      `/api/v1/workspaces/${workspaceId}`,
      { name: 'X' },
      { 'x-csrf-token': 'nope' },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf');
  });

  it('names the invalid field in a problem document', async () => {
    const c = new Client(t.app);
    const res = await c.post('/api/v1/auth/sign-up', {
      name: 'A',
      email: 'not-an-email',
      password: 'short',
      workspaceName: 'W',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toContain('email');
    expect(fields).toContain('password');
  });
});

describe('sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => t.close());

  it('answers 429 after ten failed attempts for the same address, without blocking another address', async () => {
    const email = uniqueEmail();
    await signUp(t.app, { email });
    const c = new Client(t.app);
    const codes: number[] = [];
    for (let i = 0; i < 11; i++)
      codes.push((await c.post('/api/v1/auth/sign-in', { email, password: 'wrong password' })).statusCode);
    expect(codes.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(codes[10]).toBe(429);
    const other = await c.post('/api/v1/auth/sign-in', { email: uniqueEmail(), password: 'wrong password' });
    expect(other.statusCode).toBe(401);
  });
});

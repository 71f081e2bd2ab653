import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { DIALECTS } from '../support/databases.js';
import { Client, createTestApp, signUp, uniqueEmail, type TestApp } from '../support/app.js';
import { fillUrl, loadRouteTable, wrongValue, type RouteCase } from '../generated/route-table.js';

// Generated over the route table: whatever a client sends, the answer is a 4xx problem document that
// names what is wrong, never a 500. Targeted sign-up cases follow.

/** The server's default body limit; routes that accept more (imports) declare `bodyLimit`. */
const DEFAULT_LIMIT = 1024 * 1024;

const ROUTES = await loadRouteTable();
const BODY_ROUTES = ROUTES.filter((r) => r.body);
const WORKSPACE_ROUTES = ROUTES.filter((r) => r.scope === 'workspace');
const NUMERIC_QUERIES = ROUTES.flatMap((r) =>
  r.query
    .filter((q) => q.schema.type === 'integer' || q.schema.type === 'number')
    .map((q) => [`${r.label} ?${q.name}`, r, q.name] as const),
);

let ip = 0;
/** Each request from its own address: rate limits (sign-up, sign-in) must not mask the answer. */
function freshIp(): string {
  ip += 1;
  return `10.99.${Math.floor(ip / 250) % 250}.${(ip % 250) + 1}`;
}

function expectProblem(res: LightMyRequestResponse, status: number, what: string): Record<string, unknown> {
  expect(res.statusCode, `${what}: ${res.body.slice(0, 400)}`).toBe(status);
  expect(res.headers['content-type'], what).toContain('application/problem+json');
  const p = res.json<Record<string, unknown>>();
  expect(p.status, what).toBe(status);
  expect(typeof p.detail, what).toBe('string');
  return p;
}

function fields(p: Record<string, unknown>): string[] {
  return ((p.errors as { field: string }[] | undefined) ?? []).map((e) => e.field);
}

describe.each(DIALECTS)('bad input on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let workspaceId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId } = await signUp(t.app));
  });
  afterAll(async () => t.close());

  /** Sends a raw payload as the workspace owner (anonymous for public routes). */
  function send(r: RouteCase, payload: string, contentType = 'application/json') {
    const signedIn = r.scope !== 'public';
    return t.app.inject({
      method: r.method,
      url: fillUrl(r.url, { workspaceId }),
      headers: {
        'content-type': contentType,
        'x-forwarded-for': freshIp(),
        ...(signedIn ? { cookie: owner.cookie, 'x-csrf-token': owner.csrf } : {}),
      },
      payload,
    });
  }

  it('finds the routes that take a JSON body', () => {
    expect(BODY_ROUTES.length).toBeGreaterThan(5);
  });

  describe.each(BODY_ROUTES.map((r) => [r.label, r] as const))('%s', (_label, r) => {
    it('answers malformed JSON with 400 malformed_json', async () => {
      const p = expectProblem(await send(r, '{"name": "unfinished'), 400, r.label);
      expect(p.code).toBe('malformed_json');
    });

    it('answers a JSON value that is not an object with 400', async () => {
      expectProblem(await send(r, '["a", "list"]'), 400, r.label);
    });

    it('answers a body over the limit with 413', async () => {
      const limit = r.bodyLimit ?? DEFAULT_LIMIT;
      const p = expectProblem(await send(r, JSON.stringify({ filler: 'x'.repeat(limit) })), 413, r.label);
      expect(p.code).toBe('body_too_large');
    });

    it('answers missing required fields with 400 naming each', async () => {
      const required = r.body?.required ?? [];
      const res = await send(r, '{}');
      if (required.length === 0) {
        expect(res.statusCode, res.body).toBeLessThan(500);
        return;
      }
      const p = expectProblem(res, 400, r.label);
      for (const field of required) expect(fields(p), `${r.label} should name ${field}`).toContain(field);
    });

    const props = Object.entries(r.body?.properties ?? {})
      .map(([name, schema]) => [name, wrongValue(schema)] as const)
      .filter(([, v]) => v !== undefined);
    it.each(props.map(([name, v]) => [name, JSON.stringify(v), v] as const))(
      'answers a wrong type for %s (%s) with 400 naming it',
      async (name, _shown, value) => {
        const p = expectProblem(await send(r, JSON.stringify({ [name]: value })), 400, `${r.label} ${name}`);
        expect(
          fields(p).some((f) => f === name || f.startsWith(`${name}.`)),
          `${r.label}: errors ${JSON.stringify(p.errors)} should name ${name}`,
        ).toBe(true);
      },
    );
  });

  describe.each(NUMERIC_QUERIES)('%s', (_label, r, name) => {
    it('answers a non-number with 400 naming the parameter', async () => {
      const url = `${fillUrl(r.url, { workspaceId })}?${name}=not-a-number`;
      const p = expectProblem(await owner.get(url), 400, url);
      expect(fields(p)).toContain(name);
    });
  });

  describe.each(WORKSPACE_ROUTES.map((r) => [r.label, r] as const))('%s', (_label, r) => {
    it.each([
      ['an unknown id', newId()],
      ['a malformed id', 'not-a-workspace'],
      ['an id at the length limit', 'w'.repeat(64)],
    ])('answers %s of workspace with 404', async (_what, id) => {
      const res = await owner.request(r.method, fillUrl(r.url, { workspaceId: id }), r.body ? {} : undefined);
      const p = expectProblem(res, 404, `${r.label} with workspace ${id.slice(0, 40)}`);
      expect(p.code).toBe('not_found');
    });

    it('answers an id longer than the router accepts with a 414 problem document', async () => {
      // find-my-way refuses path parameters over 100 characters before routing; frameworkErrors answers.
      const res = await owner.request(r.method, fillUrl(r.url, { workspaceId: 'w'.repeat(300) }));
      expect(expectProblem(res, 414, r.label).code).toBe('uri_too_long');
    });
  });

  describe('sign-up', () => {
    const url = '/api/v1/auth/sign-up';
    const valid = () => ({
      name: 'Camille Durand',
      email: uniqueEmail('signup'),
      password: 'correct horse battery',
      workspaceName: 'Boulangerie',
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      locale: 'fr',
    });
    const post = (payload: string, contentType = 'application/json') =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': contentType, 'x-forwarded-for': freshIp() },
        payload,
      });

    it('accepts the valid body (the baseline of the cases below)', async () => {
      expect((await post(JSON.stringify(valid()))).statusCode).toBe(201);
    });

    it.each([
      ['email', { email: 'not-an-email' }],
      ['email', { email: `${'a'.repeat(250)}@example.test` }],
      ['password', { password: 'short' }],
      ['password', { password: 'p'.repeat(201) }],
      ['name', { name: '   ' }],
      ['name', { name: 'n'.repeat(121) }],
      ['workspaceName', { workspaceName: '' }],
      ['timeZone', { timeZone: 'Mars/Olympus_Mons' }],
      ['currency', { currency: 'DOLLARS' }],
      ['locale', { locale: 'de' }],
      ['name', { name: 42 }],
      ['email', { email: ['a@example.test'] }],
      ['password', { password: null }],
    ])('names %s when it is invalid (%j)', async (field, patch) => {
      const p = expectProblem(await post(JSON.stringify({ ...valid(), ...patch })), 400, field);
      expect(p.code).toBe('invalid');
      expect(fields(p)).toEqual([field]);
    });

    it('names every missing field', async () => {
      const p = expectProblem(await post('{}'), 400, 'empty object');
      expect(fields(p).sort()).toEqual(['email', 'name', 'password', 'workspaceName']);
    });

    it('answers an empty body sent as JSON with malformed_json', async () => {
      const p = expectProblem(await post(''), 400, 'empty body');
      expect(p.code).toBe('malformed_json');
    });

    it('answers a form post with 415', async () => {
      const p = expectProblem(await post('name=a&email=b', 'application/x-www-form-urlencoded'), 415, 'form');
      expect(p.code).toBe('unsupported_media_type');
    });

    it('answers a duplicate e-mail with 409 naming email, whatever its case', async () => {
      const body = valid();
      expect((await post(JSON.stringify(body))).statusCode).toBe(201);
      const p = expectProblem(
        await post(JSON.stringify({ ...valid(), email: body.email.toUpperCase() })),
        409,
        'dup',
      );
      expect(fields(p)).toEqual(['email']);
    });

    it('survives deeply nested and prototype-polluting JSON without a 500', async () => {
      const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      expect((await post(nested)).statusCode).toBe(400);
      const polluted = JSON.stringify(valid()).replace(/^\{/, '{"__proto__":{"admin":true},');
      const res = await post(polluted);
      expect(res.statusCode, res.body).toBeLessThan(500);
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
    });
  });
});

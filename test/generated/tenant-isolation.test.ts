import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { Client, createTestApp, signUp, type TestApp } from '../support/app.js';
import {
  addMember,
  factoryFor,
  grantMembership,
  REQUEST_SAMPLES,
  RESOURCE_FACTORIES,
} from '../support/resource-factories.js';
import { fillUrl, loadRouteTable, sampleValue, sendsBody, type RouteCase } from './route-table.js';

// Generated from the route table: every workspace route, present and future, must answer 404 to
// people outside the workspace, and every route naming an object must not reach another workspace's.

/**
 * Path parameters that do not name a workspace-owned object (e.g. a report period). Every other
 * parameter must be declared in the route's `resources` so this suite can attack it.
 */
const NON_RESOURCE_PARAMS = new Set<string>();

const ROUTES = await loadRouteTable();
const WORKSPACE_ROUTES = ROUTES.filter((r) => r.scope === 'workspace');
const RESOURCE_ROUTES = WORKSPACE_ROUTES.filter((r) => Object.keys(r.resources ?? {}).length > 0);

/** The body a route gets here: a valid one when we can build it, so validation does not stop us early. */
function bodyFor(r: RouteCase): unknown {
  if (!sendsBody(r.method)) return undefined;
  if (r.label in REQUEST_SAMPLES) return REQUEST_SAMPLES[r.label];
  if (!r.body) return {};
  const sample = sampleValue(r.body);
  if (!sample.ok) {
    throw new Error(
      `Cannot build a valid body for ${r.label} (${sample.why}): add one to REQUEST_SAMPLES in test/support/resource-factories.ts`,
    );
  }
  return sample.value;
}

function explain(r: RouteCase, res: LightMyRequestResponse, who: string): string {
  return `${r.label} called by ${who} answered ${res.statusCode}: ${res.body.slice(0, 300)}`;
}

describe('route table declarations', () => {
  it('finds the workspace routes', () => {
    expect(WORKSPACE_ROUTES.length).toBeGreaterThan(5);
  });

  it.each(WORKSPACE_ROUTES.map((r) => [r.label, r] as const))(
    '%s declares each id parameter as a resource',
    (_label, r) => {
      const undeclared = r.params.filter((p) => !r.resources?.[p] && !NON_RESOURCE_PARAMS.has(p));
      expect(
        undeclared,
        `${r.label}: declare resources: { ${undeclared.map((p) => `${p}: '<kind>'`).join(', ')} } in its workspaceRoute`,
      ).toEqual([]);
    },
  );

  it.each(RESOURCE_ROUTES.map((r) => [r.label, r] as const))(
    '%s has a resource factory for each kind it names',
    (_label, r) => {
      for (const kind of Object.values(r.resources ?? {}))
        expect(() => factoryFor(kind, r.label)).not.toThrow();
    },
  );

  it('keeps one factory per kind, each a function', () => {
    for (const [kind, f] of Object.entries(RESOURCE_FACTORIES)) expect(typeof f, kind).toBe('function');
  });
});

describe.each(DIALECTS)('tenant isolation on %s', (dialect) => {
  let t: TestApp;
  let a: { client: Client; workspaceId: string };
  let b: { client: Client; workspaceId: string };
  let dualTokenForB: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    a = await signUp(t.app, { workspaceName: 'Workspace A' });
    b = await signUp(t.app, { workspaceName: 'Workspace B' });
    // Someone who belongs to both, with a token issued for B only: it must not open A.
    const dual = await addMember(t.app, b.workspaceId, 'owner');
    await grantMembership(t.app, dual.client, a.workspaceId, 'owner');
    const created = await dual.client.post(`/api/v1/workspaces/${b.workspaceId}/api-tokens`, {
      name: 'B only',
      role: 'owner',
    });
    expect(created.statusCode, created.body).toBe(201);
    dualTokenForB = created.json<{ secret: string }>().secret;
  });
  afterAll(async () => t.close());

  describe('a member of another workspace gets 404 on every workspace route', () => {
    it.each(WORKSPACE_ROUTES.map((r) => [r.label, r] as const))('%s', async (_label, r) => {
      const url = fillUrl(r.url, { workspaceId: a.workspaceId });
      const body = sendsBody(r.method) ? {} : undefined;
      const stranger = await b.client.request(r.method, url, body);
      expect(stranger.statusCode, explain(r, stranger, 'an owner of another workspace')).toBe(404);
      expect(stranger.headers['content-type']).toContain('application/problem+json');

      const token = await t.app.inject({
        method: r.method,
        url,
        headers: {
          authorization: `Bearer ${dualTokenForB}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { payload: JSON.stringify(body) } : {}),
      });
      expect(token.statusCode, explain(r, token, 'a member of both holding a token for the other')).toBe(404);
    });
  });

  describe("an object of another workspace is 404 under one's own workspace", () => {
    it.each(RESOURCE_ROUTES.map((r) => [r.label, r] as const))('%s', async (_label, r) => {
      const ids: Record<string, string> = {};
      for (const [param, kind] of Object.entries(r.resources ?? {})) {
        ids[param] = await factoryFor(
          kind,
          r.label,
        )({
          app: t.app,
          ownerClient: a.client,
          workspaceId: a.workspaceId,
        });
      }
      const body = bodyFor(r);
      const cross = await b.client.request(
        r.method,
        fillUrl(r.url, { ...ids, workspaceId: b.workspaceId }),
        body,
      );
      expect(
        cross.statusCode,
        `${explain(r, cross, 'an owner of another workspace, with ids from workspace A')}${cross.statusCode === 400 ? ' — validation stopped the request before the lookup: add a valid body to REQUEST_SAMPLES in test/support/resource-factories.ts' : ''}`,
      ).toBe(404);
      // Control: under its own workspace the object is found, so the 404 above is isolation and not
      // a factory that returned an id nobody can find.
      const own = await a.client.request(
        r.method,
        fillUrl(r.url, { ...ids, workspaceId: a.workspaceId }),
        body,
      );
      expect(own.statusCode, explain(r, own, 'the owner of the workspace the object belongs to')).not.toBe(
        404,
      );
      expect(
        own.statusCode,
        explain(r, own, 'the owner of the workspace the object belongs to'),
      ).toBeLessThan(500);
    });
  });
});

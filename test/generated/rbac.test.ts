import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorCan, type Actor } from '../../src/app/http/principal.js';
import { abilities, ACTIONS, can, mayGrant, POLICY, ROLES, type Role } from '../../src/core/policy.js';
import { DIALECTS } from '../support/databases.js';
import { Client, createTestApp, signUp, type TestApp } from '../support/app.js';
import { createSignedInUser, grantMembership } from '../support/resource-factories.js';
import { fillUrl, loadRouteTable, sendsBody, type RouteCase } from './route-table.js';

// Generated from the policy table: every role against every workspace route. A role the policy denies
// gets exactly 403; a role it allows never gets 403 (a 400, 404 or 409 for our empty body is fine).

const ROUTES = (await loadRouteTable()).filter(
  (r): r is RouteCase & { action: NonNullable<RouteCase['action']> } => r.scope === 'workspace' && !!r.action,
);

const subset = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));

function actorWith(role: Role, memberRole: Role, token: boolean): Actor {
  return {
    principal: {
      userId: 'u',
      email: 'u@example.test',
      name: 'U',
      locale: null,
      timeZone: null,
      via: token ? 'token' : 'session',
      ...(token ? { token: { id: 't', workspaceId: 'w', role } } : {}),
    },
    userId: 'u',
    workspaceId: 'w',
    membershipId: 'm',
    role,
    memberRole,
    label: 'u',
    ip: null,
  };
}

describe('policy table', () => {
  it('gives every role an entry made only of known actions, without duplicates', () => {
    for (const role of ROLES) {
      expect(POLICY[role], role).toBeDefined();
      expect(
        POLICY[role].filter((a) => !(ACTIONS as readonly string[]).includes(a)),
        role,
      ).toEqual([]);
      expect(new Set(POLICY[role]).size, role).toBe(POLICY[role].length);
    }
  });

  it.each(ROLES.map((r) => [r]))('answers can() and abilities() for %s exactly as the table says', (role) => {
    const table = abilities(role);
    for (const action of ACTIONS) {
      expect(can(role, action), `${role} × ${action}`).toBe(POLICY[role].includes(action));
      expect(table[action], `${role} × ${action}`).toBe(POLICY[role].includes(action));
    }
  });

  it('keeps the shape the product promises', () => {
    expect([...POLICY.owner].sort()).toEqual([...ACTIONS].sort());
    expect(ROLES.filter((r) => can(r, 'workspace.delete'))).toEqual(['owner']);
    expect([...POLICY.admin].sort()).toEqual(ACTIONS.filter((a) => a !== 'workspace.delete').sort());
    expect(ROLES.filter((r) => can(r, 'audit.read'))).toEqual(['owner', 'admin']);
    for (const role of ROLES) expect(can(role, 'workspace.read'), role).toBe(true);
    // Executives read dashboards and reports; they change nothing.
    expect(POLICY.executive.every((a) => a.endsWith('.read'))).toBe(true);
  });

  it('lets a token do only what both its role and its owner’s current role allow', () => {
    for (const tokenRole of ROLES) {
      for (const memberRole of ROLES) {
        const actor = actorWith(tokenRole, memberRole, true);
        for (const action of ACTIONS) {
          expect(actorCan(actor, action), `${tokenRole} token of a ${memberRole} × ${action}`).toBe(
            can(tokenRole, action) && can(memberRole, action),
          );
        }
      }
    }
  });

  it('never lets a role grant more than it has, nor anyone but an owner grant owner', () => {
    for (const granter of ROLES) {
      for (const granted of ROLES) {
        const expected =
          subset(POLICY[granted], POLICY[granter]) && (granted !== 'owner' || granter === 'owner');
        expect(mayGrant(granter, granted), `${granter} grants ${granted}`).toBe(expected);
      }
    }
  });

  it('never escalates through a chain of grants', () => {
    for (const start of ROLES) {
      const reached = new Set<Role>([start]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const holder of [...reached]) {
          for (const next of ROLES) {
            if (!reached.has(next) && mayGrant(holder, next)) {
              reached.add(next);
              grew = true;
            }
          }
        }
      }
      for (const r of reached) expect(subset(POLICY[r], POLICY[start]), `${start} ⇒ ${r}`).toBe(true);
    }
  });
});

describe.each(DIALECTS)('RBAC over every workspace route on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let shared: string;
  const members = new Map<Role, Client>();

  /** A workspace where the owner and one member of each other role belong. */
  async function workspaceWithEveryRole(name: string): Promise<string> {
    const res = await owner.post('/api/v1/workspaces', { name });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<{ data: { id: string } }>().data.id;
    for (const role of ROLES)
      if (role !== 'owner') await grantMembership(t.app, members.get(role)!, id, role);
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = (await signUp(t.app, { workspaceName: 'RBAC' })).client;
    members.set('owner', owner);
    for (const role of ROLES)
      if (role !== 'owner') members.set(role, await createSignedInUser(t.app, `RBAC ${role}`));
    shared = await workspaceWithEveryRole('RBAC shared');
  });
  afterAll(async () => t.close());

  it.each(ROLES.map((r) => [r]))('tells a %s what they may do, from the same table', async (role) => {
    const res = await members.get(role)!.get(`/api/v1/workspaces/${shared}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().role).toBe(role);
    expect(res.json().can).toEqual(abilities(role));
  });

  for (const route of ROUTES) {
    describe(route.label, () => {
      // A write that names no object acts on the workspace itself (leave, delete, settings, create):
      // it gets a workspace of its own so it cannot disturb the other routes.
      const ownWorkspace = route.method !== 'GET' && route.params.length === 0;
      let workspaceId: string;
      beforeAll(async () => {
        workspaceId = ownWorkspace ? await workspaceWithEveryRole(`RBAC ${route.label}`) : shared;
      });

      // Denied roles first: an allowed call may change the workspace (even delete it), and the 403
      // of a denied role must be checked while they are still a member of a living workspace.
      const order = [...ROLES].sort((x, y) => Number(can(x, route.action)) - Number(can(y, route.action)));
      it.each(order.map((r) => [r, can(r, route.action) ? 'allowed' : 'denied']))('%s (%s)', async (role) => {
        const res = await members
          .get(role)!
          .request(
            route.method,
            fillUrl(route.url, { workspaceId }),
            sendsBody(route.method) ? {} : undefined,
          );
        const what = `${role} on ${route.label} (${route.action}) answered ${res.statusCode}: ${res.body.slice(0, 300)}`;
        if (can(role, route.action)) {
          expect(res.statusCode, what).not.toBe(403);
        } else {
          expect(res.statusCode, what).toBe(403);
          expect(res.json().code, what).toBe('forbidden');
        }
        expect(res.statusCode, what).toBeLessThan(500);
      });
    });
  }
});

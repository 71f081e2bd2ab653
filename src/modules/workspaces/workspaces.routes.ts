import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { forbidden } from '../../app/errors.js';
import { userRoute, workspaceRoute } from '../../app/http/routes.js';
import { mayGrant, ROLES } from '../../core/policy.js';
import { zRole } from './workspaces.schemas.js';
import { zAbilities, zWorkspace, zWorkspaceCreate, zWorkspaceUpdate } from './workspaces.schemas.js';
import { actorAbilities, WorkspacesService } from './workspaces.service.js';

const tags = ['workspaces'];

/** Workspace list, creation, settings; responses carry `can` from the policy table. */
export function workspacesRoutes(app: FastifyInstance): void {
  const ctx = app.ctx;

  userRoute(app, {
    method: 'GET',
    url: '/workspaces',
    summary: 'Workspaces the caller belongs to, with their role',
    tags,
    response: z.object({ data: z.array(z.object({ id: z.string(), name: z.string(), role: zRole })) }),
    handler: async ({ principal }) => {
      const all = await new WorkspacesService(ctx).listForUser(principal.userId);
      // An API token opens one workspace only.
      return { data: principal.token ? all.filter((w) => w.id === principal.token?.workspaceId) : all };
    },
  });

  userRoute(app, {
    method: 'POST',
    url: '/workspaces',
    summary: 'Create another workspace (e.g. one per client of an agency)',
    tags,
    body: zWorkspaceCreate,
    response: z.object({ data: zWorkspace }),
    status: 201,
    handler: async ({ principal, body }) => {
      if (principal.token) throw forbidden('API tokens cannot create workspaces');
      return { data: await new WorkspacesService(ctx).create(principal.userId, principal.email, body) };
    },
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '',
    action: 'workspace.read',
    summary: 'The workspace and what the caller may do in it',
    tags,
    response: z.object({ data: zWorkspace, role: zRole, can: zAbilities, grantableRoles: z.array(zRole) }),
    handler: async ({ actor }) => ({
      data: await new WorkspacesService(ctx).get(actor),
      role: actor.role,
      can: actorAbilities(actor),
      // Roles this caller may hand out (invitations, role changes, tokens): the same rule the server enforces.
      grantableRoles: ROLES.filter((r) => mayGrant(actor.role, r) && mayGrant(actor.memberRole, r)),
    }),
  });

  workspaceRoute(app, {
    method: 'PATCH',
    url: '',
    action: 'workspace.update',
    summary: 'Change name, time zone, currency, language or business hours',
    tags,
    body: zWorkspaceUpdate,
    response: z.object({ data: zWorkspace }),
    handler: async ({ actor, body }) => ({ data: await new WorkspacesService(ctx).update(actor, body) }),
  });

  workspaceRoute(app, {
    method: 'DELETE',
    url: '',
    action: 'workspace.delete',
    summary: 'Delete the workspace and everything in it (owner only)',
    tags,
    status: 204,
    handler: async ({ actor }) => {
      await new WorkspacesService(ctx).delete(actor);
      return null;
    },
  });
}

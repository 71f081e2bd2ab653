import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import { zMember, zMemberParams, zMemberUpdate } from './members.schemas.js';
import { MembersService } from './members.service.js';

const tags = ['members'];

/** Members of a workspace: list, role and departments, removal, leaving. */
export function membersRoutes(app: FastifyInstance): void {
  const ctx = app.ctx;

  workspaceRoute(app, {
    method: 'GET',
    url: '/members',
    action: 'members.read',
    summary: 'Everyone in the workspace with their role and departments',
    tags,
    response: z.object({ data: z.array(zMember) }),
    handler: async ({ actor }) => ({ data: await new MembersService(ctx).list(actor) }),
  });

  workspaceRoute(app, {
    method: 'PATCH',
    url: '/members/:memberId',
    action: 'members.manage',
    summary: 'Change a member’s role or departments (never above one’s own role; one owner stays)',
    tags,
    params: zMemberParams,
    resources: { memberId: 'membership' },
    body: zMemberUpdate,
    response: z.object({ data: zMember }),
    handler: async ({ actor, params, body }) => ({
      data: await new MembersService(ctx).update(actor, params.memberId, body),
    }),
  });

  workspaceRoute(app, {
    method: 'DELETE',
    url: '/members/:memberId',
    action: 'members.manage',
    summary: 'Remove a member from the workspace (not the last owner)',
    tags,
    params: zMemberParams,
    resources: { memberId: 'membership' },
    status: 204,
    handler: async ({ actor, params }) => {
      await new MembersService(ctx).remove(actor, params.memberId);
      return null;
    },
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/leave',
    action: 'workspace.read',
    summary: 'Leave the workspace (its last owner cannot)',
    tags,
    status: 204,
    handler: async ({ actor }) => {
      await new MembersService(ctx).leave(actor);
      return null;
    },
  });
}

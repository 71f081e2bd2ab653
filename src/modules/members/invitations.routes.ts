import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { unauthorized } from '../../app/errors.js';
import { setSessionCookie } from '../../app/http/auth.js';
import { publicRoute, workspaceRoute } from '../../app/http/routes.js';
import { zSession } from '../identity/identity.schemas.js';
import { IdentityService, presentUser } from '../identity/identity.service.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import {
  zInvitation,
  zInvitationAccept,
  zInvitationCreate,
  zInvitationParams,
  zInvitationPreview,
  zInvitationTokenParams,
} from './invitations.schemas.js';
import { InvitationsService } from './invitations.service.js';

const tags = ['invitations'];

/** Inviting by e-mail (workspace side) and the public preview/accept of a link. */
export function invitationsRoutes(app: FastifyInstance): void {
  const ctx = app.ctx;

  workspaceRoute(app, {
    method: 'GET',
    url: '/invitations',
    action: 'members.invite',
    summary: 'Invitations of the workspace, newest first, with their status',
    tags,
    response: z.object({ data: z.array(zInvitation) }),
    handler: async ({ actor }) => ({ data: await new InvitationsService(ctx).list(actor) }),
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/invitations',
    action: 'members.invite',
    summary: 'Invite someone by e-mail with a role and departments (replaces their pending invitation)',
    tags,
    body: zInvitationCreate,
    status: 201,
    response: z.object({ data: zInvitation }),
    handler: async ({ actor, body }) => ({ data: await new InvitationsService(ctx).create(actor, body) }),
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/invitations/:invitationId/resend',
    action: 'members.invite',
    summary: 'Send the invitation again with a new link valid for another week',
    tags,
    params: zInvitationParams,
    resources: { invitationId: 'invitation' },
    response: z.object({ data: zInvitation }),
    handler: async ({ actor, params }) => ({
      data: await new InvitationsService(ctx).resend(actor, params.invitationId),
    }),
  });

  workspaceRoute(app, {
    method: 'DELETE',
    url: '/invitations/:invitationId',
    action: 'members.invite',
    summary: 'Revoke an invitation: its link stops working',
    tags,
    params: zInvitationParams,
    resources: { invitationId: 'invitation' },
    status: 204,
    handler: async ({ actor, params }) => {
      await new InvitationsService(ctx).revoke(actor, params.invitationId);
      return null;
    },
  });

  publicRoute(app, {
    method: 'GET',
    url: '/invitations/:token',
    summary: 'What an invitation link opens (404 invitation_invalid when it no longer does)',
    tags,
    params: zInvitationTokenParams,
    response: z.object({ data: zInvitationPreview }),
    rateLimit: { max: 60, timeWindowMs: 60_000 },
    handler: async ({ params }) => ({ data: await new InvitationsService(ctx).preview(params.token) }),
  });

  publicRoute(app, {
    method: 'POST',
    url: '/invitations/:token/accept',
    summary: 'Accept: create the account or prove the existing one, join, and sign in',
    tags,
    params: zInvitationTokenParams,
    body: zInvitationAccept,
    response: zSession,
    // Accepting for an existing account checks its password: limited like sign-in, per link and address.
    rateLimit: {
      max: 10,
      timeWindowMs: 60_000,
      key: (req) => `${req.ip}:${(req.params as { token?: string }).token ?? ''}`,
    },
    handler: async ({ params, body, req, reply }) => {
      const { userId } = await new InvitationsService(ctx).accept(params.token, body, { ip: req.ip ?? null });
      const identity = new IdentityService(ctx);
      const session = await identity.openSession(userId, {
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      setSessionCookie(ctx, reply, session.token);
      const user = await identity.users.findById(userId);
      if (!user) throw unauthorized();
      return {
        user: presentUser(user),
        csrfToken: session.csrfToken,
        workspaces: await new WorkspacesService(ctx).listForUser(userId),
      };
    },
  });
}

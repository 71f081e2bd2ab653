import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import { zApiToken, zApiTokenCreate, zApiTokenCreated } from './api-tokens.schemas.js';
import { ApiTokensService } from './api-tokens.service.js';

const tags = ['api-tokens'];

/** Personal API tokens (Bearer) for the public API, one workspace and one role each. */
export function apiTokensRoutes(app: FastifyInstance): void {
  const ctx = app.ctx;

  workspaceRoute(app, {
    method: 'GET',
    url: '/api-tokens',
    action: 'tokens.manage',
    summary: 'API tokens: yours, or everyone’s for owners and admins',
    tags,
    response: z.object({ data: z.array(zApiToken) }),
    handler: async ({ actor }) => ({ data: await new ApiTokensService(ctx).list(actor) }),
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/api-tokens',
    action: 'tokens.manage',
    summary: 'Create an API token with a role you may grant; the secret is shown once',
    tags,
    body: zApiTokenCreate,
    response: zApiTokenCreated,
    status: 201,
    handler: async ({ actor, body, reply }) => {
      const { token, secret } = await new ApiTokensService(ctx).create(actor, body);
      void reply.header('cache-control', 'no-store');
      return { data: token, secret };
    },
  });

  workspaceRoute(app, {
    method: 'DELETE',
    url: '/api-tokens/:tokenId',
    action: 'tokens.manage',
    summary: 'Revoke an API token (yours, or anyone’s for owners and admins)',
    tags,
    params: { tokenId: z.string().max(64) },
    resources: { tokenId: 'api-token' },
    status: 204,
    handler: async ({ actor, params }) => {
      await new ApiTokensService(ctx).revoke(actor, params.tokenId);
      return null;
    },
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { zAccountConnect, zAccountView } from './accounts.schemas.js';
import { AccountsService } from './accounts.service.js';

const tags = ['accounts'];
const id = z.string().max(64);
const one = z.object({ data: zAccountView });

/** Connected social network accounts: list, connect, check, reconnect, disconnect. */
export function accountsRoutes(app: FastifyInstance): void {
  // Read per request so a test (or a self-hosted setup) can allow connecting to local servers.
  const accounts = () =>
    new AccountsService(app.ctx, {
      allowPrivateHosts: process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS === '1',
    });

  workspaceRoute(app, {
    method: 'GET',
    url: '/accounts',
    action: 'accounts.read',
    tags,
    response: z.object({ data: z.array(zAccountView) }),
    summary: 'Connected accounts with their health (never their credentials)',
    handler: async ({ actor }) => ({ data: await accounts().list(actor) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/accounts',
    action: 'accounts.manage',
    tags,
    body: zAccountConnect,
    response: one,
    status: 201,
    summary: 'Connect an account (Bluesky: handle + app password; Mastodon: instance URL + access token)',
    handler: async ({ actor, body }) => ({ data: await accounts().connect(actor, body) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/accounts/:accountId/check',
    action: 'accounts.manage',
    tags,
    params: { accountId: id },
    resources: { accountId: 'connected-account' },
    response: one,
    summary: 'Check the account credentials with the network and store its health',
    handler: async ({ actor, params }) => ({ data: await accounts().check(actor, params.accountId) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/accounts/:accountId/reconnect',
    action: 'accounts.manage',
    tags,
    params: { accountId: id },
    resources: { accountId: 'connected-account' },
    body: zAccountConnect,
    response: one,
    summary: 'Replace the credentials of an account',
    handler: async ({ actor, params, body }) => ({
      data: await accounts().reconnect(actor, params.accountId, body),
    }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/accounts/:accountId',
    action: 'accounts.manage',
    tags,
    status: 204,
    params: { accountId: id },
    resources: { accountId: 'connected-account' },
    summary: 'Disconnect an account and forget its credentials',
    handler: async ({ actor, params }) => accounts().disconnect(actor, params.accountId),
  });
}

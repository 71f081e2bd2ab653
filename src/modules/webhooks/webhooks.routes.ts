import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import {
  zDeliveriesPage,
  zDeliveriesQuery,
  zDelivery,
  zWebhook,
  zWebhookCreate,
  zWebhookUpdate,
  zWebhookWithSecret,
} from './webhooks.schemas.js';
import { WebhooksService } from './webhooks.service.js';

const tags = ['webhooks'];
const id = z.string().max(64);
const one = z.object({ data: zWebhook });

/** Outgoing webhooks: signed JSON (or Slack / Teams messages) for workspace events, with a delivery log. */
export function webhooksRoutes(app: FastifyInstance): void {
  const service = () => new WebhooksService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/webhooks',
    action: 'webhooks.manage',
    tags,
    response: z.object({ data: z.array(zWebhook) }),
    summary: 'The workspace’s webhooks (never their secrets)',
    handler: async ({ actor }) => ({ data: await service().list(actor) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/webhooks',
    action: 'webhooks.manage',
    tags,
    body: zWebhookCreate,
    response: zWebhookWithSecret,
    status: 201,
    summary: 'Add a webhook; its signing secret is returned this once',
    handler: async ({ actor, body, reply }) => {
      const { webhook, secret } = await service().create(actor, body);
      void reply.header('cache-control', 'no-store');
      return { data: webhook, secret };
    },
  });
  workspaceRoute(app, {
    method: 'PATCH',
    url: '/webhooks/:webhookId',
    action: 'webhooks.manage',
    tags,
    params: { webhookId: id },
    resources: { webhookId: 'webhook' },
    body: zWebhookUpdate,
    response: one,
    summary: 'Change a webhook’s address, preset, events, description, or switch it on or off',
    handler: async ({ actor, params, body }) => ({
      data: await service().update(actor, params.webhookId, body),
    }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/webhooks/:webhookId/secret',
    action: 'webhooks.manage',
    tags,
    params: { webhookId: id },
    resources: { webhookId: 'webhook' },
    response: zWebhookWithSecret,
    summary: 'Rotate the signing secret: the new one is returned this once, the old one stops at once',
    handler: async ({ actor, params, reply }) => {
      const { webhook, secret } = await service().rotateSecret(actor, params.webhookId);
      void reply.header('cache-control', 'no-store');
      return { data: webhook, secret };
    },
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/webhooks/:webhookId',
    action: 'webhooks.manage',
    tags,
    status: 204,
    params: { webhookId: id },
    resources: { webhookId: 'webhook' },
    summary: 'Remove a webhook and its delivery log',
    handler: async ({ actor, params }) => {
      await service().remove(actor, params.webhookId);
      return null;
    },
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/webhooks/:webhookId/test',
    action: 'webhooks.manage',
    tags,
    params: { webhookId: id },
    resources: { webhookId: 'webhook' },
    status: 202,
    response: z.object({ data: zDelivery }),
    summary: 'Send a `ping` event now; the delivery log shows the answer',
    handler: async ({ actor, params }) => ({ data: await service().test(actor, params.webhookId) }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/webhooks/:webhookId/deliveries',
    action: 'webhooks.manage',
    tags,
    params: { webhookId: id },
    resources: { webhookId: 'webhook' },
    query: zDeliveriesQuery,
    response: zDeliveriesPage,
    summary: 'The delivery log, newest first, a page at a time',
    handler: async ({ actor, params, query }) =>
      service().deliveries(actor, params.webhookId, query.limit, query.before),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/webhooks/:webhookId/deliveries/:deliveryId/redeliver',
    action: 'webhooks.manage',
    tags,
    params: { webhookId: id, deliveryId: id },
    resources: { webhookId: 'webhook', deliveryId: 'webhook-delivery' },
    status: 202,
    response: z.object({ data: zDelivery }),
    summary: 'Send a past delivery’s event again (a new delivery with the same event id)',
    handler: async ({ actor, params }) => ({
      data: await service().redeliver(actor, params.webhookId, params.deliveryId),
    }),
  });
}

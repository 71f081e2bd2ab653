import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { zPostingSlotsInput, zPostingSlotsView } from './slots.schemas.js';
import { SlotsService } from './slots.service.js';

const tags = ['posting-slots'];
const params = { accountId: z.string().max(64) };
const resources = { accountId: 'connected-account' };
const one = z.object({ data: zPostingSlotsView });

/** Weekly posting slots per connected account ("add to queue" takes the next free one). */
export function slotsRoutes(app: FastifyInstance): void {
  const slots = () => new SlotsService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/accounts/:accountId/slots',
    action: 'posts.read',
    tags,
    params,
    resources,
    response: one,
    summary: 'The account’s weekly posting slots, in the workspace time zone',
    handler: async ({ actor, params }) => ({ data: await slots().get(actor, params.accountId) }),
  });
  workspaceRoute(app, {
    method: 'PUT',
    url: '/accounts/:accountId/slots',
    action: 'posts.publish',
    tags,
    params,
    resources,
    body: zPostingSlotsInput,
    response: one,
    summary: 'Replace the account’s weekly posting slots',
    handler: async ({ actor, params, body }) => ({
      data: await slots().replace(actor, params.accountId, body.slots),
    }),
  });
}

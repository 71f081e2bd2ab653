import type { FastifyInstance } from 'fastify';
import { workspaceRoute } from '../../../app/http/routes.js';
import { zIndicatorsQuery, zIndicatorsResponse } from './indicators.schemas.js';
import { InboxIndicatorsService } from './indicators.service.js';

/** Inbox indicators: response times, response rate, backlog and question counts over a period. */
export function inboxIndicatorsRoutes(app: FastifyInstance): void {
  workspaceRoute(app, {
    method: 'GET',
    url: '/inbox/indicators',
    action: 'inbox.read',
    tags: ['inbox'],
    query: zIndicatorsQuery,
    response: zIndicatorsResponse,
    summary:
      'First-response median and p90, share within target, response rate, backlog and question counts (?from=&to= dates in the workspace time zone, to included; groupBy=network|assignee|department|none)',
    handler: async ({ actor, query }) => new InboxIndicatorsService(app.ctx).indicators(actor, query),
  });
}

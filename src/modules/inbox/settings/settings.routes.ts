import type { FastifyInstance } from 'fastify';
import { workspaceRoute } from '../../../app/http/routes.js';
import { InboxSettingsService } from './settings.service.js';
import { zInboxSettings, zInboxSettingsView } from './settings.schemas.js';

const tags = ['inbox'];

/** First-response targets per network and priority, in business hours or around the clock. */
export function inboxSettingsRoutes(app: FastifyInstance): void {
  const settings = () => new InboxSettingsService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/inbox/settings',
    action: 'inbox.read',
    tags,
    response: zInboxSettingsView,
    summary: 'Response targets (the defaults until changed: X 30 minutes, other networks 4 hours)',
    handler: async ({ actor }) => ({ data: await settings().get(actor) }),
  });
  workspaceRoute(app, {
    method: 'PUT',
    url: '/inbox/settings',
    action: 'workspace.update',
    tags,
    body: zInboxSettings,
    response: zInboxSettingsView,
    summary: 'Replace the response targets; items already received keep their due time',
    handler: async ({ actor, body }) => ({ data: await settings().put(actor, body) }),
  });
}

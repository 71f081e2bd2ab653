import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import {
  zMarkRead,
  zMarkReadResult,
  zNotificationsPage,
  zNotificationsQuery,
  zPreference,
  zPreferencesUpdate,
} from './notifications.schemas.js';
import { NotificationsService } from './notifications.service.js';

const tags = ['notifications'];
const prefs = z.object({ data: z.array(zPreference) });

/** The notification centre: each member reads and sets only their own. */
export function notificationsRoutes(app: FastifyInstance): void {
  const service = () => new NotificationsService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/notifications',
    action: 'workspace.read',
    tags,
    query: zNotificationsQuery,
    response: zNotificationsPage,
    summary: 'Your notifications in this workspace, newest first, with the unread count',
    handler: async ({ actor, query }) =>
      service().list(actor, {
        unreadOnly: query.unread === '1',
        limit: query.limit,
        ...(query.before ? { before: query.before } : {}),
      }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/notifications/read',
    action: 'workspace.read',
    tags,
    body: zMarkRead,
    response: zMarkReadResult,
    summary: 'Mark some of your notifications read (ids), or all of them (all: true)',
    handler: async ({ actor, body }) =>
      service().markRead(actor, {
        ...(body.ids ? { ids: body.ids } : {}),
        ...(body.all ? { all: true } : {}),
      }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/notifications/preferences',
    action: 'workspace.read',
    tags,
    response: prefs,
    summary: 'Your notification preferences: in the app and by e-mail, per type',
    handler: async ({ actor }) => ({ data: await service().preferences(actor) }),
  });
  workspaceRoute(app, {
    method: 'PUT',
    url: '/notifications/preferences',
    action: 'workspace.read',
    tags,
    body: zPreferencesUpdate,
    response: prefs,
    summary: 'Set your notification preferences for the given types',
    handler: async ({ actor, body }) => ({ data: await service().savePreferences(actor, body.preferences) }),
  });
}

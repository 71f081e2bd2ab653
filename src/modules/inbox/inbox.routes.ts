import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import { inboxPeopleRoutes } from './people/people.routes.js';
import { inboxPollingRoutes } from './polling/polling.routes.js';
import { inboxRepliesRoutes } from './replies/replies.routes.js';
import { inboxRulesRoutes } from './rules/rules.routes.js';
import { savedRepliesRoutes } from './saved-replies/saved-replies.routes.js';
import { inboxSettingsRoutes } from './settings/settings.routes.js';
import { InboxService } from './triage/inbox.service.js';
import {
  zBulkTriage,
  zInboxDetail,
  zInboxItem,
  zInboxPage,
  zInboxQuery,
  zTriagePatch,
} from './triage/inbox.schemas.js';

const tags = ['inbox'];

/**
 * The unified inbox: list with filters, a conversation with the author's history, triage; then its
 * handling (replies and notes, saved replies, routing rules, response targets), each in its folder.
 */
export function inboxRoutes(app: FastifyInstance): void {
  const inbox = () => new InboxService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/inbox/items',
    action: 'inbox.read',
    tags,
    query: zInboxQuery,
    response: zInboxPage,
    summary: 'Inbox items, newest first; pass nextCursor as `before` for the next page',
    handler: async ({ actor, query }) => inbox().page(actor, query),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/inbox/items/:itemId',
    action: 'inbox.read',
    tags,
    params: { itemId: z.string().max(64) },
    resources: { itemId: 'inbox-item' },
    response: zInboxDetail,
    summary: 'One item with its whole conversation and the author’s other conversations',
    handler: async ({ actor, params }) => inbox().detail(actor, params.itemId),
  });
  workspaceRoute(app, {
    method: 'PATCH',
    url: '/inbox/items/:itemId',
    action: 'inbox.handle',
    tags,
    params: { itemId: z.string().max(64) },
    resources: { itemId: 'inbox-item' },
    body: zTriagePatch,
    response: z.object({ data: zInboxItem }),
    summary: 'Change state, priority, assignee, department or tags',
    handler: async ({ actor, params, body }) => ({
      data: (await inbox().triage(actor, [params.itemId], body))[0]!,
    }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/inbox/items/bulk',
    action: 'inbox.handle',
    tags,
    body: zBulkTriage,
    response: z.object({ data: z.array(zInboxItem) }),
    summary: 'Apply one triage change to many items (all or nothing when an id is unknown)',
    handler: async ({ actor, body }) => ({ data: await inbox().triage(actor, body.ids, body.set) }),
  });
  inboxRepliesRoutes(app);
  inboxPeopleRoutes(app);
  inboxPollingRoutes(app);
  savedRepliesRoutes(app);
  inboxRulesRoutes(app);
  inboxSettingsRoutes(app);
}

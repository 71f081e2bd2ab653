import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../../app/errors.js';
import { workspaceRoute } from '../../../app/http/routes.js';
import { AuditService } from '../../audit/audit.service.js';
import { InboxIngestRepository } from '../ingest/inbox-ingest.repository.js';
import { InboxPollingRepository } from './polling.repository.js';
import { zPolling, zPollingInput } from './polling.schemas.js';

const tags = ['inbox'];

/**
 * How often each connected account is read for new messages. Setting it is `inbox.handle`, not
 * `accounts.manage`: it changes how fresh the inbox is, not the connection or its credentials, and the
 * people who run the inbox (community managers) are the ones who need a busy account read more often.
 * The bounds keep any choice far below the networks' rate limits.
 */
export function inboxPollingRoutes(app: FastifyInstance): void {
  const repo = () => new InboxPollingRepository(app.ctx.database.db);

  workspaceRoute(app, {
    method: 'GET',
    url: '/inbox/polling',
    action: 'inbox.read',
    tags,
    response: z.object({ data: z.array(zPolling) }),
    summary: 'Each connected account’s poll interval and the state of its last read',
    handler: async ({ actor }) => {
      // Accounts connected since the worker last ran have no cursor yet: give them one to show.
      await new InboxIngestRepository(app.ctx.database.db).ensureCursors(app.ctx.clock.now().toISOString());
      return { data: await repo().list(actor.workspaceId) };
    },
  });
  workspaceRoute(app, {
    method: 'PUT',
    url: '/inbox/accounts/:accountId/polling',
    action: 'inbox.handle',
    tags,
    params: { accountId: z.string().max(64) },
    resources: { accountId: 'connected-account' },
    body: zPollingInput,
    response: z.object({ data: zPolling }),
    summary: 'Set how often the account is read (60 s to 1 h); pollNow reads it at the next tick',
    handler: async ({ actor, params, body }) => {
      const now = app.ctx.clock.now();
      await new InboxIngestRepository(app.ctx.database.db).ensureCursors(now.toISOString());
      const [before] = await repo().list(actor.workspaceId, params.accountId);
      if (!before) throw notFound('connected account');
      const next = body.pollNow ? now : new Date(now.getTime() + body.intervalSeconds * 1000);
      await repo().set(actor.workspaceId, params.accountId, body.intervalSeconds, next.toISOString());
      await new AuditService(app.ctx.database.db, app.ctx.clock).record(actor, {
        action: 'inbox.polling.update',
        objectType: 'connected_account',
        objectId: params.accountId,
        summary: `Set the inbox poll interval of ${before.handle} to ${body.intervalSeconds} s`,
        before: { intervalSeconds: before.intervalSeconds },
        after: { intervalSeconds: body.intervalSeconds, pollNow: body.pollNow ?? false },
      });
      const [after] = await repo().list(actor.workspaceId, params.accountId);
      return { data: after! };
    },
  });
}

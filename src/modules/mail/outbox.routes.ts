import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import { MailService } from './mail.service.js';
import { zMail, zMailIdParams } from './outbox.schemas.js';

const tags = ['mail'];

/** The workspace's outbox: what was sent, logged (no SMTP) or failed, and a manual retry. */
export function outboxRoutes(app: FastifyInstance): void {
  const ctx = app.ctx;

  workspaceRoute(app, {
    method: 'GET',
    url: '/outbox',
    action: 'outbox.read',
    summary: 'Mail the workspace sent (invitations…), newest first, with delivery status',
    tags,
    response: z.object({ data: z.array(zMail) }),
    handler: async ({ actor }) => ({ data: await new MailService(ctx).list(actor.workspaceId) }),
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/outbox/:mailId/retry',
    action: 'outbox.read',
    summary: 'Deliver a failed or logged message again now',
    tags,
    params: zMailIdParams,
    resources: { mailId: 'mail' },
    response: z.object({ data: zMail }),
    handler: async ({ actor, params }) => ({ data: await new MailService(ctx).retry(actor, params.mailId) }),
  });
}

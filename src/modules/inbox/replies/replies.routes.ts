import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { InboxRepliesService } from './replies.service.js';
import { zNote, zNoteInput, zReply, zReplyInput } from './replies.schemas.js';

const tags = ['inbox'];
const id = z.string().max(64);

/** Replying from Presence through the account's network, retrying a failed reply, internal notes. */
export function inboxRepliesRoutes(app: FastifyInstance): void {
  const replies = () => new InboxRepliesService(app.ctx);

  workspaceRoute(app, {
    method: 'POST',
    url: '/inbox/items/:itemId/reply',
    action: 'inbox.handle',
    tags,
    status: 201,
    params: { itemId: id },
    resources: { itemId: 'inbox-item' },
    body: zReplyInput,
    response: z.object({ data: zReply }),
    summary:
      'Answer on the network; the reply is recorded even when the network refuses it (status failed, with why). 202 { held, heldReplyId } when a reply circuit holds it for approval',
    handler: async ({ actor, params, body, reply }) => {
      const result = await replies().reply(actor, params.itemId, body);
      // Held for approval (reply circuit): accepted, not sent; the answer names the held reply.
      if ('held' in result) return reply.status(202).send(result);
      return { data: result };
    },
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/inbox/replies/:replyId/retry',
    action: 'inbox.handle',
    tags,
    params: { replyId: id },
    resources: { replyId: 'inbox-reply' },
    response: z.object({ data: zReply }),
    summary: 'Send a failed reply again (same idempotency key: never posted twice)',
    handler: async ({ actor, params }) => ({ data: await replies().retry(actor, params.replyId) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/inbox/items/:itemId/notes',
    action: 'inbox.handle',
    tags,
    status: 201,
    params: { itemId: id },
    resources: { itemId: 'inbox-item' },
    body: zNoteInput,
    response: z.object({ data: zNote }),
    summary: 'Add an internal note (never sent to the network)',
    handler: async ({ actor, params, body }) => ({
      data: await replies().addNote(actor, params.itemId, body.text),
    }),
  });
}

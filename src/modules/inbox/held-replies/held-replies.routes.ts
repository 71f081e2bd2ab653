import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { zReply } from '../replies/replies.schemas.js';
import { HeldRepliesService } from './held-replies.service.js';

const tags = ['inbox'];
const id = z.string().max(64);
const STATUSES = ['pending', 'approved', 'rejected', 'sent', 'failed'] as const;

const zHeldReply = z.object({
  id: z.string(),
  itemId: z.string(),
  authorId: z.string(),
  text: z.string(),
  circuitId: z.string(),
  status: z.enum(STATUSES),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
  canDecide: z.boolean(),
});

/** Replies held by a reply circuit: list them, approve (sends once) or reject with a reason. */
export function heldRepliesRoutes(app: FastifyInstance): void {
  const held = () => new HeldRepliesService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/inbox/held-replies',
    action: 'inbox.read',
    tags,
    query: z.object({ status: z.enum(STATUSES).optional(), itemId: id.optional() }),
    response: z.object({ data: z.array(zHeldReply) }),
    summary:
      'Replies held for approval (canDecide: the caller approves the first step and is not the author)',
    handler: async ({ actor, query }) => ({
      data: await held().list(actor, {
        ...(query.status ? { status: query.status } : {}),
        ...(query.itemId ? { itemId: query.itemId } : {}),
      }),
    }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/inbox/held-replies/:heldReplyId/approve',
    action: 'approvals.decide',
    tags,
    params: { heldReplyId: id },
    resources: { heldReplyId: 'held-reply' },
    response: z.object({ data: zHeldReply, reply: zReply }),
    summary: 'Approve a held reply: it is sent once through the connector (a second click gets 409)',
    handler: async ({ actor, params }) => {
      const { heldReply, reply } = await held().approve(actor, params.heldReplyId);
      return { data: heldReply, reply };
    },
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/inbox/held-replies/:heldReplyId/reject',
    action: 'approvals.decide',
    tags,
    params: { heldReplyId: id },
    resources: { heldReplyId: 'held-reply' },
    body: z.object({ reason: z.string().trim().min(1).max(1000) }),
    response: z.object({ data: zHeldReply }),
    summary: 'Reject a held reply with a reason: it is never sent; its author is notified',
    handler: async ({ actor, params, body }) => ({
      data: await held().reject(actor, params.heldReplyId, body.reason),
    }),
  });
}

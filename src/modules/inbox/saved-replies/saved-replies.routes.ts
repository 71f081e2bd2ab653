import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { SavedRepliesService } from './saved-replies.service.js';
import {
  zRenderInput,
  zSavedRepliesQuery,
  zSavedReply,
  zSavedReplyInput,
  zSavedReplyPatch,
} from './saved-replies.schemas.js';

const tags = ['inbox'];
const id = z.string().max(64);

/** Saved replies with variables ({{contact.name}}, {{contact.handle}}, {{agent.name}}, {{workspace.name}}). */
export function savedRepliesRoutes(app: FastifyInstance): void {
  const saved = () => new SavedRepliesService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/inbox/saved-replies',
    action: 'inbox.read',
    tags,
    query: zSavedRepliesQuery,
    response: z.object({ data: z.array(zSavedReply) }),
    summary: 'Saved replies by title; `language` keeps those in it and those for any language',
    handler: async ({ actor, query }) => ({ data: await saved().list(actor, query) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/inbox/saved-replies',
    action: 'inbox.handle',
    tags,
    status: 201,
    body: zSavedReplyInput,
    response: z.object({ data: zSavedReply }),
    summary: 'Save a reply',
    handler: async ({ actor, body }) => ({ data: await saved().create(actor, body) }),
  });
  workspaceRoute(app, {
    method: 'PATCH',
    url: '/inbox/saved-replies/:savedReplyId',
    action: 'inbox.handle',
    tags,
    params: { savedReplyId: id },
    resources: { savedReplyId: 'inbox-saved-reply' },
    body: zSavedReplyPatch,
    response: z.object({ data: zSavedReply }),
    summary: 'Change a saved reply',
    handler: async ({ actor, params, body }) => ({
      data: await saved().update(actor, params.savedReplyId, body),
    }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/inbox/saved-replies/:savedReplyId',
    action: 'inbox.handle',
    tags,
    status: 204,
    params: { savedReplyId: id },
    resources: { savedReplyId: 'inbox-saved-reply' },
    summary: 'Delete a saved reply',
    handler: async ({ actor, params }) => {
      await saved().remove(actor, params.savedReplyId);
      return null;
    },
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/inbox/saved-replies/:savedReplyId/render',
    action: 'inbox.handle',
    tags,
    params: { savedReplyId: id },
    resources: { savedReplyId: 'inbox-saved-reply' },
    body: zRenderInput,
    response: z.object({ text: z.string() }),
    summary: 'The saved reply filled in for one conversation, signed by you',
    handler: async ({ actor, params, body }) => ({
      text: await saved().render(actor, params.savedReplyId, body.itemId),
    }),
  });
}

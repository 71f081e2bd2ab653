import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { publicRoute } from '../../app/http/routes.js';
import { zReviewDecision } from './approvals.schemas.js';
import { ApprovalsService } from './approvals.service.js';
import { ReviewLinksService } from './review-links.service.js';

const tags = ['review'];
const zToken = z.string().min(1).max(100);
// Per link and address: a guessed token gains nothing, and one reviewer cannot starve another.
const rateLimit = {
  max: 30,
  timeWindowMs: 60_000,
  key: (req: FastifyRequest) => `${req.ip}:${(req.params as { token?: string }).token ?? ''}`,
};

/** The outside reviewer's side: the shared post, their decision, and the post's media, by token only. */
export function reviewRoutes(app: FastifyInstance): void {
  const links = () => new ReviewLinksService(new ApprovalsService(app.ctx));

  publicRoute(app, {
    method: 'GET',
    url: '/review/:token',
    tags,
    params: { token: zToken },
    rateLimit,
    summary: 'The post shared through a review link (texts, media, time; nothing else)',
    handler: async ({ params, reply }) => {
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      return links().view(params.token);
    },
  });
  publicRoute(app, {
    method: 'POST',
    url: '/review/:token',
    tags,
    params: { token: zToken },
    body: zReviewDecision,
    rateLimit,
    summary: "An outside reviewer's decision (approve, reject) or comment",
    handler: async ({ params, body }) => links().decide(params.token, body),
  });
  publicRoute(app, {
    method: 'GET',
    url: '/review/:token/media/:mediaId',
    tags,
    params: { token: zToken, mediaId: z.string().max(64) },
    rateLimit: { ...rateLimit, max: 120 },
    summary: 'A media file of the shared post',
    handler: async ({ params, reply }) => {
      const file = await links().media(params.token, params.mediaId);
      return reply
        .type(file.mimeType)
        .header('content-length', file.size)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=600')
        .send(file.stream);
    },
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { PostsLifecycle } from './posts-lifecycle.service.js';
import {
  zAttempts,
  zChecks,
  zNetworks,
  zPostInput,
  zPostPage,
  zPostPatch,
  zPostsQuery,
  zPostWithChecks,
  zTimeBody,
  zVariantSelection,
} from './posts.schemas.js';
import { PostsService, type PostWithChecks } from './posts.service.js';
import type { Actor } from '../../../app/http/principal.js';

type SelectionMove = (actor: Actor, postId: string, variantIds?: string[]) => Promise<PostWithChecks>;

const tags = ['posts'];
const id = z.string().max(64);
const post = { postId: id };
const postResource = { postId: 'post' } as const;

/** The composer and scheduling API (POSTS-API.md): posts, their variants, checks and lifecycle. */
export function postsRoutes(app: FastifyInstance): void {
  const service = () => new PostsService(app.ctx);
  const lifecycle = () => new PostsLifecycle(service());

  workspaceRoute(app, {
    method: 'GET',
    url: '/publishing/networks',
    action: 'posts.read',
    tags,
    response: zNetworks,
    summary: 'The networks the composer can publish to, with their limits (capabilities)',
    handler: async () => ({ data: service().networks() }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/posts',
    action: 'posts.read',
    tags,
    query: zPostsQuery,
    response: zPostPage,
    summary: 'Posts by variant time, status, strategy links, network, account, author or text',
    handler: async ({ actor, query }) => service().list(actor, query),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/posts/check',
    action: 'posts.write',
    tags,
    body: zPostInput,
    response: z.object({ checks: zChecks }),
    summary: 'Live checks of a post being composed (writes nothing)',
    handler: async ({ actor, body }) => ({ checks: await service().check(actor, body) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/posts',
    action: 'posts.write',
    tags,
    body: zPostInput,
    response: zPostWithChecks,
    status: 201,
    summary: 'Create a post with one draft variant per account',
    handler: async ({ actor, body }) => service().create(actor, body),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/posts/:postId',
    action: 'posts.read',
    tags,
    params: post,
    resources: postResource,
    response: zPostWithChecks,
    summary: 'A post with its variants and live checks',
    handler: async ({ actor, params }) => service().get(actor, params.postId),
  });
  workspaceRoute(app, {
    method: 'PATCH',
    url: '/posts/:postId',
    action: 'posts.write',
    tags,
    params: post,
    resources: postResource,
    body: zPostPatch,
    response: zPostWithChecks,
    summary: 'Edit a post; `variants` is the full list (missing ones are removed)',
    handler: async ({ actor, params, body }) => service().update(actor, params.postId, body),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/posts/:postId',
    action: 'posts.write',
    tags,
    params: post,
    resources: postResource,
    status: 204,
    summary: 'Delete a post and cancel its waiting jobs (published posts stay on the networks)',
    handler: async ({ actor, params }) => service().remove(actor, params.postId),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/posts/:postId/attempts',
    action: 'posts.read',
    tags,
    params: post,
    resources: postResource,
    response: zAttempts,
    summary: "The post's publish attempts",
    handler: async ({ actor, params }) => service().attempts(actor, params.postId),
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/posts/:postId/schedule',
    action: 'posts.publish',
    tags,
    params: post,
    resources: postResource,
    body: zTimeBody,
    response: zPostWithChecks,
    summary: 'Schedule variants at an instant or a wall-clock time in a zone',
    handler: async ({ actor, params, body }) => lifecycle().schedule(actor, params.postId, body),
  });
  // The moves that take an optional selection of variants differ only by verb: one table.
  const selectionMoves = [
    ['publish-now', 'Publish variants now', (a, p, v) => lifecycle().publishNow(a, p, v)],
    [
      'queue',
      "Put each variant in its account's next free posting slot",
      (a, p, v) => lifecycle().queue(a, p, v),
    ],
    ['unschedule', 'Scheduled variants back to draft', (a, p, v) => lifecycle().unschedule(a, p, v)],
    ['cancel', 'Cancel scheduled and failed variants', (a, p, v) => lifecycle().cancel(a, p, v)],
  ] as const satisfies readonly (readonly [string, string, SelectionMove])[];
  for (const [verb, summary, move] of selectionMoves) {
    workspaceRoute(app, {
      method: 'POST',
      url: `/posts/:postId/${verb}`,
      action: 'posts.publish',
      tags,
      params: post,
      resources: postResource,
      body: zVariantSelection.optional(),
      response: zPostWithChecks,
      summary,
      handler: async ({ actor, params, body }) => move(actor, params.postId, body?.variantIds),
    });
  }
  workspaceRoute(app, {
    method: 'POST',
    url: '/posts/:postId/reschedule',
    action: 'posts.publish',
    tags,
    params: post,
    resources: postResource,
    body: zTimeBody,
    response: zPostWithChecks,
    summary: 'Move the post, keeping the gaps between its variants',
    handler: async ({ actor, params, body }) => lifecycle().reschedule(actor, params.postId, body),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/posts/:postId/variants/:variantId/retry',
    action: 'posts.publish',
    tags,
    params: { postId: id, variantId: id },
    resources: { postId: 'post', variantId: 'post-variant' },
    response: zPostWithChecks,
    summary: 'Retry a failed variant (same idempotency key: never published twice)',
    handler: async ({ actor, params }) => lifecycle().retry(actor, params.postId, params.variantId),
  });
}

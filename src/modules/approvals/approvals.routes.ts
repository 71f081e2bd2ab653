import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import { ApprovalsQueries } from './approvals-query.service.js';
import {
  zApproveBody,
  zCircuitInput,
  zCommentBody,
  zDecisionBody,
  zDiffQuery,
  zIndicatorsQuery,
  zReviewLinkCreate,
  zSubmitBody,
} from './approvals.schemas.js';
import { ApprovalsService } from './approvals.service.js';
import { CircuitsService } from './circuits.service.js';
import { CommentsService } from './comments.service.js';
import { ReviewLinksService } from './review-links.service.js';
import { VersionsService } from './versions.service.js';
import { actorCan } from '../../app/http/principal.js';

const tags = ['approvals'];
const zId = z.string().max(64);
const post = { params: { postId: zId }, resources: { postId: 'post' } };

/** Approval circuits, a post's approval (submit, decide, withdraw), inbox, indicators, comments, versions, review links. */
export function approvalsRoutes(app: FastifyInstance): void {
  const service = () => new ApprovalsService(app.ctx);
  const circuits = () => new CircuitsService(app.ctx);
  const queries = () => new ApprovalsQueries(service());

  workspaceRoute(app, {
    method: 'GET',
    url: '/approval-circuits',
    action: 'posts.read',
    tags,
    summary: 'The approval circuits of the workspace, by name',
    handler: async ({ actor }) => ({
      data: await circuits().list(actor.workspaceId),
      can: { configure: actorCan(actor, 'approvals.configure') },
    }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/approval-circuits',
    action: 'approvals.configure',
    tags,
    body: zCircuitInput,
    status: 201,
    summary:
      'Create an approval circuit (sequential steps; approvers by member, role, department or outside reviewer)',
    handler: async ({ actor, body }) => ({ data: await circuits().create(actor, body) }),
  });
  const circuit = { params: { circuitId: zId }, resources: { circuitId: 'approval-circuit' } };
  workspaceRoute(app, {
    method: 'GET',
    url: '/approval-circuits/:circuitId',
    action: 'posts.read',
    tags,
    ...circuit,
    summary: 'One approval circuit',
    handler: async ({ actor, params }) => ({
      data: await circuits().get(actor.workspaceId, params.circuitId),
    }),
  });
  workspaceRoute(app, {
    method: 'PUT',
    url: '/approval-circuits/:circuitId',
    action: 'approvals.configure',
    tags,
    ...circuit,
    body: zCircuitInput,
    summary: 'Replace an approval circuit (approvals already running keep the circuit they started with)',
    handler: async ({ actor, params, body }) => ({
      data: await circuits().replace(actor, params.circuitId, body),
    }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/approval-circuits/:circuitId',
    action: 'approvals.configure',
    tags,
    ...circuit,
    status: 204,
    summary: 'Delete an approval circuit',
    handler: async ({ actor, params }) => circuits().remove(actor, params.circuitId),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/posts/:postId/approval',
    action: 'posts.read',
    tags,
    ...post,
    summary: "A post's approval: status, current step with its clock, who must act, step log and timeline",
    handler: async ({ actor, params }) => queries().view(actor, params.postId),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/posts/:postId/submit',
    action: 'posts.write',
    tags,
    ...post,
    body: zSubmitBody,
    summary: 'Submit a post to its approval circuit (skip: true bypasses an optional circuit)',
    handler: async ({ actor, params, body }) => {
      await service().submit(actor, params.postId, body.skip ?? false);
      return queries().view(actor, params.postId);
    },
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/posts/:postId/withdraw',
    action: 'posts.write',
    tags,
    ...post,
    summary: 'Take a post back out of review (its author only)',
    handler: async ({ actor, params }) => {
      await service().withdraw(actor, params.postId);
      return queries().view(actor, params.postId);
    },
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/posts/:postId/approve',
    action: 'approvals.decide',
    tags,
    ...post,
    body: zApproveBody,
    summary: 'Approve the current step of a post',
    handler: async ({ actor, params, body }) => {
      await service().decide(actor, params.postId, 'approved', body.comment);
      if (body.comment) await new CommentsService(service()).add(actor, params.postId, body.comment);
      return queries().view(actor, params.postId);
    },
  });
  for (const [url, kind, summary] of [
    ['/posts/:postId/reject', 'rejected', 'Reject a post for good (a new submission starts a new approval)'],
    ['/posts/:postId/request-changes', 'changes_requested', 'Send a post back to its author for changes'],
  ] as const) {
    workspaceRoute(app, {
      method: 'POST',
      url,
      action: 'approvals.decide',
      tags,
      ...post,
      body: zDecisionBody,
      summary,
      handler: async ({ actor, params, body }) => {
        await service().decide(actor, params.postId, kind, body.comment);
        await new CommentsService(service()).add(actor, params.postId, body.comment);
        return queries().view(actor, params.postId);
      },
    });
  }

  workspaceRoute(app, {
    method: 'GET',
    url: '/approvals/inbox',
    action: 'posts.read',
    tags,
    summary: 'Posts whose current approval step waits for the caller, soonest due first',
    handler: async ({ actor }) => queries().inbox(actor),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/approvals/indicators',
    action: 'analytics.read',
    tags,
    query: zIndicatorsQuery,
    summary:
      'Approval cycle times (median, p90, share within target, rework rate) by step, department or content type',
    handler: async ({ actor, query }) => queries().indicators(actor, query),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/posts/:postId/comments',
    action: 'posts.read',
    tags,
    ...post,
    summary: 'Comments on a post, oldest first',
    handler: async ({ actor, params }) => ({
      data: await new CommentsService(service()).list(actor.workspaceId, params.postId),
    }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/posts/:postId/comments',
    action: 'posts.write',
    tags,
    ...post,
    body: zCommentBody,
    status: 201,
    summary: 'Comment on a post; @mentions notify the members named',
    handler: async ({ actor, params, body }) => ({
      data: await new CommentsService(service()).add(actor, params.postId, body.text),
    }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/posts/:postId/versions',
    action: 'posts.read',
    tags,
    ...post,
    summary: 'Versions of a post (at each submission and edit), newest first',
    handler: async ({ actor, params }) => ({
      data: await new VersionsService(service()).list(actor.workspaceId, params.postId),
    }),
  });
  const version = {
    params: { postId: zId, versionId: zId },
    resources: { postId: 'post', versionId: 'post-version' },
  };
  workspaceRoute(app, {
    method: 'GET',
    url: '/posts/:postId/versions/:versionId',
    action: 'posts.read',
    tags,
    ...version,
    summary: 'One version of a post with its content',
    handler: async ({ actor, params }) => ({
      data: await new VersionsService(service()).get(actor.workspaceId, params.postId, params.versionId),
    }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/posts/:postId/versions/:versionId/diff',
    action: 'posts.read',
    tags,
    ...version,
    query: zDiffQuery,
    summary: 'Word-level difference between a version and another (default: the one before it)',
    handler: async ({ actor, params, query }) => ({
      data: await new VersionsService(service()).diff(
        actor.workspaceId,
        params.postId,
        params.versionId,
        query.against,
      ),
    }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/posts/:postId/review-links',
    action: 'posts.read',
    tags,
    ...post,
    summary: 'Review links of a post for outside reviewers (never their token)',
    handler: async ({ actor, params }) => ({
      data: await new ReviewLinksService(service()).list(actor.workspaceId, params.postId),
    }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/posts/:postId/review-links',
    action: 'posts.write',
    tags,
    ...post,
    body: zReviewLinkCreate,
    status: 201,
    summary: 'Share a post with an outside reviewer through a signed, expiring link (the URL is shown once)',
    handler: async ({ actor, params, body }) => ({
      data: await new ReviewLinksService(service()).create(actor, params.postId, body),
    }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/posts/:postId/review-links/:linkId',
    action: 'posts.write',
    tags,
    params: { postId: zId, linkId: zId },
    resources: { postId: 'post', linkId: 'review-link' },
    status: 204,
    summary: 'Revoke a review link',
    handler: async ({ actor, params }) =>
      new ReviewLinksService(service()).revoke(actor, params.postId, params.linkId),
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { zId } from '../common.schemas.js';
import { zDiff, zDiffQuery, zPublish, zVersion, zVersionSummary } from './versions.schemas.js';
import { VersionsService } from './versions.service.js';

const tags = ['strategy'];

/** Published versions: list, publish, read one, compare two (or one with the draft). */
export function versionsRoutes(app: FastifyInstance): void {
  const service = () => new VersionsService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/strategy/versions',
    action: 'strategy.read',
    summary: 'Published versions of the strategy, newest first',
    tags,
    response: z.object({ data: z.array(zVersionSummary) }),
    handler: async ({ actor }) => ({ data: await service().list(actor) }),
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/strategy/versions',
    action: 'strategy.publish',
    summary: 'Publish the draft as the next version (N+1), with a note',
    tags,
    body: zPublish,
    status: 201,
    response: z.object({ data: zVersionSummary }),
    handler: async ({ actor, body }) => ({ data: await service().publish(actor, body.note) }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/strategy/versions/diff',
    action: 'strategy.read',
    summary: 'What changed between two versions, or a version and the draft (from/to: draft, number or id)',
    tags,
    query: zDiffQuery,
    response: z.object({ data: zDiff }),
    handler: async ({ actor, query }) => ({ data: await service().diff(actor, query.from, query.to) }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/strategy/versions/:versionId',
    action: 'strategy.read',
    summary: 'One published version with its snapshot',
    tags,
    params: { versionId: zId },
    resources: { versionId: 'strategy-version' },
    response: z.object({ data: zVersion }),
    handler: async ({ actor, params }) => ({ data: await service().get(actor, params.versionId) }),
  });
}

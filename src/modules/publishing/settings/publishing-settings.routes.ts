import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { AuditService } from '../../audit/audit.service.js';
import { PublishingSettingsRepository } from '../scheduler/publish-attempts.repository.js';
import { MISSED_POST_POLICIES, type MissedPostPolicy } from '../scheduler/publishing.types.js';

const tags = ['publishing'];
const zSettings = z.object({
  missedPostPolicy: z
    .enum(MISSED_POST_POLICIES as unknown as [MissedPostPolicy, ...MissedPostPolicy[]])
    .describe(
      'What happens to posts that fell due while publishing was stopped: publish them late, or flag them',
    ),
});
const one = z.object({ data: zSettings });

/** The workspace's publishing settings: what to do with posts missed while no worker ran. */
export function publishingSettingsRoutes(app: FastifyInstance): void {
  const repo = () => new PublishingSettingsRepository(app.ctx.database.db);

  workspaceRoute(app, {
    method: 'GET',
    url: '/publishing/settings',
    action: 'posts.read',
    tags,
    response: one,
    summary: 'Publishing settings of the workspace',
    handler: async ({ actor }) => ({
      data: { missedPostPolicy: await repo().missedPostPolicy(actor.workspaceId) },
    }),
  });
  workspaceRoute(app, {
    method: 'PUT',
    url: '/publishing/settings',
    action: 'workspace.update',
    tags,
    body: zSettings,
    response: one,
    summary: 'Change the publishing settings (missed posts: publish late or flag)',
    handler: async ({ actor, body }) => {
      const before = await repo().missedPostPolicy(actor.workspaceId);
      await repo().setMissedPostPolicy(
        actor.workspaceId,
        body.missedPostPolicy,
        app.ctx.clock.now().toISOString(),
      );
      await new AuditService(app.ctx.database.db, app.ctx.clock).record(actor, {
        action: 'publishing.settings.update',
        objectType: 'publishing_settings',
        objectId: actor.workspaceId,
        summary: `Missed posts: ${body.missedPostPolicy}`,
        before: { missedPostPolicy: before },
        after: body,
      });
      return { data: body };
    },
  });
}

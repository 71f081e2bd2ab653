import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../app/http/routes.js';
import { actionsRoutes } from './actions/actions.routes.js';
import { audiencesRoutes } from './audiences/audiences.routes.js';
import { completenessRoutes } from './completeness/completeness.routes.js';
import { editorialLineRoutes } from './editorial-line/editorial-line.routes.js';
import { existingActionsRoutes } from './existing-actions/existing-actions.routes.js';
import { importExportRoutes } from './import-export/import-export.routes.js';
import { indicatorsRoutes } from './indicators/indicators.routes.js';
import { networkChoicesRoutes } from './network-choices/network-choices.routes.js';
import { objectivesRoutes } from './objectives/objectives.routes.js';
import { obstaclesRoutes } from './obstacles/obstacles.routes.js';
import { zSnapshot, zStrategyMeta, zStrategyPatch } from './snapshot.schemas.js';
import { strategyDocumentsRoutes } from './strategy-documents.routes.js';
import { StrategyService } from './strategy.service.js';
import { valueAddedRoutes } from './value-added/value-added.routes.js';
import { versionsRoutes } from './versions/versions.routes.js';

const zStrategyAnswer = z.object({
  data: zSnapshot,
  meta: zStrategyMeta,
  can: z.object({ write: z.boolean(), publish: z.boolean() }),
});

/** The strategy builder's whole API: the draft, the nine steps, versions, files and documents. */
export function strategyRoutes(app: FastifyInstance): void {
  workspaceRoute(app, {
    method: 'GET',
    url: '/strategy',
    action: 'strategy.read',
    summary: 'The whole strategy draft, its meta and what the caller may do with it',
    tags: ['strategy'],
    response: zStrategyAnswer,
    handler: async ({ actor }) => new StrategyService(app.ctx).get(actor),
  });

  workspaceRoute(app, {
    method: 'PATCH',
    url: '/strategy',
    action: 'strategy.write',
    summary: 'Change the title or the summary of the draft',
    tags: ['strategy'],
    body: zStrategyPatch,
    response: zStrategyAnswer,
    handler: async ({ actor, body }) => {
      const service = new StrategyService(app.ctx);
      await service.updateOverview(actor, body);
      return service.get(actor);
    },
  });

  objectivesRoutes(app);
  audiencesRoutes(app);
  existingActionsRoutes(app);
  valueAddedRoutes(app);
  networkChoicesRoutes(app);
  editorialLineRoutes(app);
  indicatorsRoutes(app);
  actionsRoutes(app);
  obstaclesRoutes(app);
  completenessRoutes(app);
  versionsRoutes(app);
  importExportRoutes(app);
  strategyDocumentsRoutes(app);
}

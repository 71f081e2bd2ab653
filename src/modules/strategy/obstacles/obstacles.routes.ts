import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { itemRoutes } from '../item.routes.js';
import { zHeatmap, zHeatmapQuery, zObstacle, zObstacleCreate, zObstaclePatch } from './obstacles.schemas.js';
import { obstaclesDefinition, obstaclesHeatmap } from './obstacles.service.js';

/** Step 9: /obstacles and /obstacles/heatmap. */
export function obstaclesRoutes(app: FastifyInstance): void {
  workspaceRoute(app, {
    method: 'GET',
    url: '/obstacles/heatmap',
    action: 'strategy.read',
    summary: 'How many obstacles fall in each likelihood × impact cell (5 × 5)',
    tags: ['strategy'],
    query: zHeatmapQuery,
    response: z.object({ data: zHeatmap }),
    handler: async ({ actor, query }) => ({ data: await obstaclesHeatmap(app.ctx, actor, query) }),
  });

  itemRoutes(app, {
    path: '/obstacles',
    param: 'obstacleId',
    kind: 'strategy-obstacle',
    plural: 'obstacles',
    item: zObstacle,
    create: zObstacleCreate,
    update: zObstaclePatch,
    definition: obstaclesDefinition,
  });
}

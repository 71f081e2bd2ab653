import type { FastifyInstance } from 'fastify';
import { itemRoutes } from '../item.routes.js';
import { zObjective, zObjectiveCreate, zObjectivePatch } from './objectives.schemas.js';
import { objectivesDefinition } from './objectives.service.js';

/** Step 1: /objectives. */
export function objectivesRoutes(app: FastifyInstance): void {
  itemRoutes(app, {
    path: '/objectives',
    param: 'objectiveId',
    kind: 'strategy-objective',
    plural: 'objectives',
    item: zObjective,
    create: zObjectiveCreate,
    update: zObjectivePatch,
    definition: objectivesDefinition,
  });
}

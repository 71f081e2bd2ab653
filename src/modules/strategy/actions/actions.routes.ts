import type { FastifyInstance } from 'fastify';
import { itemRoutes } from '../item.routes.js';
import { zPlanAction, zPlanActionCreate, zPlanActionPatch } from './actions.schemas.js';
import { actionsDefinition } from './actions.service.js';

/** The action plan with RACI (step 8): /actions. */
export function actionsRoutes(app: FastifyInstance): void {
  itemRoutes(app, {
    path: '/actions',
    param: 'actionId',
    kind: 'strategy-action',
    plural: 'plan actions',
    item: zPlanAction,
    create: zPlanActionCreate,
    update: zPlanActionPatch,
    definition: actionsDefinition,
  });
}

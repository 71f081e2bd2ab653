import type { FastifyInstance } from 'fastify';
import { itemRoutes } from '../item.routes.js';
import { zExistingAction, zExistingActionCreate, zExistingActionPatch } from './existing-actions.schemas.js';
import { existingActionsDefinition } from './existing-actions.service.js';

/** Step 3: /existing-actions. */
export function existingActionsRoutes(app: FastifyInstance): void {
  itemRoutes(app, {
    path: '/existing-actions',
    param: 'existingActionId',
    kind: 'strategy-existing-action',
    plural: 'existing communication actions',
    item: zExistingAction,
    create: zExistingActionCreate,
    update: zExistingActionPatch,
    definition: existingActionsDefinition,
  });
}

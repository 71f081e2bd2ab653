import type { FastifyInstance } from 'fastify';
import { itemRoutes } from '../item.routes.js';
import { zValueAdded, zValueAddedCreate, zValueAddedPatch } from './value-added.schemas.js';
import { valueAddedDefinition } from './value-added.service.js';

/** Step 4: /value-added. */
export function valueAddedRoutes(app: FastifyInstance): void {
  itemRoutes(app, {
    path: '/value-added',
    param: 'valueAddedId',
    kind: 'strategy-value-added',
    plural: 'value-added statements',
    item: zValueAdded,
    create: zValueAddedCreate,
    update: zValueAddedPatch,
    definition: valueAddedDefinition,
  });
}

import type { FastifyInstance } from 'fastify';
import { itemRoutes } from '../item.routes.js';
import { zIndicator, zIndicatorCreate, zIndicatorPatch } from './indicators.schemas.js';
import { indicatorsDefinition } from './indicators.service.js';

/** Step 7: /indicators. */
export function indicatorsRoutes(app: FastifyInstance): void {
  itemRoutes(app, {
    path: '/indicators',
    param: 'indicatorId',
    kind: 'strategy-indicator',
    plural: 'indicators',
    item: zIndicator,
    create: zIndicatorCreate,
    update: zIndicatorPatch,
    definition: indicatorsDefinition,
  });
}

import type { FastifyInstance } from 'fastify';
import { itemRoutes } from '../item.routes.js';
import { zAudience, zAudienceCreate, zAudiencePatch } from './audiences.schemas.js';
import { audiencesDefinition } from './audiences.service.js';

/** Step 2: /audiences. */
export function audiencesRoutes(app: FastifyInstance): void {
  itemRoutes(app, {
    path: '/audiences',
    param: 'audienceId',
    kind: 'strategy-audience',
    plural: 'audiences',
    item: zAudience,
    create: zAudienceCreate,
    update: zAudiencePatch,
    definition: audiencesDefinition,
  });
}

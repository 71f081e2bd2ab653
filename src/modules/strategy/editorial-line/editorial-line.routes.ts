import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { zEditorialLine, zEditorialLinePut } from './editorial-line.schemas.js';
import { EditorialLineService } from './editorial-line.service.js';

const tags = ['strategy'];

/** Step 6: GET/PUT /editorial-line (one per workspace). */
export function editorialLineRoutes(app: FastifyInstance): void {
  workspaceRoute(app, {
    method: 'GET',
    url: '/editorial-line',
    action: 'strategy.read',
    summary: 'The editorial line: tone, image, content pillars, formats, frequencies, dos and don’ts',
    tags,
    response: z.object({ data: zEditorialLine }),
    handler: async ({ actor }) => ({ data: await new EditorialLineService(app.ctx).get(actor) }),
  });

  workspaceRoute(app, {
    method: 'PUT',
    url: '/editorial-line',
    action: 'strategy.write',
    summary: 'Replace the editorial line (pillars keep their ids when sent with them)',
    tags,
    body: zEditorialLinePut,
    response: z.object({ data: zEditorialLine }),
    handler: async ({ actor, body }) => ({ data: await new EditorialLineService(app.ctx).put(actor, body) }),
  });
}

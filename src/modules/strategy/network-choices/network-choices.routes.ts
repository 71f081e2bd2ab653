import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { FIT_BASIS, NETWORKS } from '../catalogue/networks.js';
import { itemRoutes } from '../item.routes.js';
import { METRICS } from '../metrics.catalogue.js';
import { zNetworkChoice, zNetworkChoiceCreate, zNetworkChoicePatch } from './network-choices.schemas.js';
import { networkChoicesDefinition } from './network-choices.service.js';
import { networkRecommendations } from './recommendations.service.js';

const tags = ['strategy'];
const zText = z.object({ en: z.string(), fr: z.string() });

const zRecommendation = z.object({
  networkId: z.string(),
  name: z.string(),
  score: z.number(),
  reasons: z.array(
    z.object({
      key: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
      weight: z.number(),
      text: zText,
    }),
  ),
  choice: z.object({ id: z.string(), chosen: z.boolean() }).nullable(),
});

/** Step 5: /network-choices, their recommendations, and the catalogues the builder shows. */
export function networkChoicesRoutes(app: FastifyInstance): void {
  workspaceRoute(app, {
    method: 'GET',
    url: '/network-choices/recommendations',
    action: 'strategy.read',
    summary: 'Every network scored 0–100 against the objectives and personas, with its reasons',
    tags,
    response: z.object({ data: z.array(zRecommendation) }),
    handler: async ({ actor }) => ({ data: await networkRecommendations(app.ctx, actor) }),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/strategy/catalogue',
    action: 'strategy.read',
    summary:
      'The network catalogue (audience facts with sources) and the metric catalogue (formulas, cited targets)',
    tags,
    response: z.object({
      data: z.object({
        networks: z.array(z.record(z.string(), z.unknown())),
        fitBasis: zText,
        metrics: z.array(z.record(z.string(), z.unknown())),
      }),
    }),
    handler: async () => ({
      data: { networks: [...NETWORKS], fitBasis: FIT_BASIS, metrics: Object.values(METRICS) },
    }),
  });

  itemRoutes(app, {
    path: '/network-choices',
    param: 'networkChoiceId',
    kind: 'strategy-network-choice',
    plural: 'network choices',
    item: zNetworkChoice,
    create: zNetworkChoiceCreate,
    update: zNetworkChoicePatch,
    definition: networkChoicesDefinition,
  });
}

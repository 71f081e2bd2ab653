import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { zAccountMetricsQuery, zAccountMetricsResponse, zVariantMetricsResponse } from './metrics.schemas.js';
import { MetricsQueryService } from './metrics.service.js';
import { MetricsRefreshService } from './refresh.service.js';

const tags = ['analytics'];
const id = z.string().max(64);

/** The metric series collected over time: per published variant and per account. */
export function analyticsMetricsRoutes(app: FastifyInstance): void {
  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/variants/:variantId/metrics',
    action: 'analytics.read',
    tags,
    params: { variantId: id },
    resources: { variantId: 'post-variant' },
    response: zVariantMetricsResponse,
    summary: 'Metric snapshots of a published variant (1 h, 6 h, 24 h, 7 d, then daily to day 30)',
    handler: async ({ actor, params }) => ({
      data: await new MetricsQueryService(app.ctx).variantSeries(actor, params.variantId),
    }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/accounts/:accountId/metrics',
    action: 'analytics.read',
    tags,
    params: { accountId: id },
    resources: { accountId: 'connected-account' },
    query: zAccountMetricsQuery,
    response: zAccountMetricsResponse,
    summary: 'Daily snapshots of an account (followers, follows, posts) observed in [from, to]',
    handler: async ({ actor, params, query }) => ({
      data: await new MetricsQueryService(app.ctx).accountSeries(actor, params.accountId, query),
    }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/analytics/refresh',
    action: 'analytics.configure',
    tags,
    response: z.object({
      data: z.object({
        accounts: z.number().int(),
        postSnapshots: z.number().int(),
        accountSnapshots: z.number().int(),
        failed: z.array(z.string()),
        refreshedAt: z.string(),
      }),
    }),
    summary: 'Read every observed post and account now (on-demand snapshots; at most once a minute)',
    handler: async ({ actor }) => ({ data: await new MetricsRefreshService(app.ctx).refresh(actor) }),
  });
}

import type { FastifyInstance } from 'fastify';
import { workspaceRoute } from '../../../app/http/routes.js';
import {
  zBreakdownQuery,
  zBreakdownResponse,
  zExecutiveQuery,
  zExecutiveResponse,
  zPostsQuery,
  zPostsResponse,
  zSeriesQuery,
  zSeriesResponse,
} from './dashboards.schemas.js';
import { maySeeCosts } from '../cost-visibility.js';
import { DashboardsService } from './dashboards.service.js';

/** The analytics dashboards (issue 8): breakdowns, post rankings, series, executive summary. */
export function dashboardsRoutes(app: FastifyInstance): void {
  const service = () => new DashboardsService(app.ctx);
  const tags = ['analytics'];
  const period = '?from=&to= are days in the workspace time zone, `to` included (default: the last 30 days)';

  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/breakdown',
    action: 'analytics.read',
    tags,
    query: zBreakdownQuery,
    response: zBreakdownResponse,
    summary: `Posts, engagements, clicks, conversions, value and cost per network, pillar, action or objective (${period})`,
    handler: async ({ actor, query }) => {
      const answer = await service().breakdown(actor.workspaceId, query);
      if (maySeeCosts(actor.role)) return answer;
      // Roles without the budget see every figure but the cost (src/modules/analytics/cost-visibility.ts).
      return {
        ...answer,
        rows: answer.rows.map((r) => ({ ...r, cost: null })),
        unassigned: { ...answer.unassigned, cost: null },
      };
    },
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/posts',
    action: 'analytics.read',
    tags,
    query: zPostsQuery,
    response: zPostsResponse,
    summary: `Top or bottom published posts by engagements, engagement rate or link clicks (${period})`,
    handler: async ({ actor, query }) => service().posts(actor.workspaceId, query),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/series',
    action: 'analytics.read',
    tags,
    query: zSeriesQuery,
    response: zSeriesResponse,
    summary: `Engagements, link clicks, conversions, value and posts per wall-clock day or week (${period})`,
    handler: async ({ actor, query }) => service().series(actor.workspaceId, query),
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/executive',
    action: 'analytics.read',
    tags,
    query: zExecutiveQuery,
    response: zExecutiveResponse,
    summary: `Executive summary: headline figures against the previous period, objectives, top risks (${period})`,
    handler: async ({ actor, query }) => {
      const answer = await service().executive(actor.workspaceId, query);
      if (maySeeCosts(actor.role)) return answer;
      const hidden = { current: null, previous: null };
      return { ...answer, headline: { ...answer.headline, cost: hidden, roi: hidden } };
    },
  });
}

import type { FastifyInstance } from 'fastify';
import { workspaceRoute } from '../../../app/http/routes.js';
import { assertMayTrace, redactCard, redactValue } from '../cost-visibility.js';
import { AnalyticsEngine } from './analytics-engine.service.js';
import {
  zIndicatorsQuery,
  zIndicatorsResponse,
  zMetricsQuery,
  zMetricsResponse,
  zRoniQuery,
  zRoniResponse,
  zTraceQuery,
  zTraceResponse,
} from './analytics.schemas.js';
import type { Scope } from './indicator.types.js';

const tags = ['analytics'];

const scopeOf = (q: { scope: Scope['kind']; scopeId?: string | undefined }): Scope =>
  q.scope === 'workspace'
    ? { kind: 'workspace' }
    : { kind: q.scope, ...(q.scopeId ? { id: q.scopeId } : {}) };

/** The indicator engine over HTTP: metrics of a scope, the strategy's indicator cards, RONI, trace. */
export function analyticsIndicatorsRoutes(app: FastifyInstance): void {
  const engine = () => new AnalyticsEngine(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/metrics',
    action: 'analytics.read',
    tags,
    query: zMetricsQuery,
    response: zMetricsResponse,
    summary:
      'Catalogue metrics over a period (?from=&to= workspace days, default the last 30) and a scope (workspace, objective, action, network, pillar), each with its inputs, or null with a reason',
    handler: async ({ actor, query }) => {
      const e = engine();
      const { period, previousPeriod, currency } = await e.resolvePeriod(
        actor.workspaceId,
        query.from,
        query.to,
      );
      const scope = scopeOf(query);
      const values = await e.metrics(actor.workspaceId, period, scope, query.metrics);
      return {
        period,
        previousPeriod,
        scope,
        currency,
        values: values.map((v) => redactValue(actor.role, v)),
      };
    },
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/indicators',
    action: 'analytics.read',
    tags,
    query: zIndicatorsQuery,
    response: zIndicatorsResponse,
    summary:
      'The strategy’s step-7 indicators (of one objective, or all) for a period: value, previous period, target, baseline, benchmark, status and trend',
    handler: async ({ actor, query }) => {
      const e = engine();
      const { period, previousPeriod } = await e.resolvePeriod(actor.workspaceId, query.from, query.to);
      const cards = await e.cards(actor.workspaceId, period, previousPeriod, query.objectiveId);
      return { period, previousPeriod, cards: cards.map((c) => redactCard(actor.role, c)) };
    },
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/roni',
    action: 'analytics.read',
    tags,
    query: zRoniQuery,
    response: zRoniResponse,
    summary:
      'Risk of non-investment over a period: each risk as probability × impact with its inputs, and the total',
    handler: async ({ actor, query }) => {
      const e = engine();
      const { period } = await e.resolvePeriod(actor.workspaceId, query.from, query.to);
      const { estimate, counts } = await e.roni(actor.workspaceId, period);
      return { period, estimate, counts };
    },
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/analytics/trace',
    action: 'analytics.read',
    tags,
    query: zTraceQuery,
    response: zTraceResponse,
    summary:
      'The rows behind one input of one metric, for the same period and scope (at most 500, `truncated` says when more)',
    handler: async ({ actor, query }) => {
      assertMayTrace(actor.role, query.input);
      const e = engine();
      const { period } = await e.resolvePeriod(actor.workspaceId, query.from, query.to);
      return e.trace(actor.workspaceId, period, scopeOf(query), query.metric, query.input);
    },
  });
}

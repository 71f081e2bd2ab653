import type { AppContext } from '../../../app/context.js';
import { notFound } from '../../../app/errors.js';
import { AnalyticsEngine } from '../indicators/analytics-engine.service.js';
import type { IndicatorValue, Period } from '../indicators/indicator.types.js';
import { DashboardsService } from '../dashboards/dashboards.service.js';
import {
  PROCESS_METRICS,
  ROA_METRICS,
  ROI_METRICS,
  type ReportData,
  type ReportGroupRow,
  type ReportLang,
  type ReportPostRow,
} from './report-data.js';
import { ReportsRepository } from './reports.repository.js';

/**
 * Fills a report from the indicator engine (metrics, cards, RONI) and the dashboards (networks,
 * pillars, posts, weekly series): the only place the reports depend on them, so the renderers work
 * on plain data. Called by the download routes and by the scheduled-delivery task (no actor).
 */

const ALL = [...ROI_METRICS, ...ROA_METRICS, ...PROCESS_METRICS];

interface PeriodPair {
  period: Period;
  previousPeriod: Period;
}

/** The period and previous period of the days asked (the engine's rules: a whole month compares with the previous month). */
export async function resolveReportPeriod(
  ctx: AppContext,
  workspaceId: string,
  from?: string,
  to?: string,
): Promise<PeriodPair> {
  const { period, previousPeriod } = await new AnalyticsEngine(ctx).resolvePeriod(workspaceId, from, to);
  return { period, previousPeriod };
}

function groupRow(r: {
  key: string;
  label: string;
  posts: number;
  engagements: number | null;
  impressions: number | null;
  linkClicks: number;
  conversions: number;
  attributedValue: number;
  engagementRateImpressions: number | null;
  share?: number | null | undefined;
  targetShare?: number | null | undefined;
}): ReportGroupRow {
  return {
    key: r.key,
    label: r.label,
    posts: r.posts,
    engagements: r.engagements,
    impressions: r.impressions,
    linkClicks: r.linkClicks,
    conversions: r.conversions,
    attributedValue: r.attributedValue,
    engagementRateImpressions: r.engagementRateImpressions,
    ...(r.share !== undefined ? { share: r.share } : {}),
    ...(r.targetShare !== undefined ? { targetShare: r.targetShare } : {}),
  };
}

function postRow(p: {
  variantId: string;
  title: string;
  text: string;
  network: string;
  publishedAt: string;
  engagements: number | null;
  impressions: number | null;
  linkClicks: number | null;
}): ReportPostRow {
  return {
    variantId: p.variantId,
    title: p.title || p.text.slice(0, 80),
    network: p.network,
    publishedAt: p.publishedAt,
    engagements: p.engagements,
    impressions: p.impressions,
    linkClicks: p.linkClicks ?? 0,
  };
}

const pick = (values: IndicatorValue[], ids: readonly string[]) =>
  ids.map((id) => values.find((v) => v.metric === id)).filter((v): v is IndicatorValue => v !== undefined);

/** Everything the report of `period` shows, computed now. */
export async function collectReportData(
  ctx: AppContext,
  workspaceId: string,
  periods: PeriodPair,
  lang: ReportLang,
): Promise<ReportData> {
  const repo = new ReportsRepository(ctx.database.db);
  const ws = await repo.workspace(workspaceId);
  if (!ws) throw notFound('Workspace');
  const { period, previousPeriod } = periods;
  const engine = new AnalyticsEngine(ctx);
  const dashboards = new DashboardsService(ctx);
  const days = { from: period.from, to: period.to };
  const workspace = { kind: 'workspace' as const };
  const [current, previous, cards, roni, objectives] = await Promise.all([
    engine.metrics(workspaceId, period, workspace, ALL),
    engine.metrics(workspaceId, previousPeriod, workspace, ALL),
    engine.cards(workspaceId, period, previousPeriod),
    engine.roni(workspaceId, period),
    repo.objectives(workspaceId),
  ]);
  // The dashboards run one after the other: each already issues several grouped queries.
  const networks = await dashboards.breakdown(workspaceId, { ...days, by: 'network' });
  const pillars = await dashboards.breakdown(workspaceId, { ...days, by: 'pillar' });
  const top = await dashboards.posts(workspaceId, { ...days, order: 'top', by: 'engagements', limit: 5 });
  const bottom = await dashboards.posts(workspaceId, {
    ...days,
    order: 'bottom',
    by: 'engagements',
    limit: 5,
  });
  const series = await dashboards.series(workspaceId, {
    ...days,
    metrics: ['engagements', 'link_clicks'],
    bucket: 'week',
  });
  return {
    lang,
    workspace: { id: ws.id, name: ws.name, timeZone: ws.time_zone, currency: ws.currency },
    period,
    previousPeriod,
    generatedAt: ctx.clock.now().toISOString(),
    current: {
      roi: pick(current, ROI_METRICS),
      roa: pick(current, ROA_METRICS),
      process: pick(current, PROCESS_METRICS),
    },
    previous: Object.fromEntries(previous.map((v) => [v.metric, v.value])),
    objectives: objectives.map((o) => ({
      id: o.id,
      title: o.title,
      cards: cards.filter((c) => c.objectiveId === o.id),
    })),
    roni,
    networks: networks.rows.map(groupRow),
    pillars: pillars.rows.map(groupRow),
    topPosts: top.rows.map(postRow),
    bottomPosts: bottom.rows.map(postRow),
    series: series.points.map((p) => ({
      from: p.from,
      to: p.to,
      engagements: p.values.engagements ?? null,
      linkClicks: p.values.link_clicks ?? null,
    })),
  };
}

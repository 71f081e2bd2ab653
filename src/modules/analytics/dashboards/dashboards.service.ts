import type { AppContext } from '../../../app/context.js';
import { contentMix } from '../../publishing/calendar/calendar-mix.js';
import { networkName } from '../../strategy/catalogue/networks.js';
import { VALUE_PRODUCING_OBJECTIVES, type ObjectiveType } from '../../strategy/strategy.model.js';
import type { IndicatorStatus, IndicatorValue, Period, RoniRisk } from '../indicators/indicator.types.js';
import { AnalyticsEngine } from '../indicators/analytics-engine.service.js';
import { bucketsOf, daysOfMonthIn } from './dashboard-period.js';
import { DashboardsSeriesRepository } from './dashboards-series.repository.js';
import {
  DashboardsRepository,
  type CostGroup,
  type PostGroup,
  type ResultGroup,
  type Window,
} from './dashboards.repository.js';
import type {
  BreakdownFigures,
  BreakdownQuery,
  BreakdownRow,
  ExecutiveQuery,
  ExecutiveResponse,
  PostsQuery,
  SeriesQuery,
} from './dashboards.schemas.js';
import type { Grouping } from './dashboards.sql.js';

const round2 = (v: number) => Math.round(v * 100) / 100;
const windowOf = (p: Period): Window => ({
  fromInstant: p.fromInstant,
  toInstant: p.toInstant,
  from: p.from,
  to: p.to,
});

/** Budget lines prorated by the days of their month inside the period, plus campaign spend; rounded once. */
function costOf(group: CostGroup | undefined, period: Period): number {
  if (!group) return 0;
  let cost = group.campaignSpend;
  for (const m of group.months) {
    const { inside, length } = daysOfMonthIn(m.month, period.from, period.to);
    cost += (m.actual * inside) / length;
  }
  return Math.round(cost);
}

interface Grouped {
  posts: Map<string | null, PostGroup>;
  clicks: Map<string | null, number>;
  results: Map<string | null, ResultGroup>;
  costs: Map<string | null, CostGroup> | null;
}

/** The dashboards: breakdowns per group, post rankings, series and the executive summary (issue 8). */
export class DashboardsService {
  readonly #repo: DashboardsRepository;
  readonly #series: DashboardsSeriesRepository;

  constructor(private readonly ctx: AppContext) {
    this.#repo = new DashboardsRepository(ctx.database.db, ctx.database.dialect);
    this.#series = new DashboardsSeriesRepository(ctx.database.db, ctx.database.dialect);
  }

  /** The engine's period rule (days in the workspace zone, previous period), shared with the reports. */
  async #resolve(workspaceId: string, q: { from?: string | undefined; to?: string | undefined }) {
    return new AnalyticsEngine(this.ctx).resolvePeriod(workspaceId, q.from, q.to);
  }

  /** Five grouped queries, whatever the number of groups or snapshots. */
  async #grouped(workspaceId: string, by: Grouping, period: Period, currency: string, withCost: boolean) {
    const w = windowOf(period);
    const posts = await this.#repo.postGroups(workspaceId, by, w);
    const clicks = await this.#repo.clickGroups(workspaceId, by, w);
    const results = await this.#repo.resultGroups(workspaceId, by, w, currency);
    const costs = withCost ? await this.#repo.costGroups(workspaceId, by, w, currency) : null;
    const grouped: Grouped = {
      posts: new Map(posts.map((g) => [g.key, g])),
      clicks: new Map(clicks.map((g) => [g.key, g.clicks])),
      results: new Map(results.map((g) => [g.key, g])),
      costs: costs ? new Map(costs.map((g) => [g.key, g])) : null,
    };
    return grouped;
  }

  #figures(g: Grouped, key: string | null, period: Period): BreakdownFigures {
    const p = g.posts.get(key);
    const r = g.results.get(key);
    return {
      posts: p?.posts ?? 0,
      engagements: p?.engagements ?? null,
      impressions: p?.impressions ?? null,
      reach: p?.reach ?? null,
      linkClicks: g.clicks.get(key) ?? 0,
      conversions: r?.conversions ?? 0,
      attributedValue: r?.value ?? 0,
      cost: g.costs ? costOf(g.costs.get(key), period) : null,
      engagementRateImpressions: p?.medianRate == null ? null : round2(p.medianRate),
      coverage: {
        impressions: p?.impressionsReported ?? 0,
        engagements: p?.engagementsReported ?? 0,
        reach: p?.reachReported ?? 0,
      },
    };
  }

  async breakdown(workspaceId: string, q: BreakdownQuery) {
    const { period, currency } = await this.#resolve(workspaceId, q);
    const withCost = q.by === 'objective' || q.by === 'action';
    const g = await this.#grouped(workspaceId, q.by, period, currency, withCost);
    let rows: BreakdownRow[];
    const unassigned = this.#figures(g, null, period);
    if (q.by === 'network') {
      const keys = new Set<string>();
      for (const m of [g.posts, g.clicks, g.results])
        for (const key of m.keys()) if (key !== null) keys.add(key);
      rows = [...keys].map((key) => ({ key, label: networkName(key), ...this.#figures(g, key, period) }));
    } else {
      const labels = await this.#repo.groupLabels(workspaceId, q.by);
      rows = labels.map((l) => ({ key: l.id, label: l.label, ...this.#figures(g, l.id, period) }));
      if (q.by === 'pillar') {
        // The content-mix gauge's rule: shares of all published posts, removed pillars unassigned.
        const mix = contentMix(
          labels.map((l) => ({ id: l.id, name: l.label, colour: null, targetShare: l.targetShare ?? 0 })),
          [...g.posts.values()].map((p) => ({ pillarId: p.key, count: p.posts })),
        );
        const byId = new Map(mix.pillars.map((p) => [p.pillarId, p]));
        for (const row of rows) {
          row.share = byId.get(row.key)?.actualShare ?? 0;
          row.targetShare = byId.get(row.key)?.targetShare ?? null;
        }
        unassigned.share = mix.total === 0 ? 0 : Math.round((mix.unassigned / mix.total) * 1000) / 10;
        unassigned.targetShare = null;
      }
    }
    rows.sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
    const other = [...g.results.values()].reduce((s, r) => s + r.otherCurrency, 0);
    return {
      period,
      by: q.by,
      currency,
      rows,
      unassigned,
      notes: other > 0 ? [`other_currency:${other}`] : [],
    };
  }

  async posts(workspaceId: string, q: PostsQuery) {
    const { period, currency } = await this.#resolve(workspaceId, q);
    const ranked = await this.#series.rankedVariants(
      workspaceId,
      windowOf(period),
      q.by,
      q.order === 'top' ? 'desc' : 'asc',
      q.limit,
      currency,
    );
    const rows = ranked.map(({ rate, text, ...r }) => ({
      ...r,
      text: [...text].slice(0, 140).join(''),
      engagementRateImpressions: rate === null ? null : round2(rate),
    }));
    return { period, by: q.by, order: q.order, currency, rows };
  }

  /** A constant number of queries (one per metric family asked), bucketed on the wall clock. */
  async series(workspaceId: string, q: SeriesQuery) {
    const { period, currency } = await this.#resolve(workspaceId, q);
    const w = windowOf(period);
    const buckets = bucketsOf(period, q.bucket);
    const asked = new Set(q.metrics);
    const posts =
      asked.has('posts') || asked.has('engagements')
        ? new Map((await this.#series.postsPerBucket(workspaceId, w, buckets)).map((r) => [r.i, r]))
        : new Map<number, { posts: number; engagements: number | null }>();
    const clicks = asked.has('link_clicks')
      ? new Map((await this.#series.clicksPerBucket(workspaceId, w, buckets)).map((r) => [r.i, r.clicks]))
      : new Map<number, number>();
    const results =
      asked.has('conversions') || asked.has('attributed_value')
        ? new Map(
            (await this.#series.resultsPerBucket(workspaceId, w, buckets, currency)).map((r) => [r.i, r]),
          )
        : new Map<number, { conversions: number; value: number }>();
    const points = buckets.map((b, i) => {
      const all: Record<string, number | null> = {
        posts: posts.get(i)?.posts ?? 0,
        engagements: posts.get(i)?.engagements ?? null,
        link_clicks: clicks.get(i) ?? 0,
        conversions: results.get(i)?.conversions ?? 0,
        attributed_value: results.get(i)?.value ?? 0,
      };
      const values = Object.fromEntries(q.metrics.map((m) => [m, all[m] ?? null]));
      return { ...b, values };
    });
    return { period, bucket: q.bucket, metrics: q.metrics, currency, points };
  }

  /**
   * Headline figures from the indicator engine (the same figures as the indicator cards and reports),
   * posts from the dashboards' own count; cards and RONI risks from the engine too.
   */
  async executive(workspaceId: string, q: ExecutiveQuery): Promise<ExecutiveResponse> {
    const engine = new AnalyticsEngine(this.ctx);
    const { period, previousPeriod, currency } = await this.#resolve(workspaceId, q);
    const totals = async (p: Period) => {
      const [engagements, linkClicks, conversions, attributedValue, roi] = await engine.metrics(
        workspaceId,
        p,
        { kind: 'workspace' },
        ['engagements', 'link_clicks', 'conversions', 'attributed_value', 'roi'],
      );
      const posts = await this.#repo.postGroups(workspaceId, 'workspace', windowOf(p));
      return {
        posts: posts[0]?.posts ?? 0,
        engagements: engagements!.value,
        linkClicks: linkClicks!.value,
        conversions: conversions!.value,
        attributedValue: attributedValue!.value,
        cost: inputOf(roi!, 'cost'),
        roi: roi!.value,
      };
    };
    const current = await totals(period);
    const previous = await totals(previousPeriod);
    const headline = Object.fromEntries(
      (Object.keys(current) as (keyof typeof current)[]).map((k) => [
        k,
        { current: current[k], previous: previous[k] },
      ]),
    ) as ExecutiveResponse['headline'];

    const cards = await engine.cards(workspaceId, period, previousPeriod);
    const objectives = (await this.#repo.groupLabels(workspaceId, 'objective')).map((o) => {
      const counts: Record<IndicatorStatus, number> = { on_track: 0, behind: 0, no_target: 0, no_value: 0 };
      for (const c of cards) if (c.objectiveId === o.id) counts[c.status] += 1;
      return {
        id: o.id,
        title: o.label,
        type: o.type ?? 'custom',
        kind: VALUE_PRODUCING_OBJECTIVES.includes(o.type as ObjectiveType)
          ? ('roi' as const)
          : ('roa' as const),
        cards: counts,
      };
    });
    const { estimate } = await engine.roni(workspaceId, period);
    return { period, previousPeriod, currency, headline, objectives, risks: topRisks(estimate.risks, 3) };
  }
}

function inputOf(v: IndicatorValue, key: string): number | null {
  return v.inputs.find((i) => i.key === key)?.value ?? null;
}

/** The largest expected losses first; risks still missing an input come after, in their order. */
function topRisks(risks: readonly RoniRisk[], n: number) {
  return [...risks]
    .sort((a, b) => (b.expectedLoss ?? -1) - (a.expectedLoss ?? -1))
    .slice(0, n)
    .map((r) => ({
      kind: r.kind,
      label: r.label,
      probability: r.probability,
      impact: r.impact,
      expectedLoss: r.expectedLoss,
    }));
}

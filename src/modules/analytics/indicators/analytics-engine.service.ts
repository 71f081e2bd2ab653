import type { AppContext } from '../../../app/context.js';
import { invalid, notFound } from '../../../app/errors.js';
import { defaultTargetFor, findMetric } from '../../strategy/metrics.catalogue.js';
import { COMPUTABLE_METRICS, computeMetric, isComputable, roniCounts } from './compute.js';
import { FactLoader } from './fact-loader.js';
import { FactsRepository } from './facts.repository.js';
import type {
  IndicatorCard,
  IndicatorStatus,
  IndicatorValue,
  Period,
  RoniEstimate,
  Scope,
  TraceSource,
} from './indicator.types.js';
import { makePeriod, previousPeriodOf, resolveDays, trendBuckets } from './period.js';
import { ProcessFactsRepository } from './process.repository.js';
import { roniEstimate, type RoniCounts } from './roni.js';
import type { FactScope } from './scope-sql.js';
import { traceRows } from './trace.js';
import { indicatorValue } from './values.js';

/** The most rows a trace answers with; `truncated` says when there were more. */
export const MAX_TRACE_ROWS = 500;

/** Status of a value against its target, in the metric's direction. */
export function statusOf(
  value: number | null,
  target: number | null,
  higherIsBetter: boolean,
): IndicatorStatus {
  if (value === null) return 'no_value';
  if (target === null) return 'no_target';
  return (higherIsBetter ? value >= target : value <= target) ? 'on_track' : 'behind';
}

/**
 * The indicator engine (docs/analytics-indicators.md, decision 0017): the repositories aggregate
 * stored rows in SQL, pure formula files turn them into figures with their inputs. Methods take a
 * workspace id rather than an actor: the routes check the actor; reports and scheduled jobs call
 * them without one.
 */
export class AnalyticsEngine {
  constructor(private readonly ctx: AppContext) {}

  async #workspace(workspaceId: string) {
    const ws = await new FactsRepository(this.ctx.database.db).workspace(workspaceId);
    if (!ws) throw notFound('Workspace');
    return ws;
  }

  #loader(workspaceId: string, currency: string) {
    return new FactLoader(this.ctx, workspaceId, currency);
  }

  /** Days asked (either may be absent) → the period, the previous period and the workspace currency. */
  async resolvePeriod(
    workspaceId: string,
    from?: string,
    to?: string,
  ): Promise<{ period: Period; previousPeriod: Period; currency: string }> {
    const ws = await this.#workspace(workspaceId);
    const days = resolveDays(from, to, ws.timeZone, this.ctx.clock.now());
    const period = makePeriod(days.from, days.to, ws.timeZone);
    return { period, previousPeriod: previousPeriodOf(period), currency: ws.currency };
  }

  async #checkScope(workspaceId: string, scope: Scope): Promise<void> {
    if (scope.kind !== 'workspace' && !scope.id)
      throw invalid('scopeId', `A ${scope.kind} scope needs a scopeId`);
    if (!(await new ProcessFactsRepository(this.ctx.database.db).scopeExists(workspaceId, scope)))
      throw invalid('scopeId', `No such ${scope.kind} in this workspace`);
  }

  /** The metrics asked (all the engine computes when none), in the order asked. */
  async metrics(
    workspaceId: string,
    period: Period,
    scope: Scope,
    metricIds?: string[],
  ): Promise<IndicatorValue[]> {
    const ids = metricIds && metricIds.length ? metricIds : [...COMPUTABLE_METRICS];
    const unknown = ids.find((m) => !isComputable(m));
    if (unknown) throw invalid('metrics', `Unknown metric: ${unknown}`);
    await this.#checkScope(workspaceId, scope);
    const ws = await this.#workspace(workspaceId);
    const l = this.#loader(workspaceId, ws.currency);
    return Promise.all(ids.map((m) => computeMetric(m, period, scope, l)));
  }

  /**
   * The strategy's step-7 indicators (of one objective, or all), each on its objective's scope narrowed
   * to its network when it names one: value, previous value, target, baseline, benchmark, status, trend.
   */
  async cards(
    workspaceId: string,
    period: Period,
    previousPeriod: Period,
    objectiveId?: string,
  ): Promise<IndicatorCard[]> {
    const ws = await this.#workspace(workspaceId);
    const repo = new ProcessFactsRepository(this.ctx.database.db);
    if (
      objectiveId !== undefined &&
      !(await repo.scopeExists(workspaceId, { kind: 'objective', id: objectiveId }))
    )
      throw notFound('Objective');
    const l = this.#loader(workspaceId, ws.currency);
    const indicators = await repo.strategyIndicators(workspaceId, objectiveId);
    const buckets = trendBuckets(period.from, period.to).map((b) =>
      makePeriod(b.from, b.to, period.timeZone),
    );
    return Promise.all(
      indicators.map(async (ind): Promise<IndicatorCard> => {
        const def = findMetric(ind.metric);
        const scope: FactScope = { kind: 'objective', id: ind.objective_id, network: ind.network_id };
        const compute = async (p: Period): Promise<IndicatorValue> =>
          isComputable(ind.metric)
            ? computeMetric(ind.metric, p, scope, l)
            : {
                ...indicatorValue(ind.metric, ws.currency, null, [], { unavailable: 'not_computable' }),
                unit: def?.unit ?? (ind.unit as IndicatorValue['unit']),
              };
        const [current, previous, ...trend] = await Promise.all([
          compute(period),
          compute(previousPeriod),
          ...buckets.map((b) => compute(b)),
        ]);
        const benchmark = defaultTargetFor(ind.metric, ind.network_id);
        const higherIsBetter = def?.higherIsBetter ?? true;
        return {
          indicatorId: ind.id,
          objectiveId: ind.objective_id,
          name: ind.name,
          kind: ind.kind as IndicatorCard['kind'],
          networkId: ind.network_id,
          current,
          previous,
          target: ind.target,
          baseline: ind.baseline,
          benchmark: benchmark ? { value: benchmark.value, source: benchmark.source } : null,
          higherIsBetter,
          status: statusOf(current.value, ind.target, higherIsBetter),
          trend: buckets.map((b, k) => ({ from: b.from, to: b.to, value: trend[k]!.value })),
        };
      }),
    );
  }

  /** The risk of non-investment over the period, with the counts the engine measured. */
  async roni(workspaceId: string, period: Period): Promise<{ estimate: RoniEstimate; counts: RoniCounts }> {
    const ws = await this.#workspace(workspaceId);
    const l = this.#loader(workspaceId, ws.currency);
    const counts = await roniCounts(l, period, { kind: 'workspace' });
    return { estimate: roniEstimate(await l.roniInputs(), counts), counts };
  }

  /** The rows behind one input of one metric, for the same period and scope (at most 500). */
  async trace(
    workspaceId: string,
    period: Period,
    scope: Scope,
    metric: string,
    inputKey: string,
  ): Promise<{ source: TraceSource; rows: Record<string, unknown>[]; truncated: boolean }> {
    if (!isComputable(metric)) throw invalid('metric', `Unknown metric: ${metric}`);
    await this.#checkScope(workspaceId, scope);
    const ws = await this.#workspace(workspaceId);
    const l = this.#loader(workspaceId, ws.currency);
    const value = await computeMetric(metric, period, scope, l);
    const inp = value.inputs.find((i) => i.key === inputKey && i.source !== undefined);
    if (!inp?.source) throw invalid('input', `Metric ${metric} has no traceable input ${inputKey}`);
    const rows = await traceRows(l, period, scope, metric, inputKey, inp.source, MAX_TRACE_ROWS + 1);
    return {
      source: inp.source,
      rows: rows.slice(0, MAX_TRACE_ROWS),
      truncated: rows.length > MAX_TRACE_ROWS,
    };
  }
}

import type { AppContext } from '../../app/context.js';
import type { Actor } from '../../app/http/principal.js';
import type { BudgetOverview, StrategySnapshot } from '../strategy/strategy.model.js';
import { BudgetRepository } from './budget.repository.js';
import { LinesService } from './lines.service.js';

/**
 * The months the documents total the budget over: from the earliest objective start to the latest
 * objective end when the strategy dates its objectives, else the calendar year of `now` (UTC).
 */
export function documentBudgetPeriod(
  snapshot: Pick<StrategySnapshot, 'objectives'>,
  now: Date,
): { from: string; to: string; period: BudgetOverview['period'] } {
  const starts = snapshot.objectives.flatMap((o) => (o.periodStart ? [o.periodStart] : [])).sort();
  const ends = snapshot.objectives.flatMap((o) => (o.periodEnd ? [o.periodEnd] : [])).sort();
  const from = starts[0]?.slice(0, 7);
  const to = ends[ends.length - 1]?.slice(0, 7);
  if (from && to && from <= to) return { from, to, period: 'strategy' };
  const year = now.getUTCFullYear();
  return { from: `${year}-01`, to: `${year}-12`, period: 'year' };
}

/**
 * Planned, committed and actual budget per category and per objective over the strategy's period
 * (read-only), computed by the budget's own summary so the documents and the budget page agree.
 */
export async function budgetSummaryForDocuments(
  ctx: AppContext,
  actor: Actor,
  snapshot: Pick<StrategySnapshot, 'objectives'>,
  now: Date,
): Promise<BudgetOverview> {
  const period = documentBudgetPeriod(snapshot, now);
  const [summary, objectives] = await Promise.all([
    new LinesService(ctx).summary(actor, { from: period.from, to: period.to }),
    new BudgetRepository(ctx.database.db).objectives(actor.workspaceId),
  ]);
  const title = new Map(objectives.map((o) => [o.id, o.title]));
  const figures = (t: { planned: number; committed: number; actual: number }) => ({
    planned: t.planned,
    committed: t.committed,
    actual: t.actual,
  });
  return {
    currency: summary.currency,
    ...period,
    lineCount: summary.lines.length,
    byCategory: summary.byCategory.map((g) => ({ category: g.category, ...figures(g) })),
    byObjective: summary.byObjective.map((g) => ({
      objectiveId: g.objectiveId,
      objectiveTitle: g.objectiveId === null ? null : (title.get(g.objectiveId) ?? null),
      ...figures(g),
    })),
    total: figures(summary.total),
  };
}

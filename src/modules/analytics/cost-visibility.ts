import { forbidden } from '../../app/errors.js';
import { can, type Role } from '../../core/policy.js';
import type { IndicatorCard, IndicatorValue } from './indicators/indicator.types.js';

/**
 * Who may see what the presence costs. The budget is closed to some roles (editors write content, they
 * do not see spending), and analytics must not reopen it: for them every cost, and every figure a cost
 * can be worked back from (ROI, cost per acquisition, attention per euro or per hour), reads
 * `restricted` — the same rule on every analytics answer, applied at the route.
 */
export function maySeeCosts(role: Role): boolean {
  return can(role, 'budget.read');
}

/** Figures computed from a cost: hiding only the cost would let anyone work it back from these. */
export const COST_METRICS: ReadonlySet<string> = new Set([
  'roi',
  'cost_per_acquisition',
  'attention_per_euro',
  'attention_per_hour',
]);

/** Inputs that are costs (or staff time, priced in the budget). */
export const COST_INPUTS: ReadonlySet<string> = new Set([
  'budget_cost',
  'campaign_spend',
  'cost',
  'staff_hours',
]);

/** The value with its cost hidden when `role` may not see the budget. */
export function redactValue(role: Role, v: IndicatorValue): IndicatorValue {
  if (maySeeCosts(role)) return v;
  const inputs = v.inputs.map((i) => {
    if (!COST_INPUTS.has(i.key)) return i;
    const { source: _source, rows: _rows, ...rest } = i;
    return { ...rest, value: null };
  });
  if (!COST_METRICS.has(v.metric)) return { ...v, inputs };
  return { ...v, value: null, unavailable: 'restricted', inputs };
}

/** A card with its cost-based values hidden (current, previous and trend) when `role` may not see the budget. */
export function redactCard(role: Role, c: IndicatorCard): IndicatorCard {
  if (maySeeCosts(role)) return c;
  const hidden = COST_METRICS.has(c.current.metric);
  return {
    ...c,
    current: redactValue(role, c.current),
    previous: redactValue(role, c.previous),
    trend: hidden ? c.trend.map((p) => ({ ...p, value: null })) : c.trend,
    status: hidden ? 'no_value' : c.status,
  };
}

/** The trace of a cost input is the budget's rows: refused to those who may not see the budget. */
export function assertMayTrace(role: Role, input: string): void {
  if (!maySeeCosts(role) && COST_INPUTS.has(input))
    throw forbidden('The budget’s rows are not open to your role');
}

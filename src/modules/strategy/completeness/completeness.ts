import type { StrategySnapshot } from '../strategy.model.js';
import { RULE_IDS, RULES, type Gap, type RuleId, type Step } from './completeness.rules.js';

/** The step each rule belongs to, for the report's per-rule list. */
export const RULE_STEPS: Record<RuleId, Step> = {
  has_objectives: 1,
  objective_has_audience: 2,
  objective_has_indicator_with_target: 7,
  has_chosen_network: 5,
  network_has_value_added: 4,
  network_serves_objective: 5,
  value_added_not_copied: 4,
  pillar_shares_sum_to_100: 6,
  has_actions: 8,
  action_has_responsible_and_accountable: 8,
  action_obstacles_reviewed: 9,
  indicator_kind_fits_objective: 7,
};

export interface RuleStatus {
  rule: RuleId;
  step: Step;
  satisfied: boolean;
  checked: number;
  gapCount: number;
}

export interface CompletenessReport {
  /** Percentage of rules satisfied, 0–100. */
  score: number;
  errorCount: number;
  warningCount: number;
  rules: RuleStatus[];
  /** Every gap, by step then rule order. */
  gaps: Gap[];
}

/**
 * Runs every rule. A rule is satisfied when it had something to check and found no error: warnings
 * are advice (the method explains a mismatch, it does not forbid it) so they do not lower the score,
 * and an empty strategy scores 0, not a vacuous 100.
 */
export function completenessReport(snapshot: StrategySnapshot): CompletenessReport {
  const rules: RuleStatus[] = [];
  const gaps: Gap[] = [];
  for (const rule of RULE_IDS) {
    const outcome = RULES[rule](snapshot);
    const errors = outcome.gaps.filter((g) => g.severity === 'error').length;
    rules.push({
      rule,
      step: RULE_STEPS[rule],
      satisfied: outcome.checked > 0 && errors === 0,
      checked: outcome.checked,
      gapCount: outcome.gaps.length,
    });
    gaps.push(...outcome.gaps);
  }
  gaps.sort((a, b) => a.step - b.step || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule));
  const satisfied = rules.filter((r) => r.satisfied).length;
  return {
    score: Math.round((100 * satisfied) / rules.length),
    errorCount: gaps.filter((g) => g.severity === 'error').length,
    warningCount: gaps.filter((g) => g.severity === 'warning').length,
    rules,
    gaps,
  };
}

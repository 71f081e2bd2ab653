import type { RoniInputs } from '../roni/roni-inputs.js';
import type { IndicatorInput, IndicatorValue, RoniEstimate, RoniRisk } from './indicator.types.js';
import { indicatorValue, input } from './values.js';

/** What the engine measured for RONI over the period. */
export interface RoniCounts {
  unansweredQuestions: number;
  lateAnswers: number;
  audiencesNotReached: number;
}

/** probability × impact, in minor units; null (needs_assumption) when an input is missing. */
function risk(
  kind: string,
  label: string,
  probability: number | null,
  factors: { key: string; value: number | null; source?: 'inbox_items' | 'roni' }[],
): RoniRisk {
  const impact = factors.every((f) => f.value !== null) ? factors.reduce((p, f) => p * f.value!, 1) : null;
  const expectedLoss = probability !== null && impact !== null ? Math.round(probability * impact) : null;
  const inputs: IndicatorInput[] = [
    input('probability', probability, 'roni'),
    ...factors.map((f) => input(f.key, f.value, f.source ?? 'roni')),
    input('impact', impact),
    input('expected_loss', expectedLoss),
  ];
  return {
    kind,
    label,
    probability,
    impact,
    expectedLoss,
    ...(expectedLoss === null ? { unavailable: 'needs_assumption' as const } : {}),
    inputs,
  };
}

/**
 * Expected loss = probability × impact per risk: the inbox's unanswered questions and late answers
 * (valued per contact), each audience gap and each competitor entered by hand. The total sums only
 * the risks whose inputs are all entered.
 */
export function roniEstimate(inputs: RoniInputs, counts: RoniCounts): RoniEstimate {
  const a = inputs.assumptions;
  const risks: RoniRisk[] = [
    risk('unanswered_questions', 'unanswered_questions', a.unansweredLossProbability, [
      { key: 'unanswered_questions', value: counts.unansweredQuestions, source: 'inbox_items' },
      { key: 'value_per_contact', value: a.valuePerContact },
    ]),
    risk('late_answers', 'late_answers', a.lateLossProbability, [
      { key: 'late_answers', value: counts.lateAnswers, source: 'inbox_items' },
      { key: 'value_per_contact', value: a.valuePerContact },
    ]),
    ...inputs.audienceGaps.map((g) =>
      risk('audience_gap', `${g.audienceName} — ${g.networkId}`, g.probability, [
        { key: 'people_exposed', value: g.peopleExposed },
        { key: 'value_per_person', value: g.valuePerPerson },
      ]),
    ),
    ...inputs.competitors.map((c) =>
      risk('competitor', `${c.name} — ${c.networkId}`, c.probability, [
        { key: 'customers_exposed', value: c.customersExposed },
        { key: 'average_value', value: c.averageValue },
      ]),
    ),
  ];
  return {
    currency: inputs.currency,
    total: risks.reduce((s, r) => s + (r.expectedLoss ?? 0), 0),
    risks,
  };
}

/** The RONI figures the catalogue lists (and the total), from the estimate. */
export function roniValue(
  metric: string,
  est: RoniEstimate,
  counts: RoniCounts,
  currency: string,
): IndicatorValue {
  const missing = (rs: RoniRisk[]) => rs.filter((r) => r.expectedLoss === null).length;
  if (metric === 'audiences_not_reached')
    return indicatorValue(metric, currency, counts.audiencesNotReached, [
      input('audiences_not_reached', counts.audiencesNotReached, 'roni', counts.audiencesNotReached),
    ]);
  const rs = metric === 'competitor_presence' ? est.risks.filter((r) => r.kind === 'competitor') : est.risks;
  const complete = rs.filter((r) => r.expectedLoss !== null);
  const notes = missing(rs) > 0 ? [`needs_assumption:${missing(rs)}`] : [];
  const inputs = [
    input(
      'expected_loss',
      complete.length ? complete.reduce((s, r) => s + r.expectedLoss!, 0) : null,
      'roni',
      complete.length,
    ),
  ];
  if (complete.length === 0)
    return indicatorValue(metric, currency, null, inputs, {
      unavailable: rs.length ? 'needs_assumption' : 'no_data',
      notes,
    });
  return indicatorValue(
    metric,
    currency,
    complete.reduce((s, r) => s + r.expectedLoss!, 0),
    inputs,
    { notes },
  );
}

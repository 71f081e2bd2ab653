import type { IndicatorInput, IndicatorValue, Period } from './indicator.types.js';
import type { ConversionFacts, CostFacts } from './facts.types.js';
import { daysIn, lastDayOfMonth } from './period.js';
import { indicatorValue, input, round2 } from './values.js';

/** Days of month `month` (YYYY-MM) inside [from, to], and the days of that month. */
export function monthShare(month: string, from: string, to: string): { inside: number; days: number } {
  const first = `${month}-01`;
  const last = lastDayOfMonth(first);
  const a = first > from ? first : from;
  const b = last < to ? last : to;
  return { inside: a > b ? 0 : daysIn(a, b), days: daysIn(first, last) };
}

/** The share of a month's line that falls in the period: whole months count whole. */
export function prorate(amount: number, month: string, from: string, to: string): number {
  const { inside, days } = monthShare(month, from, to);
  return (amount * inside) / days;
}

/** Costs and campaign results of a period, before any rounding but the final one. */
export interface CostSummary {
  /** Budget lines prorated (not rounded). */
  budget: number;
  /** Spend of the campaigns of the workspace currency ending in the period. */
  spend: number;
  /** budget + spend, rounded to the minor unit once. */
  total: number;
  /** Staff hours prorated. */
  hours: number;
  campaignConversions: number;
  campaignValue: number;
  /** Campaigns in another currency: their conversions count, their money does not. */
  otherCurrencyCampaigns: number;
  lineRows: number;
  campaignRows: number;
}

export function summariseCosts(costs: CostFacts, period: Period, currency: string): CostSummary {
  let budget = 0;
  let hours = 0;
  for (const l of costs.lines) {
    budget += prorate(l.actual, l.month, period.from, period.to);
    if (l.staffHours !== null) hours += prorate(l.staffHours, l.month, period.from, period.to);
  }
  let spend = 0;
  let campaignValue = 0;
  let campaignConversions = 0;
  let other = 0;
  for (const k of costs.campaigns) {
    campaignConversions += k.conversions;
    if (k.currency !== currency) {
      other += 1;
      continue;
    }
    spend += k.spend;
    campaignValue += k.conversionValue;
  }
  return {
    budget,
    spend,
    total: Math.round(budget + spend),
    hours,
    campaignConversions,
    campaignValue,
    otherCurrencyCampaigns: other,
    lineRows: costs.lines.length,
    campaignRows: costs.campaigns.length,
  };
}

function costInputs(c: CostSummary): IndicatorInput[] {
  return [
    input('budget_cost', Math.round(c.budget), 'budget_lines', c.lineRows),
    input('campaign_spend', c.spend, 'campaigns', c.campaignRows),
    input('cost', c.total),
  ];
}

function notes(conv: ConversionFacts | null, c: CostSummary | null): string[] {
  const out: string[] = [];
  if (conv && conv.otherCurrency > 0) out.push(`other_currency:${conv.otherCurrency}`);
  if (c && c.otherCurrencyCampaigns > 0) out.push(`other_currency_campaigns:${c.otherCurrencyCampaigns}`);
  return out;
}

export function conversionsValue(conv: ConversionFacts, c: CostSummary, currency: string): IndicatorValue {
  const total = conv.count + c.campaignConversions;
  return indicatorValue(
    'conversions',
    currency,
    total,
    [
      input('conversions', conv.count, 'conversions', conv.count),
      input('campaign_conversions', c.campaignConversions, 'campaigns', c.campaignRows),
    ],
    { notes: notes(null, c) },
  );
}

export function attributedValue(conv: ConversionFacts, c: CostSummary, currency: string): IndicatorValue {
  return indicatorValue(
    'attributed_value',
    currency,
    conv.value + c.campaignValue,
    [
      input('attributed_value', conv.value, 'conversions', conv.count),
      input('campaign_value', c.campaignValue, 'campaigns', c.campaignRows),
    ],
    { notes: notes(conv, c) },
  );
}

/** (attributed value − cost) ÷ cost × 100; null without an attributable, non-zero cost. */
export function roi(conv: ConversionFacts, c: CostSummary | null, currency: string): IndicatorValue {
  if (c === null) return indicatorValue('roi', currency, null, [], { unavailable: 'cost_not_attributable' });
  const value = conv.value + c.campaignValue;
  const inputs = [
    input('attributed_value', conv.value, 'conversions', conv.count),
    input('campaign_value', c.campaignValue, 'campaigns', c.campaignRows),
    ...costInputs(c),
  ];
  if (c.total === 0)
    return indicatorValue('roi', currency, null, inputs, { unavailable: 'zero_cost', notes: notes(conv, c) });
  return indicatorValue('roi', currency, round2(((value - c.total) / c.total) * 100), inputs, {
    notes: notes(conv, c),
  });
}

/** cost ÷ conversions, in minor units; null without conversions or an attributable cost. */
export function costPerAcquisition(
  conv: ConversionFacts,
  c: CostSummary | null,
  currency: string,
): IndicatorValue {
  if (c === null)
    return indicatorValue('cost_per_acquisition', currency, null, [], {
      unavailable: 'cost_not_attributable',
    });
  const n = conv.count + c.campaignConversions;
  const inputs = [
    ...costInputs(c),
    input('conversions', conv.count, 'conversions', conv.count),
    input('campaign_conversions', c.campaignConversions, 'campaigns', c.campaignRows),
  ];
  if (n === 0)
    return indicatorValue('cost_per_acquisition', currency, null, inputs, {
      unavailable: 'zero_denominator',
      notes: notes(null, c),
    });
  return indicatorValue('cost_per_acquisition', currency, Math.round(c.total / n), inputs, {
    notes: notes(null, c),
  });
}

/** Minor units per major unit of a currency (100 for EUR, 1 for JPY). */
export function minorPerMajor(currency: string): number {
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits;
    return 10 ** (digits ?? 2);
  } catch {
    return 100;
  }
}

/** engagements ÷ cost in major units. */
export function attentionPerEuro(
  engagements: number | null,
  engagementRows: number,
  c: CostSummary | null,
  currency: string,
): IndicatorValue {
  if (c === null)
    return indicatorValue('attention_per_euro', currency, null, [], { unavailable: 'cost_not_attributable' });
  const inputs = [input('engagements', engagements, 'variants', engagementRows), ...costInputs(c)];
  if (c.total === 0)
    return indicatorValue('attention_per_euro', currency, null, inputs, { unavailable: 'zero_cost' });
  if (engagements === null)
    return indicatorValue('attention_per_euro', currency, null, inputs, { unavailable: 'not_reported' });
  return indicatorValue(
    'attention_per_euro',
    currency,
    round2(engagements / (c.total / minorPerMajor(currency))),
    inputs,
  );
}

/** engagements ÷ staff hours of the budget lines. */
export function attentionPerHour(
  engagements: number | null,
  engagementRows: number,
  c: CostSummary | null,
  currency: string,
): IndicatorValue {
  if (c === null)
    return indicatorValue('attention_per_hour', currency, null, [], { unavailable: 'cost_not_attributable' });
  const inputs = [
    input('engagements', engagements, 'variants', engagementRows),
    input('staff_hours', round2(c.hours), 'budget_lines', c.lineRows),
  ];
  if (c.hours === 0)
    return indicatorValue('attention_per_hour', currency, null, inputs, { unavailable: 'zero_denominator' });
  if (engagements === null)
    return indicatorValue('attention_per_hour', currency, null, inputs, { unavailable: 'not_reported' });
  return indicatorValue('attention_per_hour', currency, round2(engagements / c.hours), inputs);
}

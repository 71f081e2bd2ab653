import { percentile } from '../../approvals/engine/cycle-times.js';
import { findMetric, type LocalizedText, type MetricUnit } from '../../strategy/metrics.catalogue.js';
import type { IndicatorInput, IndicatorValue, TraceSource, UnavailableReason } from './indicator.types.js';

/** Percents and ratios to 2 decimals, once, at the end (never on an intermediate). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Nearest-rank median: the value at rank ceil(n / 2) of the sorted values; null when empty. */
export function nearestRankMedian(values: number[]): number | null {
  return percentile(values, 50);
}

/** Labels of every input key, in both languages, with the unit they are counted in. */
const INPUTS: Record<string, { label: LocalizedText; unit: IndicatorInput['unit'] }> = {
  variants: { label: { en: 'Published posts', fr: 'Publications publiées' }, unit: 'count' },
  engagements: { label: { en: 'Engagements', fr: 'Interactions' }, unit: 'count' },
  impressions: { label: { en: 'Impressions', fr: 'Impressions' }, unit: 'count' },
  reach: { label: { en: 'Reach', fr: 'Portée' }, unit: 'count' },
  rated_posts: { label: { en: 'Posts in the median', fr: 'Publications dans la médiane' }, unit: 'count' },
  followers: { label: { en: 'Followers at publication', fr: 'Abonnés à la publication' }, unit: 'count' },
  link_clicks: { label: { en: 'Link clicks', fr: 'Clics sur les liens' }, unit: 'count' },
  conversions: { label: { en: 'Attributed conversions', fr: 'Conversions attribuées' }, unit: 'count' },
  campaign_conversions: {
    label: { en: 'Sponsored campaign conversions', fr: 'Conversions des campagnes sponsorisées' },
    unit: 'count',
  },
  attributed_value: { label: { en: 'Attributed value', fr: 'Valeur attribuée' }, unit: 'currency' },
  campaign_value: {
    label: { en: 'Sponsored campaign conversion value', fr: 'Valeur des conversions des campagnes' },
    unit: 'currency',
  },
  budget_cost: {
    label: { en: 'Budget lines (prorated)', fr: 'Lignes budgétaires (au prorata)' },
    unit: 'currency',
  },
  campaign_spend: {
    label: { en: 'Sponsored campaign spend', fr: 'Dépenses des campagnes' },
    unit: 'currency',
  },
  cost: { label: { en: 'Cost', fr: 'Coût' }, unit: 'currency' },
  staff_hours: {
    label: { en: 'Staff hours (prorated)', fr: 'Heures de travail (au prorata)' },
    unit: 'hours',
  },
  followers_start: { label: { en: 'Followers at the start', fr: 'Abonnés au début' }, unit: 'count' },
  followers_end: { label: { en: 'Followers at the end', fr: 'Abonnés à la fin' }, unit: 'count' },
  received: { label: { en: 'Messages received', fr: 'Messages reçus' }, unit: 'count' },
  answered: { label: { en: 'Messages answered', fr: 'Messages traités' }, unit: 'count' },
  decided: {
    label: { en: 'Messages with a decided clock', fr: 'Messages au délai échu ou tenu' },
    unit: 'count',
  },
  questions: { label: { en: 'Questions', fr: 'Questions' }, unit: 'count' },
  unanswered_questions: {
    label: { en: 'Unanswered questions', fr: 'Questions sans réponse' },
    unit: 'count',
  },
  late_answers: { label: { en: 'Late answers', fr: 'Réponses tardives' }, unit: 'count' },
  approved: { label: { en: 'Approvals completed', fr: 'Validations terminées' }, unit: 'count' },
  planned_hours: { label: { en: 'Planned hours', fr: 'Heures prévues' }, unit: 'hours' },
  available_hours: { label: { en: 'Available hours', fr: 'Heures disponibles' }, unit: 'hours' },
  audiences_not_reached: {
    label: { en: 'Audiences not reached', fr: 'Audiences non atteintes' },
    unit: 'count',
  },
  probability: { label: { en: 'Probability', fr: 'Probabilité' }, unit: 'ratio' },
  impact: { label: { en: 'Impact', fr: 'Impact' }, unit: 'currency' },
  value_per_contact: { label: { en: 'Value per contact', fr: 'Valeur par contact' }, unit: 'currency' },
  people_exposed: { label: { en: 'People exposed', fr: 'Personnes exposées' }, unit: 'count' },
  value_per_person: { label: { en: 'Value per person', fr: 'Valeur par personne' }, unit: 'currency' },
  customers_exposed: { label: { en: 'Customers exposed', fr: 'Clients exposés' }, unit: 'count' },
  average_value: { label: { en: 'Average value', fr: 'Valeur moyenne' }, unit: 'currency' },
  expected_loss: { label: { en: 'Expected loss', fr: 'Perte attendue' }, unit: 'currency' },
};

/** One input of a figure: its key, label and unit from the table above. */
export function input(
  key: string,
  value: number | null,
  source?: TraceSource,
  rows?: number,
): IndicatorInput {
  const def = INPUTS[key] ?? { label: { en: key, fr: key }, unit: 'count' as const };
  return {
    key,
    label: def.label,
    value,
    unit: def.unit,
    ...(source ? { source } : {}),
    ...(rows !== undefined ? { rows } : {}),
  };
}

/** Engine-only figures that are not catalogue metrics (the sum RONI shows). */
const EXTRA: Record<string, { unit: MetricUnit; formula: LocalizedText }> = {
  roni_total: {
    unit: 'currency',
    formula: {
      en: 'sum of the expected losses (probability × impact) whose inputs are all entered',
      fr: 'somme des pertes attendues (probabilité × impact) dont toutes les données sont saisies',
    },
  },
};

/** The unit and written formula of a metric id (catalogue first). */
export function metricMeta(metric: string): { unit: MetricUnit; formula: LocalizedText } {
  const m = findMetric(metric);
  if (m) return { unit: m.unit, formula: m.formula };
  return EXTRA[metric] ?? { unit: 'count', formula: { en: metric, fr: metric } };
}

/** Metric ids the engine computes beyond the catalogue. */
export const EXTRA_METRICS = Object.keys(EXTRA);

/** Builds an IndicatorValue: null values carry their reason; money carries the currency. */
export function indicatorValue(
  metric: string,
  currency: string,
  value: number | null,
  inputs: IndicatorInput[],
  extra: {
    unavailable?: UnavailableReason;
    coverage?: { reported: number; of: number };
    notes?: string[];
  } = {},
): IndicatorValue {
  const meta = metricMeta(metric);
  return {
    metric,
    unit: meta.unit,
    currency: meta.unit === 'currency' ? currency : null,
    value,
    ...(value === null ? { unavailable: extra.unavailable ?? 'no_data' } : {}),
    formula: meta.formula,
    inputs,
    ...(extra.coverage ? { coverage: extra.coverage } : {}),
    notes: extra.notes ?? [],
  };
}

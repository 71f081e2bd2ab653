import type { IndicatorValue } from './indicator.types.js';
import type { AccountFollowersFact, VariantFact } from './facts.types.js';
import { indicatorValue, input, nearestRankMedian, round2 } from './values.js';

/** The four interactions that make an engagement; bookmarks (saves) are not one here. */
export const ENGAGEMENT_PARTS = ['likes', 'replies', 'reposts', 'quotes'] as const;

/** A variant's engagements over the parts it reports; null when it reports none of them (not zero). */
export function variantEngagements(metrics: Record<string, number> | null): number | null {
  if (!metrics) return null;
  let sum: number | null = null;
  for (const k of ENGAGEMENT_PARTS) {
    const v = metrics[k];
    if (typeof v === 'number') sum = (sum ?? 0) + v;
  }
  return sum;
}

/** A post metric of a variant: engagements are derived, the others read as reported. */
export function variantMetric(v: VariantFact, metric: string): number | null {
  if (metric === 'engagements') return variantEngagements(v.metrics);
  const x = v.metrics?.[metric];
  return typeof x === 'number' ? x : null;
}

/** Sum over the variants that report `metric`, with how many did; null when none did. */
export function postSum(variants: readonly VariantFact[], metric: string) {
  let value: number | null = null;
  let reported = 0;
  for (const v of variants) {
    const x = variantMetric(v, metric);
    if (x === null) continue;
    value = (value ?? 0) + x;
    reported += 1;
  }
  return { value, reported, of: variants.length };
}

/** engagements, impressions or reach: sums of what the networks reported. */
export function postSumValue(
  metric: string,
  variants: readonly VariantFact[],
  currency: string,
): IndicatorValue {
  const s = postSum(variants, metric);
  return indicatorValue(
    metric,
    currency,
    s.value,
    [
      input('variants', variants.length, 'variants', variants.length),
      input(metric, s.value, 'variants', s.reported),
    ],
    { unavailable: 'not_reported', coverage: { reported: s.reported, of: s.of } },
  );
}

/** Per-variant rate (engagements ÷ denominator × 100) for the variants with both; median of them. */
function medianRate(
  metric: string,
  variants: readonly VariantFact[],
  currency: string,
  denominator: (v: VariantFact) => number | null,
  denominatorKey: 'followers' | 'impressions',
): IndicatorValue {
  const rates: number[] = [];
  let engagementsSum = 0;
  let denominatorSum = 0;
  for (const v of variants) {
    const e = variantEngagements(v.metrics);
    const d = denominator(v);
    if (e === null || d === null || d <= 0) continue;
    rates.push((e / d) * 100);
    engagementsSum += e;
    denominatorSum += d;
  }
  const m = nearestRankMedian(rates);
  return indicatorValue(
    metric,
    currency,
    m === null ? null : round2(m),
    [
      input('variants', variants.length, 'variants', variants.length),
      input('rated_posts', rates.length, 'variants', rates.length),
      input('engagements', rates.length ? engagementsSum : null, 'variants', rates.length),
      input(
        denominatorKey,
        rates.length ? denominatorSum : null,
        denominatorKey === 'followers' ? 'account_snapshots' : 'variants',
        rates.length,
      ),
    ],
    { unavailable: 'not_reported' },
  );
}

export function engagementRateFollowers(variants: readonly VariantFact[], currency: string): IndicatorValue {
  return medianRate('engagement_rate_followers', variants, currency, (v) => v.followers, 'followers');
}

export function engagementRateImpressions(
  variants: readonly VariantFact[],
  currency: string,
): IndicatorValue {
  return medianRate(
    'engagement_rate_impressions',
    variants,
    currency,
    (v) => variantMetric(v, 'impressions'),
    'impressions',
  );
}

/** (Σ end − Σ start) ÷ Σ start × 100 over the accounts having both figures. */
export function followerGrowth(accounts: readonly AccountFollowersFact[], currency: string): IndicatorValue {
  const both = accounts.filter((a) => a.start !== null && a.end !== null);
  const start = both.reduce((s, a) => s + a.start!, 0);
  const end = both.reduce((s, a) => s + a.end!, 0);
  const inputs = [
    input('followers_start', both.length ? start : null, 'account_snapshots', both.length),
    input('followers_end', both.length ? end : null, 'account_snapshots', both.length),
  ];
  if (both.length === 0)
    return indicatorValue('follower_growth', currency, null, inputs, { unavailable: 'no_data' });
  if (start === 0)
    return indicatorValue('follower_growth', currency, null, inputs, { unavailable: 'zero_denominator' });
  return indicatorValue('follower_growth', currency, round2(((end - start) / start) * 100), inputs);
}

export function linkClicks(count: number, currency: string): IndicatorValue {
  return indicatorValue('link_clicks', currency, count, [input('link_clicks', count, 'clicks', count)]);
}

import { describe, expect, it } from 'vitest';
import type { VariantFact } from './facts.types.js';
import { isWholeMonth, makePeriod, previousPeriodOf, resolveDays, trendBuckets } from './period.js';
import {
  engagementRateFollowers,
  engagementRateImpressions,
  followerGrowth,
  postSumValue,
  variantEngagements,
} from './roa.js';
import {
  attentionPerEuro,
  attentionPerHour,
  attributedValue,
  conversionsValue,
  costPerAcquisition,
  minorPerMajor,
  prorate,
  roi,
  summariseCosts,
} from './roi.js';
import { nearestRankMedian } from './values.js';

const PARIS = 'Europe/Paris';
const october = makePeriod('2026-10-01', '2026-10-31', PARIS);

function variant(
  id: string,
  metrics: Record<string, number> | null,
  followers: number | null = null,
): VariantFact {
  return {
    variantId: id,
    postId: `p-${id}`,
    title: id,
    accountId: 'acc',
    network: 'bluesky',
    publishedAt: '2026-10-05T10:00:00.000Z',
    metrics,
    followers,
  };
}

describe('periods', () => {
  it('October 2026 in Paris lasts 745 hours (the clocks go back on the 25th)', () => {
    const ms = Date.parse(october.toInstant) - Date.parse(october.fromInstant);
    expect(ms / 3_600_000).toBe(745);
    expect(october.fromInstant).toBe('2026-09-30T22:00:00.000Z');
    expect(october.toInstant).toBe('2026-10-31T23:00:00.000Z');
  });

  it('a whole month compares with the whole previous month', () => {
    expect(isWholeMonth('2026-10-01', '2026-10-31')).toBe(true);
    const prev = previousPeriodOf(october);
    expect([prev.from, prev.to]).toEqual(['2026-09-01', '2026-09-30']);
    const march = previousPeriodOf(makePeriod('2026-03-01', '2026-03-31', PARIS));
    expect([march.from, march.to]).toEqual(['2026-02-01', '2026-02-28']);
  });

  it('any other period compares with the same number of days just before', () => {
    const p = previousPeriodOf(makePeriod('2026-10-20', '2026-10-31', PARIS));
    expect([p.from, p.to]).toEqual(['2026-10-08', '2026-10-19']);
    const q = previousPeriodOf(makePeriod('2026-10-02', '2026-10-31', PARIS));
    expect([q.from, q.to]).toEqual(['2026-09-02', '2026-10-01']);
  });

  it('defaults to the last 30 days in the workspace zone and names the field at fault', () => {
    // 23:30 UTC on Oct 31 is already Nov 1 in Paris.
    expect(resolveDays(undefined, undefined, PARIS, new Date('2026-10-31T23:30:00Z'))).toEqual({
      from: '2026-10-03',
      to: '2026-11-01',
    });
    expect(() => resolveDays('2026-11-05', undefined, PARIS, new Date('2026-11-01T12:00:00Z'))).toThrow(
      expect.objectContaining({ field: 'from' }),
    );
    expect(() => resolveDays('2025-01-01', '2026-01-02', PARIS, new Date())).toThrow(
      expect.objectContaining({ field: 'from' }),
    );
  });

  it('draws trends per calendar week, or per month beyond a quarter', () => {
    expect(trendBuckets('2026-10-01', '2026-10-31')).toEqual([
      { from: '2026-10-01', to: '2026-10-04' },
      { from: '2026-10-05', to: '2026-10-11' },
      { from: '2026-10-12', to: '2026-10-18' },
      { from: '2026-10-19', to: '2026-10-25' },
      { from: '2026-10-26', to: '2026-10-31' },
    ]);
    const months = trendBuckets('2026-01-15', '2026-06-10');
    expect(months[0]).toEqual({ from: '2026-01-15', to: '2026-01-31' });
    expect(months.at(-1)).toEqual({ from: '2026-06-01', to: '2026-06-10' });
    expect(months).toHaveLength(6);
  });
});

describe('post metrics', () => {
  it('engagements are likes + replies + reposts + quotes over those reported; none reported is not zero', () => {
    expect(variantEngagements({ likes: 3, replies: 1, reposts: 2, quotes: 1, bookmarks: 9 })).toBe(7);
    expect(variantEngagements({ likes: 0 })).toBe(0);
    expect(variantEngagements({ impressions: 100 })).toBeNull();
    expect(variantEngagements(null)).toBeNull();
  });

  it('a sum nobody reports is null (not_reported), with its coverage', () => {
    const vs = [variant('a', { likes: 1 }), variant('b', null), variant('c', { likes: 2, impressions: 50 })];
    const imp = postSumValue('impressions', vs, 'EUR');
    expect(imp).toMatchObject({ value: 50, coverage: { reported: 1, of: 3 } });
    const reach = postSumValue('reach', vs, 'EUR');
    expect(reach).toMatchObject({
      value: null,
      unavailable: 'not_reported',
      coverage: { reported: 0, of: 3 },
    });
  });

  it('uses the nearest-rank median: the lower middle value for an even count', () => {
    expect(nearestRankMedian([4, 1, 3, 2])).toBe(2);
    expect(nearestRankMedian([5, 1, 3])).toBe(3);
    expect(nearestRankMedian([])).toBeNull();
  });

  it('the engagement rate by impressions is the median of per-post rates, rounded at the end', () => {
    const vs = [
      variant('a', { likes: 1, impressions: 3 }), // 33.333…%
      variant('b', { likes: 1, impressions: 6 }), // 16.666…%
      variant('c', { likes: 5, impressions: 0 }), // left out: no impressions
      variant('d', { impressions: 10 }), // left out: no engagements
    ];
    const v = engagementRateImpressions(vs, 'EUR');
    expect(v.value).toBe(16.67);
    expect(v.inputs.find((i) => i.key === 'rated_posts')?.value).toBe(2);
    expect(engagementRateImpressions([vs[2]!, vs[3]!], 'EUR')).toMatchObject({
      value: null,
      unavailable: 'not_reported',
    });
  });

  it('the engagement rate by followers leaves out posts without followers or with 0', () => {
    const vs = [
      variant('a', { likes: 2 }, 100),
      variant('b', { likes: 9 }, 0),
      variant('c', { likes: 9 }, null),
    ];
    expect(engagementRateFollowers(vs, 'EUR').value).toBe(2);
  });

  it('follower growth sums the accounts having both ends', () => {
    const v = followerGrowth(
      [
        { accountId: 'a', start: 100, end: 110 },
        { accountId: 'b', start: 300, end: 330 },
        { accountId: 'c', start: null, end: 50 },
      ],
      'EUR',
    );
    expect(v.value).toBe(10);
    expect(followerGrowth([{ accountId: 'a', start: null, end: 3 }], 'EUR')).toMatchObject({
      value: null,
      unavailable: 'no_data',
    });
    expect(followerGrowth([{ accountId: 'a', start: 0, end: 3 }], 'EUR').value).toBeNull();
  });
});

describe('costs and ROI', () => {
  it('prorates a line by the days of its month inside the period', () => {
    expect(prorate(3100, '2026-10', '2026-10-20', '2026-10-31')).toBeCloseTo(1200);
    expect(prorate(3000, '2026-09', '2026-09-01', '2026-09-30')).toBe(3000);
    expect(prorate(2800, '2026-02', '2026-02-15', '2026-03-31')).toBe(1400);
    expect(prorate(3000, '2026-11', '2026-10-01', '2026-10-31')).toBe(0);
  });

  const period = makePeriod('2026-10-20', '2026-10-31', PARIS);
  const costs = summariseCosts(
    {
      lines: [
        { id: 'l1', month: '2026-10', category: 'tools', label: 'Tool', actual: 3100, staffHours: 31 },
        {
          id: 'l2',
          month: '2026-10',
          category: 'production',
          label: 'Video',
          actual: 1000,
          staffHours: null,
        },
      ],
      campaigns: [
        {
          id: 'k1',
          name: 'Ads',
          networkId: 'bluesky',
          endDate: '2026-10-25',
          spend: 500,
          conversions: 2,
          conversionValue: 4000,
          currency: 'EUR',
        },
        {
          id: 'k2',
          name: 'US ads',
          networkId: 'bluesky',
          endDate: '2026-10-26',
          spend: 900,
          conversions: 1,
          conversionValue: 9000,
          currency: 'USD',
        },
      ],
    },
    period,
    'EUR',
  );

  it('sums prorated lines and campaign spend, rounding once at the end', () => {
    // 3100 × 12/31 = 1200, 1000 × 12/31 = 387.096…, + 500 → 2087.096… → 2087
    expect(costs.total).toBe(2087);
    expect(costs.hours).toBeCloseTo(12);
    expect(costs.campaignConversions).toBe(3);
    expect(costs.campaignValue).toBe(4000);
    expect(costs.otherCurrencyCampaigns).toBe(1);
  });

  const conv = { count: 4, value: 10_000, otherCurrency: 1 };

  it('computes ROI and notes conversions in another currency', () => {
    const v = roi(conv, costs, 'EUR');
    expect(v.value).toBe(Math.round(((14_000 - 2087) / 2087) * 100 * 100) / 100);
    expect(v.notes).toContain('other_currency:1');
    expect(v.currency).toBeNull(); // a percent
    expect(attributedValue(conv, costs, 'EUR')).toMatchObject({ value: 14_000, currency: 'EUR' });
    expect(conversionsValue(conv, costs, 'EUR').value).toBe(7);
    expect(costPerAcquisition(conv, costs, 'EUR').value).toBe(Math.round(2087 / 7));
  });

  it('a zero cost gives no ROI, and no conversions give no cost per acquisition', () => {
    const zero = summariseCosts({ lines: [], campaigns: [] }, period, 'EUR');
    expect(roi(conv, zero, 'EUR')).toMatchObject({ value: null, unavailable: 'zero_cost' });
    expect(attentionPerEuro(10, 1, zero, 'EUR')).toMatchObject({ value: null, unavailable: 'zero_cost' });
    expect(attentionPerHour(10, 1, zero, 'EUR')).toMatchObject({
      value: null,
      unavailable: 'zero_denominator',
    });
    expect(costPerAcquisition({ count: 0, value: 0, otherCurrency: 0 }, zero, 'EUR')).toMatchObject({
      value: null,
      unavailable: 'zero_denominator',
    });
  });

  it('costs on a network or pillar scope are not attributable', () => {
    expect(roi(conv, null, 'EUR')).toMatchObject({ value: null, unavailable: 'cost_not_attributable' });
    expect(attentionPerEuro(5, 1, null, 'EUR').unavailable).toBe('cost_not_attributable');
  });

  it('attention per euro divides by major units; missing engagements stay null', () => {
    expect(attentionPerEuro(2087, 3, costs, 'EUR').value).toBe(100);
    expect(attentionPerEuro(null, 0, costs, 'EUR')).toMatchObject({
      value: null,
      unavailable: 'not_reported',
    });
    expect(attentionPerHour(24, 3, costs, 'EUR').value).toBe(2);
    expect(minorPerMajor('JPY')).toBe(1);
    expect(minorPerMajor('EUR')).toBe(100);
  });
});

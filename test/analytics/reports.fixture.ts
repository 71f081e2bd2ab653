import type { IndicatorValue } from '../../src/modules/analytics/indicators/indicator.types.js';
import type { ReportData, ReportLang } from '../../src/modules/analytics/reports/report-data.js';
import { findMetric } from '../../src/modules/strategy/metrics.catalogue.js';

/** A hand-made report (October 2026, Europe/Paris, EUR) for the renderer tests: no engine involved. */

function v(metric: string, value: number | null, extra: Partial<IndicatorValue> = {}): IndicatorValue {
  const def = findMetric(metric);
  return {
    metric,
    unit: def?.unit ?? 'count',
    currency: def?.unit === 'currency' ? 'EUR' : null,
    value,
    formula: def?.formula ?? { en: metric, fr: metric },
    inputs: [],
    notes: [],
    ...extra,
  };
}

const period = {
  from: '2026-10-01',
  to: '2026-10-31',
  fromInstant: '2026-09-30T22:00:00.000Z',
  toInstant: '2026-10-31T23:00:00.000Z',
  timeZone: 'Europe/Paris',
};
const previousPeriod = {
  from: '2026-09-01',
  to: '2026-09-30',
  fromInstant: '2026-08-31T22:00:00.000Z',
  toInstant: '2026-09-30T22:00:00.000Z',
  timeZone: 'Europe/Paris',
};

export function reportFixture(lang: ReportLang = 'en'): ReportData {
  const roi = v('roi', 84.21, {
    inputs: [
      {
        key: 'attributed_value',
        label: { en: 'Attributed value', fr: 'Valeur attribuée' },
        value: 350_000,
        unit: 'currency',
        source: 'conversions',
        rows: 12,
      },
      {
        key: 'cost',
        label: { en: 'Cost', fr: 'Coût' },
        value: 190_000,
        unit: 'currency',
        source: 'budget_lines',
        rows: 3,
      },
    ],
  });
  const engagements = v('engagements', 4321, {
    coverage: { reported: 9, of: 11 },
    inputs: [
      {
        key: 'engagements',
        label: { en: 'Engagements', fr: 'Interactions' },
        value: 4321,
        unit: 'count',
        source: 'variants',
        rows: 9,
      },
    ],
  });
  return {
    lang,
    workspace: { id: 'ws1', name: 'Acme Bakery', timeZone: 'Europe/Paris', currency: 'EUR' },
    period,
    previousPeriod,
    generatedAt: '2026-11-01T07:00:00.000Z',
    current: {
      roi: [
        roi,
        v('cost_per_acquisition', 15_833),
        v('conversions', 12),
        v('attributed_value', 350_000, { notes: ['other_currency:2'] }),
      ],
      roa: [
        engagements,
        v('impressions', 98_765, { coverage: { reported: 6, of: 11 } }),
        v('reach', null, { unavailable: 'not_reported' }),
        v('engagement_rate_followers', 3.27),
        v('engagement_rate_impressions', 4.38),
        v('link_clicks', 517),
        v('follower_growth', 2.5),
        v('attention_per_euro', 2.27),
        v('attention_per_hour', null, { unavailable: 'zero_denominator' }),
      ],
      process: [
        v('first_response_time_median', 95),
        v('share_answered_within_target', 87.5),
        v('approval_cycle_time', 320),
        v('workload_vs_capacity', null, { unavailable: 'no_data' }),
      ],
    },
    previous: {
      roi: 61.3,
      engagements: 3900,
      link_clicks: 402,
      conversions: 9,
      attributed_value: 280_000,
      first_response_time_median: 130,
    },
    objectives: [
      {
        id: 'o1',
        title: 'Sell more wedding cakes online',
        cards: [
          {
            indicatorId: 'i1',
            objectiveId: 'o1',
            name: 'Return on investment',
            kind: 'roi',
            networkId: null,
            current: roi,
            previous: v('roi', 61.3),
            target: 50,
            baseline: 10,
            benchmark: null,
            higherIsBetter: true,
            status: 'on_track',
            trend: [],
          },
          {
            indicatorId: 'i2',
            objectiveId: 'o1',
            name: 'Engagement rate on Instagram',
            kind: 'roa',
            networkId: 'instagram',
            current: v('engagement_rate_impressions', 4.38),
            previous: v('engagement_rate_impressions', 5.1),
            target: 6,
            baseline: null,
            benchmark: {
              value: 0.43,
              source: 'Rival IQ, Social Media Industry Benchmark Report (2024), all-industry median',
            },
            higherIsBetter: true,
            status: 'behind',
            trend: [],
          },
        ],
      },
      {
        id: 'o2',
        title: 'Answer every customer within two hours',
        cards: [
          {
            indicatorId: 'i3',
            objectiveId: 'o2',
            name: 'Reach on Mastodon',
            kind: 'roa',
            networkId: 'mastodon',
            current: v('reach', null, { unavailable: 'not_reported' }),
            previous: v('reach', null, { unavailable: 'not_reported' }),
            target: 1000,
            baseline: null,
            benchmark: null,
            higherIsBetter: true,
            status: 'no_value',
            trend: [],
          },
        ],
      },
    ],
    roni: {
      estimate: {
        currency: 'EUR',
        total: 61_500,
        risks: [
          {
            kind: 'unanswered_questions',
            label: lang === 'fr' ? 'Questions sans réponse' : 'Unanswered questions',
            probability: 0.3,
            impact: 150_000,
            expectedLoss: 45_000,
            inputs: [
              {
                key: 'unanswered_questions',
                label: { en: 'Unanswered questions', fr: 'Questions sans réponse' },
                value: 6,
                unit: 'count',
                source: 'inbox_items',
                rows: 6,
              },
            ],
          },
          {
            kind: 'late_answers',
            label: lang === 'fr' ? 'Réponses tardives' : 'Late answers',
            probability: 0.1,
            impact: 165_000,
            expectedLoss: 16_500,
            inputs: [],
          },
          {
            kind: 'competitor',
            label: '=Rival bakery',
            probability: null,
            impact: 500_000,
            expectedLoss: null,
            unavailable: 'needs_assumption',
            inputs: [],
          },
        ],
      },
      counts: { unansweredQuestions: 6, lateAnswers: 11, audiencesNotReached: 2 },
    },
    networks: [
      {
        key: 'bluesky',
        label: 'Bluesky',
        posts: 5,
        engagements: 1800,
        impressions: null,
        linkClicks: 210,
        conversions: 5,
        attributedValue: 150_000,
        engagementRateImpressions: null,
      },
      {
        key: 'instagram',
        label: 'Instagram',
        posts: 4,
        engagements: 2521,
        impressions: 98_765,
        linkClicks: 280,
        conversions: 7,
        attributedValue: 200_000,
        engagementRateImpressions: 4.38,
      },
      {
        key: 'mastodon',
        label: 'Mastodon',
        posts: 2,
        engagements: null,
        impressions: null,
        linkClicks: 27,
        conversions: 0,
        attributedValue: 0,
        engagementRateImpressions: null,
      },
    ],
    pillars: [
      {
        key: 'p1',
        label: 'Behind the scenes',
        posts: 4,
        engagements: 2100,
        impressions: 40_000,
        linkClicks: 100,
        conversions: 2,
        attributedValue: 50_000,
        engagementRateImpressions: 5.25,
        share: 36.36,
        targetShare: 30,
      },
      {
        key: 'p2',
        label: 'Offers',
        posts: 5,
        engagements: 1500,
        impressions: 50_000,
        linkClicks: 380,
        conversions: 10,
        attributedValue: 300_000,
        engagementRateImpressions: 3,
        share: 45.45,
        targetShare: 40,
      },
      {
        key: 'p3',
        label: 'Tips',
        posts: 2,
        engagements: 721,
        impressions: 8765,
        linkClicks: 37,
        conversions: 0,
        attributedValue: 0,
        engagementRateImpressions: 8.23,
        share: 18.18,
        targetShare: 30,
      },
    ],
    topPosts: [
      {
        variantId: 'v1',
        title: 'Our new chocolate wedding cake',
        network: 'Instagram',
        publishedAt: '2026-10-03T16:00:00.000Z',
        engagements: 912,
        impressions: 20_100,
        linkClicks: 88,
      },
      {
        variantId: 'v2',
        title: '=HYPERLINK("http://evil")',
        network: 'Bluesky',
        publishedAt: '2026-10-10T08:30:00.000Z',
        engagements: 640,
        impressions: null,
        linkClicks: 51,
      },
    ],
    bottomPosts: [
      {
        variantId: 'v9',
        title: 'Opening hours for the holidays',
        network: 'Bluesky',
        publishedAt: '2026-10-29T10:00:00.000Z',
        engagements: 12,
        impressions: null,
        linkClicks: 1,
      },
    ],
    series: [
      { from: '2026-09-28', to: '2026-10-04', engagements: 1200, linkClicks: 120 },
      { from: '2026-10-05', to: '2026-10-11', engagements: 900, linkClicks: 160 },
      { from: '2026-10-12', to: '2026-10-18', engagements: 700, linkClicks: 80 },
      { from: '2026-10-19', to: '2026-10-25', engagements: 1100, linkClicks: 97 },
      { from: '2026-10-26', to: '2026-11-01', engagements: 421, linkClicks: 60 },
    ],
  };
}

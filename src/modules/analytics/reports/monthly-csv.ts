import type { IndicatorValue } from '../indicators/indicator.types.js';
import type { MetricUnit } from '../../strategy/metrics.catalogue.js';
import { currencyDigits } from '../../strategy/documents/format.js';
import { csvRow } from '../../audit/audit.csv.js';
import type { ReportData, ReportGroupRow, ReportPostRow } from './report-data.js';
import { metricName, riskLabel, unavailableText } from './report-format.js';
import { reportLabels } from './report-labels.js';

/**
 * The monthly report's figures as CSV, one row per (section, scope, metric), for spreadsheets. Money
 * is written in major units with 2 (or the currency's) decimals and the currency beside it; a figure
 * the data cannot give has an empty value and its reason in `status`/`note`, never 0. Cells go
 * through the audit export's formula-injection guard (a post title like `=HYPERLINK(…)` stays text).
 */

export const REPORT_CSV_COLUMNS = [
  'section',
  'scope',
  'scope_id',
  'metric',
  'label',
  'value',
  'unit',
  'currency',
  'target',
  'previous',
  'status',
  'note',
] as const;

type Unit = MetricUnit | 'hours';

interface Row {
  section: string;
  scope: string;
  scopeId: string;
  metric: string;
  label: string;
  value: number | null;
  unit: Unit;
  target?: number | null;
  previous?: number | null;
  status?: string;
  note?: string;
}

export function renderMonthlyReportCsv(d: ReportData): string {
  const L = reportLabels(d.lang);
  const currency = d.workspace.currency;
  const digits = currencyDigits(currency);
  const num = (v: number | null | undefined, unit: Unit): string | null => {
    if (v === null || v === undefined) return null;
    return unit === 'currency' ? (v / 10 ** digits).toFixed(digits) : String(v);
  };
  const rows: Row[] = [];
  const fromValue = (
    section: string,
    scope: string,
    scopeId: string,
    v: IndicatorValue,
    extra: Partial<Row> = {},
  ) =>
    rows.push({
      section,
      scope,
      scopeId,
      metric: v.metric,
      label: metricName(v.metric, d.lang),
      value: v.value,
      unit: v.unit,
      previous: d.previous[v.metric] ?? null,
      status: v.value === null ? (v.unavailable ?? 'unavailable') : '',
      note: unavailableText(v, L),
      ...extra,
    });

  for (const [section, values] of [
    ['roi', d.current.roi],
    ['roa', d.current.roa],
    ['process', d.current.process],
  ] as const) {
    for (const v of values) fromValue(section, 'workspace', d.workspace.id, v);
  }
  for (const o of d.objectives) {
    for (const c of o.cards) {
      fromValue('objective', o.title, o.id, c.current, {
        label: c.name,
        target: c.target,
        previous: c.previous.value,
        status: c.status,
        note: [
          c.benchmark ? `${L.benchmark}${L.colon}${c.benchmark.value} (${c.benchmark.source})` : '',
          unavailableText(c.current, L),
        ]
          .filter(Boolean)
          .join('; '),
      });
    }
  }
  for (const risk of d.roni.estimate.risks) {
    const base = { section: 'roni', scope: riskLabel(risk, d.lang), scopeId: risk.kind };
    rows.push({
      ...base,
      metric: 'probability',
      label: L.probability,
      value: risk.probability === null ? null : risk.probability * 100,
      unit: 'percent',
    });
    rows.push({ ...base, metric: 'impact', label: L.impact, value: risk.impact, unit: 'currency' });
    rows.push({
      ...base,
      metric: 'expected_loss',
      label: L.expectedLoss,
      value: risk.expectedLoss,
      unit: 'currency',
      status: risk.unavailable ?? '',
      note: risk.unavailable ? L.reasons.needs_assumption : '',
    });
  }
  rows.push({
    section: 'roni',
    scope: 'workspace',
    scopeId: d.workspace.id,
    metric: 'roni_total',
    label: L.roniTotal,
    value: d.roni.estimate.total,
    unit: 'currency',
  });
  const group = (section: string, g: ReportGroupRow) => {
    const base = { section, scope: g.label, scopeId: g.key };
    const cells: [string, string, number | null, Unit][] = [
      ['posts', L.posts, g.posts, 'count'],
      ['engagements', L.engagements, g.engagements, 'count'],
      ['impressions', L.impressions, g.impressions, 'count'],
      ['link_clicks', L.linkClicks, g.linkClicks, 'count'],
      ['conversions', L.conversions, g.conversions, 'count'],
      ['attributed_value', L.value_, g.attributedValue, 'currency'],
      ['engagement_rate_impressions', L.engagementRate, g.engagementRateImpressions, 'percent'],
    ];
    for (const [metric, label, value, unit] of cells) {
      rows.push({ ...base, metric, label, value, unit, status: value === null ? 'not_reported' : '' });
    }
    if (section === 'pillar') {
      rows.push({
        ...base,
        metric: 'share',
        label: L.realMix,
        value: g.share ?? null,
        unit: 'percent',
        target: g.targetShare ?? null,
      });
    }
  };
  for (const g of d.networks) group('network', g);
  for (const g of d.pillars) group('pillar', g);
  const post = (section: string, p: ReportPostRow) => {
    const base = { section, scope: `${p.title} (${p.network})`, scopeId: p.variantId };
    rows.push({ ...base, metric: 'engagements', label: L.engagements, value: p.engagements, unit: 'count' });
    rows.push({
      ...base,
      metric: 'impressions',
      label: L.impressions,
      value: p.impressions,
      unit: 'count',
      status: p.impressions === null ? 'not_reported' : '',
    });
    rows.push({ ...base, metric: 'link_clicks', label: L.linkClicks, value: p.linkClicks, unit: 'count' });
  };
  for (const p of d.topPosts) post('top_posts', p);
  for (const p of d.bottomPosts) post('bottom_posts', p);

  let out = `\uFEFF${csvRow(REPORT_CSV_COLUMNS)}`;
  for (const r of rows) {
    out += csvRow([
      r.section,
      r.scope,
      r.scopeId,
      r.metric,
      r.label,
      num(r.value, r.unit),
      r.unit,
      r.unit === 'currency' ? currency : '',
      num(r.target, r.unit),
      num(r.previous, r.unit),
      r.status ?? '',
      r.note ?? '',
    ]);
  }
  return out;
}

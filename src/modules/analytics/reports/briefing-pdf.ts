import { COLORS } from '../../strategy/documents/pdf-layout.js';
import type { IndicatorStatus } from '../indicators/indicator.types.js';
import { figure, type ReportData } from './report-data.js';
import { A4, footers, openReport, type ReportDoc } from './report-doc.js';
import { formatDay, formatGenerated, formatPeriodLabel, riskLabel } from './report-format.js';
import { drawBarChart } from './report-charts.js';
import { unavailableNotes } from './report-notes.js';

/**
 * The executive briefing with live figures: one A4 page for management — the period's headline
 * figures against the previous period, each objective's indicators (on track or behind), the biggest
 * risks of not acting, the networks, responsiveness. Lists are cut to fit so it stays one page; the
 * monthly report carries the detail. (The strategy's own briefing, src/modules/strategy/documents,
 * stays the plan's summary; this one is its companion with measured results.)
 */

const M = 36;
const STATUS_COLOUR: Record<IndicatorStatus, string> = {
  on_track: '#2f8f5b',
  behind: COLORS.danger,
  no_target: COLORS.muted,
  no_value: COLORS.faint,
};

function blockTitle(r: ReportDoc, text: string, x: number, y: number, w: number): number {
  r.w.text(text.toUpperCase(), x, y, w, {
    kind: 'bold',
    size: 7.5,
    color: COLORS.accent,
    characterSpacing: 0.8,
  });
  r.w.line(x, y + 11, x + w, y + 11, COLORS.rule, 0.6);
  return 16;
}

function header(r: ReportDoc): number {
  const { w, d, L, lang } = r;
  w.rect(0, 0, A4.width, 74, COLORS.accent);
  w.text(`${L.briefingTitle} · ${d.workspace.name}`.toUpperCase(), M, 16, A4.width - 2 * M, {
    kind: 'bold',
    size: 7.5,
    color: '#b9d3ea',
    characterSpacing: 1,
    maxHeight: 10,
  });
  w.text(formatPeriodLabel(d.period, lang), M, 29, A4.width - 2 * M, {
    kind: 'bold',
    size: 18,
    color: COLORS.white,
    maxHeight: 22,
  });
  const meta = `${formatDay(d.period.from, lang)} – ${formatDay(d.period.to, lang)} · ${L.previousPeriod}${L.colon}${formatPeriodLabel(d.previousPeriod, lang)} · ${d.workspace.timeZone} · ${L.generatedOn} ${formatGenerated(d.generatedAt, d.workspace.timeZone, lang)}`;
  w.text(meta, M, 54, A4.width - 2 * M, { size: 7.5, color: '#d6e4f2', maxHeight: 10 });
  return 74 + 14;
}

const TILES = [
  'roi',
  'attributed_value',
  'conversions',
  'engagements',
  'link_clicks',
  'first_response_time_median',
];

function tiles(r: ReportDoc, y: number): number {
  const { w, d, L } = r;
  const full = A4.width - 2 * M;
  y += blockTitle(r, L.briefingHeadline, M, y, full);
  const gap = 7;
  const tw = (full - gap * 5) / 6;
  TILES.forEach((metric, i) => {
    const v = figure(d.current, metric);
    const x = M + i * (tw + gap);
    w.rect(x, y, tw, 58, i === 0 ? COLORS.accent : COLORS.accentLight, 4);
    const ink = i === 0 ? COLORS.white : COLORS.accent;
    const soft = i === 0 ? '#d6e4f2' : COLORS.muted;
    w.text(r.name(metric), x + 6, y + 5, tw - 12, { size: 6.5, color: soft, maxHeight: 16 });
    w.text(v ? r.val(v) : '—', x + 6, y + 25, tw - 12, { kind: 'bold', size: 13, color: ink, maxHeight: 16 });
    const prev = d.previous[metric] ?? null;
    const under =
      v && v.value === null ? r.why(v) : `${L.vsPrevious}${L.colon}${r.fig(prev, v?.unit ?? 'count')}`;
    w.text(under, x + 6, y + 44, tw - 12, { size: 6, color: soft, maxHeight: 9 });
  });
  return y + 58 + 14;
}

function objectives(r: ReportDoc, x: number, y: number, width: number, bottom: number): number {
  const { w, d, L } = r;
  let cy = y + blockTitle(r, L.briefingObjectives, x, y, width);
  if (d.objectives.length === 0) {
    w.text(L.noObjectives, x, cy, width, { kind: 'italic', size: 7.5, color: COLORS.muted, maxHeight: 20 });
    return cy + 20;
  }
  for (const o of d.objectives) {
    if (cy + 24 > bottom) break;
    const on = o.cards.filter((c) => c.status === 'on_track').length;
    cy += w.text(o.title, x, cy, width, { kind: 'bold', size: 8.5, maxHeight: 11 }) + 1;
    cy +=
      w.text(L.cardsOnTrack(on, o.cards.length), x, cy, width, {
        size: 6.5,
        color: COLORS.muted,
        maxHeight: 9,
      }) + 2;
    for (const c of o.cards.slice(0, 3)) {
      if (cy + 11 > bottom) break;
      const value = c.current.value === null ? `— (${r.why(c.current)})` : r.val(c.current);
      const target =
        c.target === null ? '' : ` / ${L.target.toLowerCase()} ${r.fig(c.target, c.current.unit)}`;
      w.dot(x + 3, cy + 3.8, 2.4, STATUS_COLOUR[c.status]);
      w.text(`${c.name}${L.colon}${value}${target}`, x + 9, cy, width - 9, { size: 7.5, maxHeight: 10 });
      cy += 11;
    }
    cy += 5;
  }
  return cy;
}

function risks(r: ReportDoc, x: number, y: number, width: number, bottom: number): number {
  const { w, d, L } = r;
  let cy = y + blockTitle(r, L.briefingRisks, x, y, width);
  const sorted = [...d.roni.estimate.risks].sort((a, b) => (b.expectedLoss ?? -1) - (a.expectedLoss ?? -1));
  for (const k of sorted.slice(0, 3)) {
    if (cy + 22 > bottom) break;
    w.text(riskLabel(k, r.lang), x, cy, width - 70, { kind: 'bold', size: 8, maxHeight: 10 });
    w.text(k.expectedLoss === null ? '—' : r.money(k.expectedLoss), x + width - 70, cy, 70, {
      kind: 'bold',
      size: 8.5,
      color: COLORS.danger,
      align: 'right',
      maxHeight: 10,
    });
    const detail =
      k.expectedLoss === null
        ? L.reasons.needs_assumption
        : `${L.probability} ${r.fig(k.probability === null ? null : k.probability * 100, 'percent')} × ${L.impact.toLowerCase()} ${r.money(k.impact)}`;
    w.text(detail, x, cy + 11, width, { size: 6.5, color: COLORS.muted, maxHeight: 9 });
    cy += 24;
  }
  w.text(`${L.roniTotal}${L.colon}${r.money(d.roni.estimate.total)}`, x, cy, width, {
    kind: 'bold',
    size: 8.5,
    maxHeight: 11,
  });
  return cy + 16;
}

function responsiveness(r: ReportDoc, x: number, y: number, width: number): number {
  const { w, d, L } = r;
  let cy = y + blockTitle(r, L.briefingResponsiveness, x, y, width);
  for (const v of d.current.process.slice(0, 3)) {
    w.text(r.name(v.metric), x, cy, width - 80, { size: 7.5, maxHeight: 10 });
    w.text(r.val(v), x + width - 80, cy, 80, { kind: 'bold', size: 8, align: 'right', maxHeight: 10 });
    cy += 12;
  }
  return cy + 6;
}

/** The one-page executive briefing of `data` as a PDF. */
export async function renderExecutiveBriefingPdf(data: ReportData): Promise<Buffer> {
  const r = openReport(data, 'briefing');
  const { w, L, d, lang } = r;
  const full = A4.width - 2 * M;
  const half = (full - 20) / 2;
  const bottom = A4.height - 54;
  let y = header(r);
  y = tiles(r, y);
  const leftEnd = objectives(r, M, y, half, y + 300);
  let ry = risks(r, M + half + 20, y, half, y + 130);
  ry = responsiveness(r, M + half + 20, ry, half);
  y = Math.max(leftEnd, ry) + 6;
  const chartH = Math.min(150, bottom - y - 40);
  if (d.networks.some((n) => n.engagements !== null) && chartH > 90) {
    blockTitle(r, L.briefingNetworks, M, y, full);
    drawBarChart(
      w,
      { x: M, y: y + 18, w: full, h: chartH },
      d.networks.map((n) => ({ label: `${n.label} (${r.fig(n.posts, 'count')})`, value: n.engagements })),
      {
        unit: `${L.engagements} · (n) = ${L.posts.toLowerCase()}`,
        caption: `${formatDay(d.period.from, lang)} – ${formatDay(d.period.to, lang)}`,
        format: (v) => r.fig(v, 'count'),
      },
    );
    y += chartH + 26;
  }
  const notes = unavailableNotes(d);
  if (notes.length > 0 && y + 20 < bottom) {
    w.text(`${L.unavailableTitle}${L.colon}${notes.slice(0, 6).join(' · ')}`, M, y, full, {
      size: 6.5,
      color: COLORS.muted,
      maxHeight: bottom - y,
    });
  }
  footers(r, `${L.briefingTitle} · ${formatPeriodLabel(d.period, lang)}`);
  return w.finish();
}

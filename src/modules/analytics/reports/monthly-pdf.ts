import { COLORS } from '../../strategy/documents/pdf-layout.js';
import { figure, type ReportData } from './report-data.js';
import { A4, MARGIN, footers, heading, openReport, para, type ReportDoc } from './report-doc.js';
import { formatDay, formatGenerated, formatPeriodLabel, isMonthPeriod } from './report-format.js';
import { drawLineChart } from './report-charts.js';
import { reportLabels } from './report-labels.js';
import { objectivesSection, returnsSection } from './monthly-pdf-sections.js';
import { groupsSection, postsSection, processSection, unavailableSection } from './monthly-pdf-tables.js';

/**
 * The monthly performance report as a PDF: a cover with the headline figures and the weekly trend,
 * then each objective's indicator cards, ROI / ROA / RONI with their inputs, networks and pillars,
 * the best and weakest posts, responsiveness, and the figures that could not be computed.
 */

function cover(r: ReportDoc, title: string): void {
  const { w, d, L, lang } = r;
  const bandH = 118;
  w.rect(0, 0, A4.width, bandH, COLORS.accent);
  w.text(d.workspace.name.toUpperCase(), MARGIN, 28, w.width, {
    kind: 'bold',
    size: 8,
    color: '#b9d3ea',
    characterSpacing: 1,
    maxHeight: 11,
  });
  w.text(title, MARGIN, 42, w.width, { kind: 'bold', size: 22, color: COLORS.white, maxHeight: 28 });
  w.text(formatPeriodLabel(d.period, lang), MARGIN, 70, w.width, {
    kind: 'bold',
    size: 13,
    color: COLORS.white,
    maxHeight: 16,
  });
  const meta = [
    `${L.period}${L.colon}${formatDay(d.period.from, lang)} – ${formatDay(d.period.to, lang)}`,
    `${L.previousPeriod}${L.colon}${formatPeriodLabel(d.previousPeriod, lang)}`,
    `${L.timeZone}${L.colon}${d.workspace.timeZone}`,
    `${L.currency}${L.colon}${d.workspace.currency}`,
  ].join('   ·   ');
  w.text(meta, MARGIN, 90, w.width, { size: 7.5, color: '#d6e4f2', maxHeight: 10 });
  w.text(
    `${L.generatedOn} ${formatGenerated(d.generatedAt, d.workspace.timeZone, lang)}`,
    MARGIN,
    101,
    w.width,
    {
      size: 7.5,
      color: '#d6e4f2',
      maxHeight: 10,
    },
  );
  w.y = bandH + 18;
}

const TILES = [
  'roi',
  'attributed_value',
  'conversions',
  'engagements',
  'link_clicks',
  'first_response_time_median',
];

/** Six tiles: the figure, and the previous period's under it. */
function headlineTiles(r: ReportDoc): void {
  const { w, d, L } = r;
  heading(r, L.headline);
  const gap = 8;
  const cols = 3;
  const tw = (w.width - gap * (cols - 1)) / cols;
  const th = 50;
  TILES.forEach((metric, i) => {
    const v = figure(d.current, metric);
    const x = w.left + (i % cols) * (tw + gap);
    const y = w.y + Math.floor(i / cols) * (th + gap);
    w.rect(x, y, tw, th, COLORS.accentLight, 4);
    w.text(r.name(metric), x + 8, y + 6, tw - 16, { size: 7, color: COLORS.muted, maxHeight: 9 });
    w.text(v ? r.val(v) : '—', x + 8, y + 17, tw - 16, {
      kind: 'bold',
      size: 15,
      color: COLORS.accent,
      maxHeight: 18,
    });
    const prev = d.previous[metric] ?? null;
    const under =
      v && v.value === null ? r.why(v) : `${L.previous}${L.colon}${r.fig(prev, v?.unit ?? 'count')}`;
    w.text(under, x + 8, y + 37, tw - 16, { size: 6.5, color: COLORS.muted, maxHeight: 9 });
  });
  w.y += 2 * (th + gap) + 6;
}

function trend(r: ReportDoc): void {
  const { w, d, L, lang } = r;
  if (d.series.length === 0) return;
  heading(r, L.trendTitle);
  const cats = d.series.map((p) => formatDay(p.from, lang).replace(/ \d{4}$/, ''));
  drawLineChart(
    w,
    { x: w.left, y: w.y, w: w.width, h: 150 },
    cats,
    [
      { name: L.engagements, values: d.series.map((p) => p.engagements) },
      { name: L.linkClicks, values: d.series.map((p) => p.linkClicks) },
    ],
    {
      unit: `${L.count} ${L.perWeek}`,
      caption: `${formatDay(d.period.from, lang)} – ${formatDay(d.period.to, lang)} (${d.workspace.timeZone})`,
      format: (v) => r.fig(v, 'count'),
    },
  );
  w.y += 158;
}

/** Renders the report of `data` (a whole month reads "Monthly performance report"). */
export async function renderMonthlyReportPdf(data: ReportData): Promise<Buffer> {
  const L = reportLabels(data.lang);
  const title = isMonthPeriod(data.period) ? L.monthlyTitle : L.periodTitle;
  const r = openReport(data, title);
  cover(r, title);
  headlineTiles(r);
  trend(r);
  para(r, r.L.sourcesLine);
  objectivesSection(r);
  returnsSection(r);
  groupsSection(r);
  postsSection(r);
  processSection(r);
  unavailableSection(r);
  footers(r, `${title} · ${formatPeriodLabel(data.period, data.lang)}`);
  return r.w.finish();
}

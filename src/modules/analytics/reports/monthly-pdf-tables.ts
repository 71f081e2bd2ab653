import { COLORS, type TableCell } from '../../strategy/documents/pdf-layout.js';
import type { ReportGroupRow, ReportPostRow } from './report-data.js';
import { heading, para, type ReportDoc } from './report-doc.js';
import { formatDay, formatInstantDay } from './report-format.js';
import { drawBarChart } from './report-charts.js';
import { metricsTable } from './monthly-pdf-sections.js';
import { unavailableNotes } from './report-notes.js';

/** The tables of the monthly report: networks, pillars, top and bottom posts, process, notes. */

function periodCaption(r: ReportDoc): string {
  const { d, lang } = r;
  return `${formatDay(d.period.from, lang)} – ${formatDay(d.period.to, lang)}`;
}

function groupRow(r: ReportDoc, g: ReportGroupRow, pillar: boolean): TableCell[] {
  const cells: TableCell[] = [
    [{ text: g.label, kind: 'bold' }],
    r.fig(g.posts, 'count'),
    r.fig(g.engagements, 'count'),
    r.fig(g.impressions, 'count'),
    r.fig(g.linkClicks, 'count'),
    r.fig(g.conversions, 'count'),
  ];
  if (pillar) {
    cells.push(r.fig(g.share ?? null, 'percent'), r.fig(g.targetShare ?? null, 'percent'));
  } else {
    cells.push(r.money(g.attributedValue), r.fig(g.engagementRateImpressions, 'percent'));
  }
  return cells;
}

function groupTable(r: ReportDoc, rows: readonly ReportGroupRow[], pillar: boolean): void {
  const { L } = r;
  if (rows.length === 0) {
    para(r, L.noRows);
    return;
  }
  r.w.table(
    [
      { header: pillar ? L.pillar : L.network, width: 2 },
      { header: L.posts, width: 0.9, align: 'right' },
      { header: L.engagements, width: 1.2, align: 'right' },
      { header: L.impressions, width: 1.2, align: 'right' },
      { header: L.linkClicks, width: 1.1, align: 'right' },
      { header: L.conversions, width: 1.1, align: 'right' },
      ...(pillar
        ? [
            { header: L.realMix, width: 1, align: 'right' as const },
            { header: L.targetMix, width: 1, align: 'right' as const },
          ]
        : [
            { header: L.value_, width: 1.2, align: 'right' as const },
            { header: L.engagementRate, width: 1.1, align: 'right' as const },
          ]),
    ],
    rows.map((g) => groupRow(r, g, pillar)),
    { size: 8 },
  );
}

/** Per network (table and engagements chart) and per pillar (real mix against the target mix). */
export function groupsSection(r: ReportDoc): void {
  const { w, d, L } = r;
  heading(r, L.networksTitle);
  groupTable(r, d.networks, false);
  // No chart when no network reports engagements: an empty chart would read as zeros.
  if (d.networks.some((n) => n.engagements !== null)) {
    w.ensure(140);
    drawBarChart(
      w,
      { x: w.left, y: w.y, w: w.width * 0.6, h: 130 },
      d.networks.map((n) => ({ label: n.label, value: n.engagements })),
      { unit: L.engagements, caption: periodCaption(r), format: (v) => r.fig(v, 'count') },
    );
    w.y += 140;
  }
  heading(r, L.pillarsTitle, L.pillarsIntro);
  groupTable(r, d.pillars, true);
  if (d.pillars.length > 0) {
    w.ensure(140);
    drawBarChart(
      w,
      { x: w.left, y: w.y, w: w.width * 0.6, h: 130 },
      d.pillars.map((p) => ({ label: p.label, value: p.share ?? null })),
      {
        unit: `${L.realMix} (%) · ${L.targetMix}: —`,
        caption: periodCaption(r),
        format: (v) => r.fig(v, 'percent'),
        colour: '#2f8f5b',
        targets: d.pillars.map((p) => p.targetShare ?? null),
      },
    );
    w.y += 140;
  }
}

function postTable(r: ReportDoc, rows: readonly ReportPostRow[]): void {
  const { L, d, lang } = r;
  if (rows.length === 0) {
    para(r, L.noRows);
    return;
  }
  r.w.table(
    [
      { header: L.post, width: 3.6 },
      { header: L.published, width: 1.3 },
      { header: L.engagements, width: 1.2, align: 'right' },
      { header: L.impressions, width: 1.2, align: 'right' },
      { header: L.linkClicks, width: 1.1, align: 'right' },
    ],
    rows.map((p) => [
      [
        { text: p.title, kind: 'bold', maxHeight: 20 },
        { text: p.network, size: 6.5, color: COLORS.muted },
      ],
      formatInstantDay(p.publishedAt, d.workspace.timeZone, lang),
      r.fig(p.engagements, 'count'),
      r.fig(p.impressions, 'count'),
      r.fig(p.linkClicks, 'count'),
    ]),
    { size: 8 },
  );
}

/** The five best and five weakest posts by engagements. */
export function postsSection(r: ReportDoc): void {
  const { d, L } = r;
  heading(r, L.topPosts, L.postsRankedBy);
  postTable(r, d.topPosts);
  heading(r, L.bottomPosts);
  postTable(r, d.bottomPosts);
}

/** Inbox response figures and the approval cycle time. */
export function processSection(r: ReportDoc): void {
  const { d, L } = r;
  heading(r, L.inboxAndApprovals);
  metricsTable(r, d.current.process);
}

/** Every figure the data could not give, and why. */
export function unavailableSection(r: ReportDoc): void {
  const { w, L } = r;
  const notes = unavailableNotes(r.d);
  if (notes.length === 0) return;
  heading(r, L.unavailableTitle, L.unavailableIntro);
  for (const n of notes) {
    const h = w.measure(n, w.width - 12, { size: 8 });
    w.ensure(h + 3);
    w.dot(w.left + 3, w.y + 4, 1.6, COLORS.muted);
    w.text(n, w.left + 12, w.y, w.width - 12, { size: 8 });
    w.y += h + 3;
  }
}

import type { IndicatorValue } from '../indicators/indicator.types.js';
import type { MetricUnit } from '../../strategy/metrics.catalogue.js';
import { COLORS, PdfWriter } from '../../strategy/documents/pdf-layout.js';
import type { ReportData, ReportLang } from './report-data.js';
import { formatFigure, formatValue, metricName, unavailableText } from './report-format.js';
import { reportLabels, type ReportLabels } from './report-labels.js';

/** What every section of a report PDF works with: the writer, the data, the words and the formatters. */
export interface ReportDoc {
  w: PdfWriter;
  d: ReportData;
  L: ReportLabels;
  lang: ReportLang;
  /** A figure with its unit, "—" when null. */
  fig: (value: number | null, unit: MetricUnit | 'hours') => string;
  /** An indicator's value. */
  val: (v: IndicatorValue) => string;
  money: (minor: number | null) => string;
  name: (metric: string) => string;
  why: (v: IndicatorValue) => string;
}

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 40;

/** A fresh A4 document for a report, with its PDF metadata in the report's language. */
export function openReport(d: ReportData, title: string): ReportDoc {
  const w = new PdfWriter(
    { ...A4, margin: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN } },
    {
      title: `${d.workspace.name} — ${title}`,
      author: d.workspace.name,
      createdAt: new Date(d.generatedAt),
      language: d.lang === 'fr' ? 'fr-FR' : 'en-GB',
    },
  );
  const currency = d.workspace.currency;
  return {
    w,
    d,
    L: reportLabels(d.lang),
    lang: d.lang,
    fig: (value, unit) => formatFigure(value, unit, currency, d.lang),
    val: (v) => formatValue(v, currency, d.lang),
    money: (minor) => formatFigure(minor, 'currency', currency, d.lang),
    name: (metric) => metricName(metric, d.lang),
    why: (v) => unavailableText(v, reportLabels(d.lang)),
  };
}

/** A section heading with a coloured rule; keeps room so it never ends a page alone. */
export function heading(r: ReportDoc, text: string, intro?: string): void {
  const { w } = r;
  const introH = intro ? w.measure(intro, w.width, { kind: 'italic', size: 8 }) + 4 : 0;
  w.ensure(24 + introH + 80);
  w.y += 6;
  w.rect(w.left, w.y, 4, 16, COLORS.accent, 1.5);
  w.text(text, w.left + 10, w.y + 1.5, w.width - 10, {
    kind: 'bold',
    size: 13,
    color: COLORS.ink,
    maxHeight: 16,
  });
  w.y += 22;
  if (intro) {
    w.text(intro, w.left, w.y, w.width, { kind: 'italic', size: 8, color: COLORS.muted });
    w.y += introH + 2;
  }
}

/** A smaller heading inside a section. */
export function subHeading(r: ReportDoc, text: string): void {
  const { w } = r;
  w.ensure(70);
  w.y += w.text(text, w.left, w.y, w.width, { kind: 'bold', size: 10, color: COLORS.accent }) + 4;
}

/** An italic muted paragraph at the cursor. */
export function para(r: ReportDoc, text: string): void {
  const { w } = r;
  const h = w.measure(text, w.width, { kind: 'italic', size: 8 });
  w.ensure(h + 4);
  w.text(text, w.left, w.y, w.width, { kind: 'italic', size: 8, color: COLORS.muted });
  w.y += h + 6;
}

/** Page numbers and the workspace on every page, written once all pages exist. */
export function footers(r: ReportDoc, title: string): void {
  const { w, L } = r;
  const range = w.doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    w.doc.switchToPage(range.start + i);
    const y = A4.height - MARGIN + 2;
    w.line(w.left, y - 4, w.right, y - 4, COLORS.rule, 0.5);
    w.text(`${r.d.workspace.name} · ${title}`, w.left, y, w.width * 0.7, {
      size: 6.5,
      color: COLORS.faint,
      maxHeight: 9,
    });
    w.text(L.page(i + 1, range.count), w.left + w.width * 0.7, y, w.width * 0.3, {
      size: 6.5,
      color: COLORS.faint,
      align: 'right',
      maxHeight: 9,
    });
  }
}

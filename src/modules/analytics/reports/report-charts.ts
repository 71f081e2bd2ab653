import { COLORS, SERIES, type PdfWriter } from '../../strategy/documents/pdf-layout.js';

/**
 * Small vector charts for the reports, drawn with pdfkit primitives (no image, sharp at any zoom).
 * Each chart names its unit on the value axis and its period under the category axis; a missing
 * value is drawn as a gap with "—", never as a zero-height bar.
 */

export interface ChartBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A rounded axis maximum (1, 2, 2.5, 5 × 10ⁿ) so the gridlines fall on readable values. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const exp = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * exp >= max) return m * exp;
  return 10 * exp;
}

interface Axes {
  plot: ChartBox;
  scale: (v: number) => number;
}

/** Value axis with 4 gridlines and its labels, the unit over it, the caption under the chart. */
function drawAxes(
  w: PdfWriter,
  b: ChartBox,
  max: number,
  o: { unit: string; caption: string; format: (v: number) => string },
): Axes {
  const labelW = 38;
  const plot = { x: b.x + labelW, y: b.y + 12, w: b.w - labelW - 4, h: b.h - 12 - 30 };
  // At least 4 so a chart of small counts has one gridline per unit rather than repeated rounded labels.
  const top = niceMax(Math.max(max, 4));
  w.text(o.unit, b.x, b.y, labelW + 120, { size: 6.5, color: COLORS.muted, maxHeight: 9 });
  for (let i = 0; i <= 4; i += 1) {
    const v = (top * i) / 4;
    const y = plot.y + plot.h - (plot.h * i) / 4;
    w.line(plot.x, y, plot.x + plot.w, y, i === 0 ? COLORS.faint : '#e6eaef', i === 0 ? 0.8 : 0.5);
    w.text(o.format(v), b.x, y - 3.5, labelW - 4, {
      size: 6,
      color: COLORS.muted,
      align: 'right',
      maxHeight: 8,
    });
  }
  w.text(o.caption, plot.x, b.y + b.h - 9, plot.w, {
    size: 6.5,
    color: COLORS.muted,
    align: 'center',
    maxHeight: 9,
  });
  return { plot, scale: (v) => plot.y + plot.h - (Math.max(0, v) / top) * plot.h };
}

export interface BarDatum {
  label: string;
  value: number | null;
}

/** Vertical bars, one per category. */
export function drawBarChart(
  w: PdfWriter,
  b: ChartBox,
  bars: readonly BarDatum[],
  o: {
    unit: string;
    caption: string;
    format: (v: number) => string;
    colour?: string;
    /** A target per bar, drawn as a dark tick across its slot (the pillar target mix). */
    targets?: readonly (number | null)[];
  },
): void {
  const max = Math.max(0, ...bars.map((d) => d.value ?? 0), ...(o.targets ?? []).map((t) => t ?? 0));
  const { plot, scale } = drawAxes(w, b, max, o);
  if (bars.length === 0) return;
  const slot = plot.w / bars.length;
  const barW = Math.min(34, slot * 0.6);
  bars.forEach((d, i) => {
    const cx = plot.x + slot * i + slot / 2;
    if (d.value === null) {
      w.text('—', cx - slot / 2, plot.y + plot.h - 11, slot, {
        size: 8,
        color: COLORS.faint,
        align: 'center',
      });
    } else {
      const y = scale(d.value);
      w.rect(cx - barW / 2, y, barW, plot.y + plot.h - y, o.colour ?? COLORS.accent, 1.5);
      w.text(o.format(d.value), cx - slot / 2, y - 9, slot, {
        size: 6,
        color: COLORS.ink,
        align: 'center',
        maxHeight: 8,
      });
    }
    const target = o.targets?.[i];
    if (target !== undefined && target !== null) {
      const ty = scale(target);
      w.line(cx - barW / 2 - 4, ty, cx + barW / 2 + 4, ty, COLORS.ink, 1.6);
    }
    w.text(d.label, cx - slot / 2 + 1, plot.y + plot.h + 3, slot - 2, {
      size: 6.5,
      color: COLORS.muted,
      align: 'center',
      maxHeight: 16,
    });
  });
}

export interface LineSeries {
  name: string;
  values: (number | null)[];
}

/** Lines over shared categories (weeks), with a legend; a null breaks the line. */
export function drawLineChart(
  w: PdfWriter,
  b: ChartBox,
  categories: readonly string[],
  series: readonly LineSeries[],
  o: { unit: string; caption: string; format: (v: number) => string },
): void {
  const max = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const { plot, scale } = drawAxes(w, b, max, o);
  const n = categories.length;
  if (n === 0) return;
  const xAt = (i: number) => (n === 1 ? plot.x + plot.w / 2 : plot.x + (plot.w * i) / (n - 1));
  const every = Math.max(1, Math.ceil(n / 8));
  categories.forEach((c, i) => {
    if (i % every !== 0 && i !== n - 1) return;
    w.text(c, xAt(i) - 30, plot.y + plot.h + 3, 60, {
      size: 6,
      color: COLORS.muted,
      align: 'center',
      maxHeight: 8,
    });
  });
  series.forEach((s, si) => {
    const colour = SERIES[si % SERIES.length]!;
    let prev: [number, number] | null = null;
    s.values.forEach((v, i) => {
      if (v === null) {
        prev = null;
        return;
      }
      const pt: [number, number] = [xAt(i), scale(v)];
      if (prev) w.line(prev[0], prev[1], pt[0], pt[1], colour, 1.4);
      w.dot(pt[0], pt[1], 1.8, colour);
      prev = pt;
    });
    // Legend at the top right, one entry per series.
    const lx = plot.x + plot.w - 150 + si * 80;
    w.rect(lx, b.y + 2, 8, 3, colour);
    w.text(s.name, lx + 11, b.y, 68, { size: 6.5, color: COLORS.muted, maxHeight: 8 });
  });
}

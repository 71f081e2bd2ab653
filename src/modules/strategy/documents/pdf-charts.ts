import type { Obstacle, PlanAction } from '../strategy.model.js';
import { obstacleHeatmap } from '../obstacles/heatmap.js';
import { COLORS, riskColour, type PdfWriter } from './pdf-layout.js';
import type { Locale } from './terms.js';

/** Draws the 5 × 5 likelihood × impact grid with each obstacle's number in its cell; returns its height. */
export function drawHeatMap(
  w: PdfWriter,
  x: number,
  y: number,
  cell: number,
  obstacles: readonly Obstacle[],
  numbering: ReadonlyMap<string, string>,
  axis: { likelihood: string; impact: string },
): number {
  const heat = obstacleHeatmap(obstacles);
  const gutter = 26;
  const gridX = x + gutter;
  for (let l = 5; l >= 1; l -= 1) {
    const rowY = y + (5 - l) * cell;
    w.text(String(l), x + 12, rowY + cell / 2 - 4, 10, { size: 7.5, color: COLORS.muted, align: 'right' });
    for (let i = 1; i <= 5; i += 1) {
      const c = heat.cells[(l - 1) * 5 + (i - 1)]!;
      const colour = riskColour(l * i);
      const cx = gridX + (i - 1) * cell;
      w.rect(cx + 1, rowY + 1, cell - 2, cell - 2, colour.fill, 3);
      const names = c.obstacleIds.map((id) => numbering.get(id) ?? '').filter(Boolean);
      if (names.length > 0) {
        w.text(names.join(' '), cx + 3, rowY + 4, cell - 6, {
          kind: 'bold',
          size: 7,
          color: colour.text,
          align: 'center',
          maxHeight: cell - 8,
        });
      }
    }
  }
  const axisY = y + 5 * cell + 3;
  for (let i = 1; i <= 5; i += 1) {
    w.text(String(i), gridX + (i - 1) * cell, axisY, cell, {
      size: 7.5,
      color: COLORS.muted,
      align: 'center',
    });
  }
  w.text(`${axis.impact} ›`, gridX, axisY + 11, cell * 5, {
    kind: 'bold',
    size: 7.5,
    color: COLORS.muted,
    align: 'center',
  });
  // The likelihood axis reads bottom to top, along the grid's left edge.
  w.doc.save();
  w.doc.rotate(-90, { origin: [x + 4, y + cell * 2.5] });
  w.text(`${axis.likelihood} ›`, x + 4 - cell * 2.5, y + cell * 2.5 - 4, cell * 5, {
    kind: 'bold',
    size: 7.5,
    color: COLORS.muted,
    align: 'center',
  });
  w.doc.restore();
  return 5 * cell + 26;
}

function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

function dayFraction(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`);
  const days = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return (d.getUTCDate() - 1) / days;
}

export interface TimelineOptions {
  locale: Locale;
  rowHeight: number;
  labelWidth: number;
  /** Right column (e.g. the budget of each action); omitted when empty. */
  rightWidth: number;
  rightText?: (a: PlanAction) => string;
  colourOf: (a: PlanAction) => string;
  today?: Date;
  maxRows: number;
  moreLabel: (n: number) => string;
}

/**
 * A Gantt of the dated actions: one bar per action across the months of the plan, a line for today.
 * Shows at most `maxRows` actions (earliest first) and says how many more there are. Returns its height.
 */
export function drawTimeline(
  w: PdfWriter,
  x: number,
  y: number,
  width: number,
  actions: readonly PlanAction[],
  o: TimelineOptions,
): number {
  const dated = actions
    .filter((a) => a.startDate && a.endDate && a.status !== 'cancelled')
    .sort((a, b) => a.startDate!.localeCompare(b.startDate!) || a.endDate!.localeCompare(b.endDate!));
  if (dated.length === 0) return 0;
  const first = Math.min(...dated.map((a) => monthIndex(a.startDate!)));
  const last = Math.max(...dated.map((a) => monthIndex(a.endDate!)));
  const months = last - first + 1;
  const chartX = x + o.labelWidth;
  const chartW = width - o.labelWidth - o.rightWidth;
  const colW = chartW / months;
  const fmt = new Intl.DateTimeFormat(o.locale === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  const step = colW < 22 ? Math.ceil(22 / colW) : 1;
  const headerH = 14;
  w.rect(chartX, y, chartW, headerH, COLORS.panel);
  for (let m = 0; m < months; m += 1) {
    const abs = first + m;
    const date = new Date(Date.UTC(Math.floor(abs / 12), abs % 12, 1));
    if (m % step === 0) {
      const label =
        abs % 12 === 0 || m === 0
          ? `${fmt.format(date)} ${String(date.getUTCFullYear()).slice(2)}`
          : fmt.format(date);
      w.text(label, chartX + m * colW, y + 3.5, colW * step, {
        size: 6.5,
        color: COLORS.muted,
        align: step > 1 ? 'left' : 'center',
      });
    }
  }
  const shown = dated.slice(0, o.maxRows);
  const rowsTop = y + headerH + 2;
  const gridBottom = rowsTop + shown.length * o.rowHeight;
  for (let m = 0; m <= months; m += 1)
    w.line(chartX + m * colW, y + headerH, chartX + m * colW, gridBottom, '#e6eaef', 0.5);
  shown.forEach((a, r) => {
    const ry = rowsTop + r * o.rowHeight;
    if (r % 2 === 1) w.rect(x, ry, width, o.rowHeight, '#fafbfc');
    w.text(a.title, x, ry + o.rowHeight / 2 - 4, o.labelWidth - 8, { size: 7.5, maxHeight: 9 });
    const start = monthIndex(a.startDate!) - first + dayFraction(a.startDate!);
    const end = monthIndex(a.endDate!) - first + dayFraction(a.endDate!) + 1 / 30;
    const bx = chartX + start * colW;
    const bw = Math.max(4, (Math.min(end, months) - start) * colW);
    w.rect(bx, ry + o.rowHeight * 0.22, bw, o.rowHeight * 0.56, o.colourOf(a), 2.5);
    if (o.rightText && o.rightWidth > 0) {
      w.text(o.rightText(a), chartX + chartW + 4, ry + o.rowHeight / 2 - 4, o.rightWidth - 4, {
        size: 7.5,
        align: 'right',
        maxHeight: 9,
      });
    }
  });
  const rowsBottom = rowsTop + shown.length * o.rowHeight;
  if (o.today) {
    const t = o.today.toISOString().slice(0, 10);
    const pos = monthIndex(t) - first + dayFraction(t);
    if (pos >= 0 && pos <= months) {
      const tx = chartX + pos * colW;
      w.line(tx, y + headerH, tx, rowsBottom, COLORS.danger, 0.8);
      w.dot(tx, y + headerH, 1.8, COLORS.danger);
    }
  }
  let height = rowsBottom - y;
  if (dated.length > shown.length) {
    w.text(o.moreLabel(dated.length - shown.length), x, rowsBottom + 2, o.labelWidth + chartW, {
      kind: 'italic',
      size: 7,
      color: COLORS.muted,
    });
    height += 11;
  }
  return height;
}

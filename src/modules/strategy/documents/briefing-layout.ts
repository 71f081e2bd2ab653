import { COLORS, type PdfWriter } from './pdf-layout.js';
import type { DocContext } from './pdf-context.js';

/**
 * Page sharing for the one-page briefing: blocks are measured dry, then squeezed or given room so
 * their sum fits the page exactly; each block cuts its own list or text to the height it is given.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A block's title in small capitals over a hairline; returns the height it takes. */
export function blockTitle(c: DocContext, text: string, b: Box): number {
  c.w.text(text.toUpperCase(), b.x, b.y, b.w, {
    kind: 'bold',
    size: 7.5,
    color: COLORS.accent,
    characterSpacing: 0.8,
  });
  c.w.line(b.x, b.y + 11, b.x + b.w, b.y + 11, COLORS.rule, 0.6);
  return 16;
}

/** Draws items one under the other while they fit, then "+ n more". Returns the height used. */
export function fitList<T>(
  c: DocContext,
  b: Box,
  items: readonly T[],
  measure: (item: T) => number,
  draw: (item: T, y: number) => void,
  gap = 5,
): number {
  const moreH = 10;
  if (items.length === 0) {
    c.w.text(c.L.notSet, b.x, b.y, b.w, { kind: 'italic', size: 7.5, color: COLORS.faint, maxHeight: 10 });
    return Math.min(12, b.h);
  }
  let y = b.y;
  let shown = 0;
  for (const [i, item] of items.entries()) {
    const h = measure(item);
    // Room for the "+ n more" line must stay if this item is not the last.
    const reserve = i < items.length - 1 ? moreH + gap : 0;
    if (y + h + reserve > b.y + b.h) break;
    draw(item, y);
    y += h + gap;
    shown += 1;
  }
  if (shown < items.length) {
    c.w.text(`+ ${items.length - shown} ${c.L.more}`, b.x, y, b.w, {
      kind: 'italic',
      size: 7,
      color: COLORS.muted,
    });
    y += moreH;
  }
  return y - b.y;
}

/** One horizontal band of the briefing, drawn by a function that honours the height it is given. */
export interface BriefingRow {
  /** Height the block may take at most, before the page is shared out. */
  cap: number;
  /** Height below which the block is not squeezed further. */
  min: number;
  /** Draws the block at `y` within `h` points and returns the height it used. */
  draw: (y: number, h: number) => number;
}

/**
 * Shares the page between the blocks: each is first measured (dry) at its cap; if the total is too
 * tall the most squeezable block shrinks, if there is room left the lists (targets, obstacles,
 * objectives) get it to show more. Returns each block's cap and measured height, and what is left.
 */
export function planRows(
  w: PdfWriter,
  rows: BriefingRow[],
  available: number,
): { caps: number[]; heights: number[]; spare: number } {
  w.dry = true;
  const caps = rows.map((r) => r.cap);
  const heights = rows.map((r, i) => Math.min(r.draw(0, caps[i]!), caps[i]!));
  const sum = (): number => heights.reduce((a, b) => a + b, 0);
  const stuck = new Set<number>();
  for (let guard = 0; sum() > available && guard < 200; guard += 1) {
    const i = [3, 2, 4, 0, 1].find((j) => !stuck.has(j) && heights[j]! - 12 >= rows[j]!.min);
    if (i === undefined) break;
    const cap = heights[i]! - 12;
    const h = Math.min(rows[i]!.draw(0, cap), cap);
    if (h >= heights[i]!) stuck.add(i);
    else {
      caps[i] = cap;
      heights[i] = h;
    }
  }
  if (sum() > available) {
    // Last resort for extreme content: every block gets its share of the page and cuts to it.
    const factor = available / sum();
    rows.forEach((r, i) => {
      caps[i] = Math.floor(heights[i]! * factor);
      heights[i] = Math.min(r.draw(0, caps[i]), caps[i]);
    });
  }
  for (const i of [3, 4, 0, 1]) {
    const spare = available - sum();
    if (spare <= 4) break;
    const wider = Math.min(rows[i]!.draw(0, caps[i]! + spare), caps[i]! + spare);
    if (wider > heights[i]! && wider - heights[i]! <= spare) {
      caps[i] = caps[i]! + spare;
      heights[i] = wider;
    }
  }
  w.dry = false;
  return { caps, heights, spare: Math.max(0, available - sum()) };
}

import type { StrategyDirectory, StrategySnapshot } from '../strategy.model.js';
import { labels } from './labels.js';
import { formatIndicatorValue, formatMinorMoney, type RenderOptions } from './format.js';
import { COLORS, SERIES, type PdfWriter } from './pdf-layout.js';
import type { Locale } from './terms.js';

/** What every section of the strategy PDF works with. */
export interface DocContext {
  w: PdfWriter;
  s: StrategySnapshot;
  d: StrategyDirectory;
  locale: Locale;
  L: ReturnType<typeof labels>;
  opts: RenderOptions;
  money: (minor: number) => string;
  value: (v: number | null, unit: string) => string;
  objectiveColour: (id: string | null) => string;
  objectiveTitle: (id: string | null) => string;
}

/** Builds the context shared by the sections of one document. */
export function docContext(
  w: PdfWriter,
  s: StrategySnapshot,
  d: StrategyDirectory,
  opts: RenderOptions,
): DocContext {
  const locale = opts.locale;
  const colourIndex = new Map(s.objectives.map((o, i) => [o.id, i]));
  return {
    w,
    s,
    d,
    locale,
    L: labels(locale),
    opts,
    money: (minor) => formatMinorMoney(minor, d.currency, locale),
    value: (v, unit) => formatIndicatorValue(v, unit, d.currency, locale),
    objectiveColour: (id) => {
      const i = id === null ? undefined : colourIndex.get(id);
      return i === undefined ? COLORS.faint : SERIES[i % SERIES.length]!;
    },
    objectiveTitle: (id) => s.objectives.find((o) => o.id === id)?.title ?? '—',
  };
}

/**
 * A numbered section title with the method's short explanation under it. It keeps room for the
 * first lines of content so a title never ends a page alone.
 */
export function sectionTitle(c: DocContext, number: string, title: string, intro?: string): void {
  const { w } = c;
  const introHeight = intro ? w.measure(intro, w.width - 30, { kind: 'italic', size: 8.5 }) : 0;
  w.ensure(36 + introHeight + 70);
  w.y += 6;
  const badge = 20;
  if (number) {
    w.rect(w.left, w.y, badge, badge, COLORS.accent, 4);
    w.text(number, w.left, w.y + 5.5, badge, { kind: 'bold', size: 9, color: COLORS.white, align: 'center' });
  } else {
    w.rect(w.left + badge / 2 - 2, w.y, 4, badge, COLORS.accent, 2);
  }
  w.text(title, w.left + badge + 8, w.y + 3, w.width - badge - 8, {
    kind: 'bold',
    size: 14,
    color: COLORS.ink,
  });
  w.y += badge + 6;
  if (intro) {
    w.text(intro, w.left + 28, w.y, w.width - 28, { kind: 'italic', size: 8.5, color: COLORS.muted });
    w.y += introHeight + 8;
  }
}

/** A smaller heading inside a section, with an optional colour dot (an objective's colour). */
export function subTitle(c: DocContext, text: string, dot?: string): void {
  const { w } = c;
  w.ensure(60);
  const x = dot ? w.left + 12 : w.left;
  if (dot) w.dot(w.left + 4, w.y + 5.5, 3.5, dot);
  w.y += w.text(text, x, w.y, w.right - x, { kind: 'bold', size: 10.5 }) + 5;
}

/** A muted note paragraph at the cursor. */
export function note(c: DocContext, text: string, colour: string = COLORS.muted): void {
  const { w } = c;
  const h = w.measure(text, w.width, { size: 8, kind: 'italic' });
  w.ensure(h + 4);
  w.text(text, w.left, w.y, w.width, { size: 8, kind: 'italic', color: colour });
  w.y += h + 8;
}

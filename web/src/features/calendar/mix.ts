/** The pillar mix of a period as rows to draw: actual against target share and the gap in points. */
import type { PillarMix } from './calendar.types.js';

export interface MixRow {
  pillarId: string;
  name: string;
  colour: string | null;
  count: number;
  /** Percent of the period's posts (0–100, one decimal). */
  actual: number;
  target: number | null;
  /** actual − target in percentage points; null without a target. */
  gap: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Rows of the mix, largest gap first. The actual share is recomputed from the counts and the period's
 * total (unassigned posts included), so it is the same unit as the editorial line's percent targets.
 */
export function mixRows(mix: PillarMix): MixRow[] {
  return mix.pillars
    .map((p) => {
      const actual = mix.total > 0 ? round1((p.count / mix.total) * 100) : 0;
      const target = p.targetShare ?? null;
      return {
        pillarId: p.pillarId,
        name: p.name,
        colour: p.colour,
        count: p.count,
        actual,
        target,
        gap: target === null ? null : round1(actual - target),
      };
    })
    .sort((a, b) => Math.abs(b.gap ?? 0) - Math.abs(a.gap ?? 0) || a.name.localeCompare(b.name));
}

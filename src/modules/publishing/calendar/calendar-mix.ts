/** One pillar's line in the content-mix gauge. */
export interface PillarShare {
  pillarId: string;
  name: string;
  colour: string | null;
  targetShare: number;
  actualShare: number;
  count: number;
}

/**
 * The content mix of a period (pure): each pillar's share of the posts, in percent rounded to one
 * decimal, beside its target from the editorial line. Posts without a pillar, or with a pillar since
 * removed from the line, count as unassigned (they still weigh in the total).
 */
export function contentMix(
  pillars: readonly { id: string; name: string; colour: string | null; targetShare: number }[],
  counts: readonly { pillarId: string | null; count: number }[],
): { pillars: PillarShare[]; unassigned: number; total: number } {
  const total = counts.reduce((n, c) => n + c.count, 0);
  const byPillar = new Map(counts.flatMap((c) => (c.pillarId ? [[c.pillarId, c.count] as const] : [])));
  const share = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 1000) / 10);
  const lines = pillars.map((p) => {
    const count = byPillar.get(p.id) ?? 0;
    return {
      pillarId: p.id,
      name: p.name,
      colour: p.colour,
      targetShare: p.targetShare,
      actualShare: share(count),
      count,
    };
  });
  const assigned = lines.reduce((n, l) => n + l.count, 0);
  return { pillars: lines, unassigned: total - assigned, total };
}

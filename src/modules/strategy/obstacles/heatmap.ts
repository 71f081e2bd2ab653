import type { Obstacle } from '../strategy.model.js';

/** One cell of the risk grid. */
export interface HeatmapCell {
  likelihood: number;
  impact: number;
  count: number;
  obstacleIds: string[];
}

/** Counts per likelihood × impact cell: all 25 cells, likelihood-major, so the grid never has holes. */
export interface Heatmap {
  cells: HeatmapCell[];
  total: number;
  /** The fullest cell's count, for colour scaling. */
  maxCount: number;
}

/** Places each obstacle in its likelihood × impact cell (values outside 1–5 are clamped). */
export function obstacleHeatmap(
  obstacles: readonly Pick<Obstacle, 'id' | 'likelihood' | 'impact'>[],
): Heatmap {
  const cells: HeatmapCell[] = [];
  for (let likelihood = 1; likelihood <= 5; likelihood += 1) {
    for (let impact = 1; impact <= 5; impact += 1)
      cells.push({ likelihood, impact, count: 0, obstacleIds: [] });
  }
  const clamp = (n: number) => Math.min(5, Math.max(1, Math.round(n)));
  for (const o of obstacles) {
    const cell = cells[(clamp(o.likelihood) - 1) * 5 + (clamp(o.impact) - 1)]!;
    cell.count += 1;
    cell.obstacleIds.push(o.id);
  }
  return { cells, total: obstacles.length, maxCount: Math.max(0, ...cells.map((c) => c.count)) };
}

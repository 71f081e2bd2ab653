import { describe, expect, it } from 'vitest';
import { obstacleHeatmap } from './heatmap.js';

describe('obstacleHeatmap', () => {
  it('always returns the 25 cells, empty when there is nothing', () => {
    const map = obstacleHeatmap([]);
    expect(map.cells).toHaveLength(25);
    expect(map.total).toBe(0);
    expect(map.maxCount).toBe(0);
    expect(map.cells[0]).toEqual({ likelihood: 1, impact: 1, count: 0, obstacleIds: [] });
    expect(map.cells[24]).toMatchObject({ likelihood: 5, impact: 5 });
  });

  it('counts obstacles in their likelihood × impact cell', () => {
    const map = obstacleHeatmap([
      { id: 'a', likelihood: 4, impact: 5 },
      { id: 'b', likelihood: 4, impact: 5 },
      { id: 'c', likelihood: 1, impact: 2 },
    ]);
    const cell = map.cells.find((c) => c.likelihood === 4 && c.impact === 5)!;
    expect(cell.count).toBe(2);
    expect(cell.obstacleIds).toEqual(['a', 'b']);
    expect(map.cells.find((c) => c.likelihood === 1 && c.impact === 2)!.count).toBe(1);
    expect(map.total).toBe(3);
    expect(map.maxCount).toBe(2);
  });

  it('clamps out-of-range values rather than losing the obstacle', () => {
    const map = obstacleHeatmap([{ id: 'x', likelihood: 9, impact: 0 }]);
    expect(map.cells.find((c) => c.likelihood === 5 && c.impact === 1)!.count).toBe(1);
  });
});

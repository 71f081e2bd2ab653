import { describe, expect, it } from 'vitest';
import { mixRows } from './mix.js';

describe('pillar mix rows', () => {
  it('computes actual shares over all posts of the period and the gap in points', () => {
    const rows = mixRows({
      total: 8,
      unassigned: 2,
      pillars: [
        { pillarId: 'a', name: 'Expertise', colour: '#112233', targetShare: 50, actualShare: 0, count: 3 },
        { pillarId: 'b', name: 'Behind the scenes', colour: null, targetShare: 20, actualShare: 0, count: 3 },
        { pillarId: 'c', name: 'Untargeted', colour: null, targetShare: null, actualShare: 0, count: 0 },
      ],
    });
    expect(rows.map((r) => [r.pillarId, r.actual, r.target, r.gap])).toEqual([
      ['b', 37.5, 20, 17.5],
      ['a', 37.5, 50, -12.5],
      ['c', 0, null, null],
    ]);
  });

  it('shows zero shares for an empty period instead of dividing by zero', () => {
    const rows = mixRows({
      total: 0,
      unassigned: 0,
      pillars: [{ pillarId: 'a', name: 'A', colour: null, targetShare: 40, actualShare: 0, count: 0 }],
    });
    expect(rows[0]).toMatchObject({ actual: 0, gap: -40 });
  });
});

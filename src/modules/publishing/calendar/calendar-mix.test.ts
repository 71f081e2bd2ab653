import { describe, expect, it } from 'vitest';
import { contentMix } from './calendar-mix.js';

const pillars = [
  { id: 'a', name: 'Expertise', colour: '#112233', targetShare: 50 },
  { id: 'b', name: 'Behind the scenes', colour: null, targetShare: 30 },
];

describe('contentMix', () => {
  it('gives each pillar its share of the period posts beside its target', () => {
    const mix = contentMix(pillars, [
      { pillarId: 'a', count: 2 },
      { pillarId: null, count: 1 },
      { pillarId: 'gone', count: 3 },
    ]);
    expect(mix.total).toBe(6);
    expect(mix.unassigned).toBe(4);
    expect(mix.pillars).toEqual([
      { pillarId: 'a', name: 'Expertise', colour: '#112233', targetShare: 50, actualShare: 33.3, count: 2 },
      { pillarId: 'b', name: 'Behind the scenes', colour: null, targetShare: 30, actualShare: 0, count: 0 },
    ]);
  });

  it('shows zero shares for an empty period', () => {
    expect(contentMix(pillars, [])).toMatchObject({
      total: 0,
      unassigned: 0,
      pillars: [{ actualShare: 0 }, { actualShare: 0 }],
    });
  });
});

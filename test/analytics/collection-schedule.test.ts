import { describe, expect, it } from 'vitest';
import {
  dueInstants,
  dueNow,
  nextDueAfter,
  nextWake,
  skippedPoints,
} from '../../src/modules/analytics/collection/snapshot-schedule.js';

const H = 3600_000;
const D = 24 * H;
const pub = Date.parse('2026-03-28T20:00:00.000Z');

describe('metric snapshot schedule', () => {
  it('is 1 h, 6 h, 24 h, 7 d, then daily from day 8 to day 30', () => {
    const due = dueInstants(pub).map((d) => (d - pub) / H);
    expect(due.slice(0, 5)).toEqual([1, 6, 24, 7 * 24, 8 * 24]);
    expect(due.at(-1)).toBe(30 * 24);
    expect(due).toHaveLength(4 + 23);
    // Instants, not wall-clock times: the Paris DST change on 2026-03-29 moves nothing.
    expect(new Date(dueInstants(pub)[2]!).toISOString()).toBe('2026-03-29T20:00:00.000Z');
  });

  it('gives the next point strictly after an instant, and null once the schedule is over', () => {
    expect(nextDueAfter(pub, pub)).toBe(pub + H);
    expect(nextDueAfter(pub, pub + H)).toBe(pub + 6 * H);
    expect(nextDueAfter(pub, pub + 2 * D)).toBe(pub + 7 * D);
    expect(nextDueAfter(pub, pub + 30 * D)).toBeNull();
  });

  it('has nothing due before the first point or once the due point is recorded', () => {
    expect(dueNow(pub, null, pub + 59 * 60_000)).toBeNull();
    expect(dueNow(pub, null, pub + H)).toBe(pub + H);
    expect(dueNow(pub, pub + H, pub + 2 * H)).toBeNull();
  });

  it('catches up after downtime with one point, the latest missed, and does not fabricate the others', () => {
    // Down from just after the 1 h point until day 8 + 2 h: 6 h, 24 h, 7 d and day 8 were missed.
    const now = pub + 8 * D + 2 * H;
    expect(dueNow(pub, pub + H, now)).toBe(pub + 8 * D);
    expect(skippedPoints(pub, pub + H, now)).toBe(3);
    expect(skippedPoints(pub, pub + 8 * D, now)).toBe(0);
  });

  it('wakes at the waiting point (even past), else the next one, and never once the schedule is over', () => {
    expect(nextWake(pub, null, pub + 10 * 60_000)).toBe(pub + H);
    expect(nextWake(pub, null, pub + 3 * H)).toBe(pub + H);
    expect(nextWake(pub, pub + H, pub + 3 * H)).toBe(pub + 6 * H);
    expect(nextWake(pub, pub + 6 * H, pub + 7 * H)).toBe(pub + D);
    expect(nextWake(pub, pub + 30 * D, pub + 31 * D)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { clockLabel, formatMinutes } from './clock.js';
import type { ClockView } from './inbox.types.js';

const occurred = Date.parse('2026-11-28T10:00:00Z');
const running = (targetMinutes: number): ClockView => ({
  status: 'running',
  targetMinutes,
  dueAt: new Date(occurred + targetMinutes * 60_000).toISOString(),
  firstResponseAt: null,
  minutesLeft: targetMinutes,
  responseMinutes: null,
});
const at = (minutes: number) => occurred + minutes * 60_000;

describe('clockLabel', () => {
  it('shows nothing without a clock', () => {
    expect(
      clockLabel(
        {
          status: 'none',
          targetMinutes: null,
          dueAt: null,
          firstResponseAt: null,
          minutesLeft: null,
          responseMinutes: null,
        },
        at(0),
      ),
    ).toBeNull();
  });

  it('counts down from the due time, not from the stale server value, and changes colour', () => {
    expect(clockLabel(running(30), at(2))).toEqual({ kind: 'left', minutes: 28, tone: 'green' });
    expect(clockLabel(running(30), at(18))).toEqual({ kind: 'left', minutes: 12, tone: 'orange' });
    expect(clockLabel(running(30), at(26))).toEqual({ kind: 'left', minutes: 4, tone: 'red' });
    // 30 s before the deadline is the last minute, not "late".
    expect(clockLabel(running(30), at(29.5))).toEqual({ kind: 'left', minutes: 0, tone: 'red' });
  });

  it('says how late an unanswered item is', () => {
    expect(clockLabel(running(30), at(30 + 65))).toEqual({ kind: 'late', minutes: 65, tone: 'red' });
  });

  it('says how long the answer took, late or not', () => {
    const answered = (after: number): ClockView => ({
      ...running(30),
      status: after <= 30 ? 'met' : 'breached',
      firstResponseAt: new Date(at(after)).toISOString(),
      responseMinutes: after,
    });
    expect(clockLabel(answered(8), at(500))).toEqual({ kind: 'answeredIn', minutes: 8, tone: 'green' });
    expect(clockLabel(answered(45), at(500))).toEqual({ kind: 'answeredLate', minutes: 45, tone: 'red' });
  });
});

describe('formatMinutes', () => {
  it('writes minutes, hours and days the way a desk reads them', () => {
    expect(formatMinutes(8, 'en')).toBe('8 min');
    expect(formatMinutes(65, 'en')).toBe('1 h 05');
    expect(formatMinutes(120, 'en')).toBe('2 h 00');
    expect(formatMinutes(1440 + 180, 'en')).toBe('1 d 3 h');
    expect(formatMinutes(2880, 'fr')).toBe('2 j');
    expect(formatMinutes(-3, 'en')).toBe('0 min');
  });
});

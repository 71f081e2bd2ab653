import { describe, expect, it } from 'vitest';
import { resolveScheduleTime } from './schedule-time.js';

describe('resolveScheduleTime', () => {
  it('keeps an ISO instant as it is', () => {
    const r = resolveScheduleTime({ scheduledAt: '2026-12-01T08:00:00.000Z' });
    expect(r.at.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(r.shifted).toBeNull();
  });

  it('converts Paris wall-clock times on both sides of the 2026-03-29 change', () => {
    const before = resolveScheduleTime({ local: '2026-03-28T09:00', timeZone: 'Europe/Paris' });
    const after = resolveScheduleTime({ local: '2026-03-29T09:00', timeZone: 'Europe/Paris' });
    expect(before.at.toISOString()).toBe('2026-03-28T08:00:00.000Z'); // UTC+1
    expect(after.at.toISOString()).toBe('2026-03-29T07:00:00.000Z'); // UTC+2
    expect(after.shifted).toBeNull();
  });

  it('moves a time in the spring-forward gap after the jump and says so', () => {
    const r = resolveScheduleTime({ local: '2026-03-29T02:30', timeZone: 'Europe/Paris' });
    expect(r.at.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(r.shifted).toEqual({
      asked: '2026-03-29T02:30',
      actual: '2026-03-29T03:30',
      timeZone: 'Europe/Paris',
    });
  });

  it('takes the first occurrence of a time repeated on 2026-10-25, without a shift', () => {
    const r = resolveScheduleTime({ local: '2026-10-25T02:30', timeZone: 'Europe/Paris' });
    expect(r.at.toISOString()).toBe('2026-10-25T00:30:00.000Z'); // still summer time, UTC+2
    expect(r.shifted).toBeNull();
    const later = resolveScheduleTime({ local: '2026-10-25T09:00', timeZone: 'Europe/Paris' });
    expect(later.at.toISOString()).toBe('2026-10-25T08:00:00.000Z'); // UTC+1
  });

  it('refuses a malformed local time', () => {
    expect(() => resolveScheduleTime({ local: '2026-10-25 09:00', timeZone: 'Europe/Paris' })).toThrow(
      RangeError,
    );
  });
});

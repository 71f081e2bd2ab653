import { describe, expect, it } from 'vitest';
import { lastDaysFrom, todayIn } from './period.js';

describe('indicator period', () => {
  it('counts days in the workspace time zone, today included', () => {
    const lateEvening = Date.parse('2026-11-28T23:30:00Z'); // already the 29th in Paris
    expect(todayIn(lateEvening, 'Europe/Paris')).toBe('2026-11-29');
    expect(lastDaysFrom(lateEvening, 'Europe/Paris', 7)).toBe('2026-11-23');
    expect(lastDaysFrom(lateEvening, 'America/New_York', 7)).toBe('2026-11-22');
  });

  it('is not thrown off by a daylight-saving change inside the period', () => {
    expect(lastDaysFrom(Date.parse('2026-03-31T10:00:00Z'), 'Europe/Paris', 7)).toBe('2026-03-25');
    expect(lastDaysFrom(Date.parse('2026-10-27T10:00:00Z'), 'Europe/Paris', 7)).toBe('2026-10-21');
  });
});

import { describe, expect, it } from 'vitest';
import { localDateTime, zonedInstant } from './calendar.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zonedInstant', () => {
  it('reads ordinary wall times in the zone', () => {
    expect(iso(zonedInstant('2026-01-15', '09:00', 'Europe/Paris'))).toBe('2026-01-15T08:00:00.000Z');
    expect(iso(zonedInstant('2026-07-15', '09:00', 'Europe/Paris'))).toBe('2026-07-15T07:00:00.000Z');
    expect(iso(zonedInstant('2026-07-15', '24:00', 'Europe/Paris'))).toBe('2026-07-15T22:00:00.000Z');
  });

  it('takes the first of a time that happens twice (autumn), on either side of the Atlantic', () => {
    expect(iso(zonedInstant('2026-10-25', '02:30', 'Europe/Paris'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedInstant('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('moves a skipped time (spring) forward by the length of the gap', () => {
    expect(iso(zonedInstant('2026-03-29', '02:30', 'Europe/Paris'))).toBe('2026-03-29T01:30:00.000Z');
    expect(localDateTime(zonedInstant('2026-03-29', '02:30', 'Europe/Paris'), 'Europe/Paris')).toBe(
      '2026-03-29T03:30',
    );
    expect(iso(zonedInstant('2026-03-08', '02:15', 'America/New_York'))).toBe('2026-03-08T07:15:00.000Z');
  });

  it('round-trips with localDateTime outside the changes', () => {
    const ms = zonedInstant('2026-10-26', '10:45', 'Australia/Lord_Howe');
    expect(localDateTime(ms, 'Australia/Lord_Howe')).toBe('2026-10-26T10:45');
  });
});

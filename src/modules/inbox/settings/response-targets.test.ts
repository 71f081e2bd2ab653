import { describe, expect, it } from 'vitest';
import {
  calendarOf,
  DEFAULT_INBOX_SETTINGS,
  dueAt,
  targetMinutesFor,
  type InboxSettings,
} from './response-targets.js';

const office = {
  timeZone: 'Europe/Paris',
  hours: { weekdays: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })), holidays: [] },
};

describe('response targets', () => {
  it('uses the brief defaults: X 30 minutes, other networks 4 hours', () => {
    expect(targetMinutesFor(DEFAULT_INBOX_SETTINGS, 'x', 'normal')).toBe(30);
    expect(targetMinutesFor(DEFAULT_INBOX_SETTINGS, 'mastodon', 'urgent')).toBe(240);
    expect(targetMinutesFor(DEFAULT_INBOX_SETTINGS, 'linkedin', 'normal')).toBe(240);
  });

  it('prefers a network + priority entry over the network entry', () => {
    const s: InboxSettings = {
      clock: 'around_the_clock',
      targets: [
        { network: 'mastodon', priority: null, minutes: 120 },
        { network: 'mastodon', priority: 'urgent', minutes: 15 },
      ],
    };
    expect(targetMinutesFor(s, 'mastodon', 'urgent')).toBe(15);
    expect(targetMinutesFor(s, 'mastodon', 'low')).toBe(120);
    expect(targetMinutesFor(s, 'x', 'urgent')).toBe(30);
  });

  it('counts around the clock, or only while the workspace is open', () => {
    const cal = calendarOf({ ...DEFAULT_INBOX_SETTINGS, clock: 'business' }, office);
    // Friday 17:30 Paris (16:30Z) + 4 h of business time → Monday 12:30 Paris.
    expect(dueAt('2026-03-06T16:30:00.000Z', 240, cal)).toBe('2026-03-09T11:30:00.000Z');
    expect(dueAt('2026-03-06T16:30:00.000Z', 240, calendarOf(DEFAULT_INBOX_SETTINGS, office))).toBe(
      '2026-03-06T20:30:00.000Z',
    );
    // Saturday night message across the spring change (2026-03-29): due Monday 13:00 Paris (CEST, 11:00Z).
    expect(dueAt('2026-03-28T22:00:00.000Z', 240, cal)).toBe('2026-03-30T11:00:00.000Z');
    // Autumn change (2026-10-25): Monday 13:00 Paris is 12:00Z again.
    expect(dueAt('2026-10-24T22:00:00.000Z', 240, cal)).toBe('2026-10-26T12:00:00.000Z');
  });

  it('falls back to counting around the clock when the workspace never opens', () => {
    const closed = calendarOf(
      { ...DEFAULT_INBOX_SETTINGS, clock: 'business' },
      {
        timeZone: 'Europe/Paris',
        hours: { weekdays: [], holidays: [] },
      },
    );
    expect(dueAt('2026-03-06T16:30:00.000Z', 30, closed)).toBe('2026-03-06T17:00:00.000Z');
  });
});

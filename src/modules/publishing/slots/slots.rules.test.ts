import { describe, expect, it } from 'vitest';
import { isoWeekday, nextFreeSlot, normaliseSlots, slotInstant, type PostingSlot } from './slots.rules.js';

const PARIS = 'Europe/Paris';
const at = (iso: string) => new Date(iso);
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('isoWeekday', () => {
  it('counts Monday as 1 and Sunday as 7', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeekday('2026-12-05')).toBe(6);
  });
});

describe('normaliseSlots', () => {
  it('sorts by weekday then time and drops duplicates', () => {
    expect(
      normaliseSlots([
        { weekday: 3, time: '08:00' },
        { weekday: 1, time: '17:30' },
        { weekday: 1, time: '09:00' },
        { weekday: 3, time: '08:00' },
      ]),
    ).toEqual([
      { weekday: 1, time: '09:00' },
      { weekday: 1, time: '17:30' },
      { weekday: 3, time: '08:00' },
    ]);
  });
});

describe('slotInstant', () => {
  const iso = (ms: number) => new Date(ms).toISOString();

  it('converts an ordinary wall time', () => {
    expect(iso(slotInstant('2026-11-30', '09:00', PARIS))).toBe('2026-11-30T08:00:00.000Z');
  });

  it('moves a skipped time to the first minute after the jump', () => {
    expect(iso(slotInstant('2026-03-29', '02:30', PARIS))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(slotInstant('2026-03-29', '02:00', PARIS))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(slotInstant('2026-03-29', '01:59', PARIS))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(slotInstant('2026-03-29', '03:00', PARIS))).toBe('2026-03-29T01:00:00.000Z');
    // Lord Howe Island springs forward by 30 minutes (02:00 → 02:30, +10:30 → +11).
    expect(iso(slotInstant('2026-10-04', '02:15', 'Australia/Lord_Howe'))).toBe('2026-10-03T15:30:00.000Z');
  });

  it('takes the first occurrence of a repeated time', () => {
    expect(iso(slotInstant('2026-10-25', '02:30', PARIS))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(slotInstant('2026-10-25', '03:00', PARIS))).toBe('2026-10-25T02:00:00.000Z');
    // Lord Howe falls back by 30 minutes (02:00 → 01:30): 01:45 first happens at +11.
    expect(iso(slotInstant('2026-04-05', '01:45', 'Australia/Lord_Howe'))).toBe('2026-04-04T14:45:00.000Z');
  });
});

describe('nextFreeSlot', () => {
  const mondayNine: PostingSlot[] = [{ weekday: 1, time: '09:00' }];

  it('returns null without slots', () => {
    expect(nextFreeSlot([], PARIS, at('2026-11-30T06:00:00Z'), [])).toBeNull();
  });

  it('finds the next slot in the workspace zone (winter: UTC+1)', () => {
    // Sunday 29 November 2026 noon → Monday 30 November 09:00 Paris = 08:00 UTC.
    expect(iso(nextFreeSlot(mondayNine, PARIS, at('2026-11-29T12:00:00Z'), []))).toBe(
      '2026-11-30T08:00:00.000Z',
    );
  });

  it('uses the summer offset in summer (UTC+2)', () => {
    expect(iso(nextFreeSlot(mondayNine, PARIS, at('2026-06-28T12:00:00Z'), []))).toBe(
      '2026-06-29T07:00:00.000Z',
    );
  });

  it('is strictly after `after`', () => {
    expect(iso(nextFreeSlot(mondayNine, PARIS, at('2026-11-30T08:00:00Z'), []))).toBe(
      '2026-12-07T08:00:00.000Z',
    );
    expect(iso(nextFreeSlot(mondayNine, PARIS, at('2026-11-30T07:59:59Z'), []))).toBe(
      '2026-11-30T08:00:00.000Z',
    );
  });

  it('picks the earliest of several slots, later the same day first', () => {
    const slots: PostingSlot[] = [
      { weekday: 1, time: '17:30' },
      { weekday: 1, time: '09:00' },
      { weekday: 2, time: '07:00' },
    ];
    expect(iso(nextFreeSlot(slots, PARIS, at('2026-11-30T09:00:00Z'), []))).toBe('2026-11-30T16:30:00.000Z');
  });

  it('skips a taken slot, compared to the minute', () => {
    const slots: PostingSlot[] = [
      { weekday: 1, time: '09:00' },
      { weekday: 1, time: '12:00' },
    ];
    // A post at 09:00:40 takes the 09:00 slot; one at 11:59 does not take 12:00.
    expect(
      iso(
        nextFreeSlot(slots, PARIS, at('2026-11-29T12:00:00Z'), [
          '2026-11-30T08:00:40.000Z',
          '2026-11-30T10:59:00.000Z',
        ]),
      ),
    ).toBe('2026-11-30T11:00:00.000Z');
    // Unparseable entries are ignored rather than blocking everything.
    expect(iso(nextFreeSlot(slots, PARIS, at('2026-11-29T12:00:00Z'), ['not a date']))).toBe(
      '2026-11-30T08:00:00.000Z',
    );
  });

  it('moves a slot that does not exist on the spring-forward day to just after the jump', () => {
    // Paris, Sunday 29 March 2026: 02:00 → 03:00. A Sunday 02:30 slot happens at 03:00 CEST = 01:00 UTC.
    const sunday: PostingSlot[] = [{ weekday: 7, time: '02:30' }];
    expect(iso(nextFreeSlot(sunday, PARIS, at('2026-03-28T12:00:00Z'), []))).toBe('2026-03-29T01:00:00.000Z');
    // The week after, 02:30 exists again (CEST): 00:30 UTC.
    expect(iso(nextFreeSlot(sunday, PARIS, at('2026-03-29T01:00:00Z'), []))).toBe('2026-04-05T00:30:00.000Z');
  });

  it('offers a moved slot and a 03:00 slot of the same day once, then moves on', () => {
    const slots: PostingSlot[] = [
      { weekday: 7, time: '03:00' },
      { weekday: 7, time: '02:30' },
      { weekday: 7, time: '10:00' },
    ];
    const after = at('2026-03-28T12:00:00Z');
    expect(iso(nextFreeSlot(slots, PARIS, after, []))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(nextFreeSlot(slots, PARIS, after, ['2026-03-29T01:00:00.000Z']))).toBe(
      '2026-03-29T08:00:00.000Z',
    );
  });

  it('takes the first occurrence of a time that happens twice in autumn', () => {
    // Paris, Sunday 25 October 2026: 03:00 CEST → 02:00 CET, so 02:30 happens at 00:30 and 01:30 UTC.
    const sunday: PostingSlot[] = [{ weekday: 7, time: '02:30' }];
    expect(iso(nextFreeSlot(sunday, PARIS, at('2026-10-24T12:00:00Z'), []))).toBe('2026-10-25T00:30:00.000Z');
    // Taking the first occurrence does not offer the second one: the next slot is a week later (CET).
    expect(iso(nextFreeSlot(sunday, PARIS, at('2026-10-24T12:00:00Z'), ['2026-10-25T00:30:00Z']))).toBe(
      '2026-11-01T01:30:00.000Z',
    );
  });

  it('keeps the wall time across the autumn change', () => {
    // Monday 09:00 before (CEST, 07:00 UTC) and after (CET, 08:00 UTC) the change of 25 October.
    expect(iso(nextFreeSlot(mondayNine, PARIS, at('2026-10-19T06:00:00Z'), []))).toBe(
      '2026-10-19T07:00:00.000Z',
    );
    expect(iso(nextFreeSlot(mondayNine, PARIS, at('2026-10-19T07:00:00Z'), []))).toBe(
      '2026-10-26T08:00:00.000Z',
    );
  });

  it('reads the weekday in the zone, not in UTC', () => {
    // Sunday 23:30 in New York is Monday 04:30 UTC; a Monday 00:15 slot is 45 minutes away.
    const ny = 'America/New_York';
    expect(iso(nextFreeSlot([{ weekday: 1, time: '00:15' }], ny, at('2026-11-30T04:30:00Z'), []))).toBe(
      '2026-11-30T05:15:00.000Z',
    );
    // Monday 10:00 in Auckland is still Sunday in UTC.
    expect(
      iso(nextFreeSlot([{ weekday: 1, time: '10:00' }], 'Pacific/Auckland', at('2026-11-29T12:00:00Z'), [])),
    ).toBe('2026-11-29T21:00:00.000Z');
  });

  it('honours the horizon', () => {
    // From Tuesday, the next Monday is six days away.
    const tuesday = at('2026-12-01T12:00:00Z');
    expect(nextFreeSlot(mondayNine, PARIS, tuesday, [], 1)).toBeNull();
    expect(nextFreeSlot(mondayNine, PARIS, tuesday, [], 5)).toBeNull();
    expect(iso(nextFreeSlot(mondayNine, PARIS, tuesday, [], 6))).toBe('2026-12-07T08:00:00.000Z');
    expect(nextFreeSlot(mondayNine, PARIS, tuesday, [], 0)).toBeNull();
  });

  it('returns null when every slot within the default 28 days is taken', () => {
    const after = at('2026-11-29T12:00:00Z');
    const mondays = ['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21'].map((d) => `${d}T08:00:00.000Z`);
    expect(nextFreeSlot(mondayNine, PARIS, after, mondays)).toBeNull();
    // The fifth Monday lies beyond 28 days, but a longer horizon reaches it.
    expect(iso(nextFreeSlot(mondayNine, PARIS, after, mondays, 35))).toBe('2026-12-28T08:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { firstInvalidSlot, isSlotTime, normaliseSlots } from './slots.js';

describe('posting slots editing', () => {
  it('sorts Monday first and drops duplicates', () => {
    expect(
      normaliseSlots([
        { weekday: 7, time: '10:00' },
        { weekday: 1, time: '12:30' },
        { weekday: 1, time: '09:00' },
        { weekday: 1, time: '12:30' },
      ]),
    ).toEqual([
      { weekday: 1, time: '09:00' },
      { weekday: 1, time: '12:30' },
      { weekday: 7, time: '10:00' },
    ]);
  });

  it('accepts only 24-hour times and ISO weekdays', () => {
    expect(isSlotTime('00:00')).toBe(true);
    expect(isSlotTime('23:59')).toBe(true);
    expect(isSlotTime('24:00')).toBe(false);
    expect(isSlotTime('9:00')).toBe(false);
    expect(
      firstInvalidSlot([
        { weekday: 1, time: '09:00' },
        { weekday: 0, time: '09:00' },
      ]),
    ).toBe(1);
    expect(firstInvalidSlot([{ weekday: 3, time: '' }])).toBe(0);
    expect(firstInvalidSlot([{ weekday: 7, time: '18:15' }])).toBe(-1);
  });
});

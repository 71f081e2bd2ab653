import { describe, expect, it } from 'vitest';
import { labelInstant, parseAt, toLocal, utcOffsetLabel, wallClockOf } from './local-time.js';

describe('parseAt', () => {
  it('reads the calendar’s ?at= value', () => {
    expect(parseAt('2026-12-01T08:30')).toEqual({ date: '2026-12-01', time: '08:30' });
    expect(parseAt('2026-12-01T25:00')).toBeNull();
    expect(parseAt('tomorrow')).toBeNull();
    expect(parseAt(null)).toBeNull();
  });
});

describe('toLocal', () => {
  it('joins a complete date and time, never converting', () => {
    expect(toLocal({ date: '2026-03-29', time: '02:30' })).toBe('2026-03-29T02:30');
    expect(toLocal({ date: '2026-03-29', time: '' })).toBeNull();
  });
});

describe('wallClockOf', () => {
  it('reads an instant in a zone, across daylight-saving changes', () => {
    expect(wallClockOf('2026-03-29T00:30:00.000Z', 'Europe/Paris')).toEqual({
      date: '2026-03-29',
      time: '01:30',
    });
    expect(wallClockOf('2026-03-29T01:30:00.000Z', 'Europe/Paris')).toEqual({
      date: '2026-03-29',
      time: '03:30',
    });
    expect(wallClockOf('2026-10-25T00:30:00.000Z', 'Europe/Paris')).toEqual({
      date: '2026-10-25',
      time: '02:30',
    });
    expect(wallClockOf('2026-10-25T01:30:00.000Z', 'Europe/Paris')).toEqual({
      date: '2026-10-25',
      time: '02:30',
    });
    expect(wallClockOf('2026-12-31T23:30:00.000Z', 'UTC')).toEqual({ date: '2026-12-31', time: '23:30' });
  });
});

describe('utcOffsetLabel', () => {
  it('labels the zone’s offset on the chosen day', () => {
    expect(utcOffsetLabel('Europe/Paris', labelInstant({ date: '2026-01-15', time: '' }))).toBe('UTC+1');
    expect(utcOffsetLabel('Europe/Paris', labelInstant({ date: '2026-07-15', time: '' }))).toBe('UTC+2');
    expect(utcOffsetLabel('Asia/Kolkata', new Date('2026-01-01T00:00:00Z'))).toBe('UTC+5:30');
    expect(utcOffsetLabel('UTC', new Date())).toBe('UTC');
    expect(utcOffsetLabel('Not/AZone', new Date())).toBe('');
  });
});

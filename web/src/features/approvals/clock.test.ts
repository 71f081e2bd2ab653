import { describe, expect, it } from 'vitest';
import { clockLabel, formatMinutes, splitMinutes } from './clock.js';

const start = Date.parse('2026-11-28T10:00:00Z');
const iso = (min: number) => new Date(start + min * 60_000).toISOString();
const at = (min: number) => start + min * 60_000;

describe('clockLabel', () => {
  it('says nothing without a target', () => {
    expect(clockLabel({ dueAt: null }, at(0))).toBeNull();
  });
  it('counts down, green then orange then red', () => {
    const c = { dueAt: iso(120), targetMinutes: 120 };
    expect(clockLabel(c, at(0))).toEqual({ kind: 'left', minutes: 120, tone: 'green' });
    expect(clockLabel(c, at(70))).toEqual({ kind: 'left', minutes: 50, tone: 'orange' });
    expect(clockLabel(c, at(115))).toEqual({ kind: 'left', minutes: 5, tone: 'red' });
  });
  it('floors the minutes left and turns late only after the due instant', () => {
    const c = { dueAt: iso(10), targetMinutes: 10 };
    expect(clockLabel(c, at(9.5))?.minutes).toBe(0);
    expect(clockLabel(c, at(9.5))?.kind).toBe('left');
    expect(clockLabel(c, at(10))?.kind).toBe('left');
    expect(clockLabel(c, at(75))).toEqual({ kind: 'late', minutes: 65, tone: 'red' });
  });
  it('stops at the end of the step', () => {
    expect(clockLabel({ dueAt: iso(60), startedAt: iso(0), endedAt: iso(45) }, at(500))).toEqual({
      kind: 'doneIn',
      minutes: 45,
      tone: 'gray',
    });
    expect(clockLabel({ dueAt: iso(60), startedAt: iso(0), endedAt: iso(90) }, at(500))).toEqual({
      kind: 'doneLate',
      minutes: 90,
      tone: 'red',
    });
  });
  it('ignores a due instant it cannot read', () => {
    expect(clockLabel({ dueAt: 'soon' }, at(0))).toBeNull();
  });
});

describe('formatMinutes', () => {
  it('writes minutes, hours and days in both languages', () => {
    expect(formatMinutes(8, 'en')).toBe('8 min');
    expect(formatMinutes(65, 'en')).toBe('1 h 05');
    expect(formatMinutes(1440 * 2 + 180, 'en')).toBe('2 d 3 h');
    expect(formatMinutes(1440 * 2 + 180, 'fr')).toBe('2 j 3 h');
    expect(formatMinutes(1440, 'fr-FR')).toBe('1 j');
    expect(formatMinutes(-3, 'en')).toBe('0 min');
  });
});

describe('splitMinutes', () => {
  it('splits a target into days, hours and minutes', () => {
    expect(splitMinutes(1440 + 125)).toEqual({ days: 1, hours: 2, minutes: 5 });
  });
});

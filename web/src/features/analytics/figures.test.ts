import { describe, expect, it } from 'vitest';
import { deltaDirection } from './figures.js';

describe('delta direction', () => {
  it('is good when the figure moves the way its metric wants', () => {
    expect(deltaDirection(12, 10, true)).toEqual({ sign: 'up', good: true });
    expect(deltaDirection(8, 10, true)).toEqual({ sign: 'down', good: false });
    // A cost or a response time going down is good news.
    expect(deltaDirection(8, 10, false)).toEqual({ sign: 'down', good: true });
    expect(deltaDirection(10, 10, false)).toEqual({ sign: 'flat', good: null });
  });

  it('says nothing when either period has no value (never compares with an invented 0)', () => {
    expect(deltaDirection(null, 10, true)).toBeNull();
    expect(deltaDirection(10, null, true)).toBeNull();
  });
});

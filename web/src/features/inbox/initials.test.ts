import { describe, expect, it } from 'vitest';
import { initials } from './initials.js';

describe('initials', () => {
  it('takes the first letters of a name, or the start of a handle', () => {
    expect(initials('Ana Silva')).toBe('AS');
    expect(initials('chloé')).toBe('CH');
    expect(initials('@bob.bsky.social')).toBe('BB');
    expect(initials('')).toBe('?');
  });
});

import { describe, expect, it } from 'vitest';
import { encodeTid, isTid, recordKeyFor } from './bluesky.rkey.js';

describe('Bluesky record keys', () => {
  it('encodes TIDs in base32-sortable with the top bit clear', () => {
    expect(encodeTid(0n)).toBe('2222222222222');
    expect(encodeTid((1n << 63n) - 1n)).toBe('bzzzzzzzzzzzz');
    expect(() => encodeTid(1n << 63n)).toThrow(RangeError);
  });

  it('derives the same valid TID from the same key and slot, and different ones otherwise', () => {
    const a = recordKeyFor('variant-1', 'part:0');
    expect(isTid(a)).toBe(true);
    expect(recordKeyFor('variant-1', 'part:0')).toBe(a);
    expect(recordKeyFor('variant-1', 'part:1')).not.toBe(a);
    expect(recordKeyFor('variant-2', 'part:0')).not.toBe(a);
  });

  it('keeps the encoded time inside its 2024 window', () => {
    const keys = Array.from({ length: 200 }, (_, i) => recordKeyFor(`k${i}`, 'part:0'));
    for (const k of keys) {
      let v = 0n;
      for (const ch of k) v = (v << 5n) | BigInt('234567abcdefghijklmnopqrstuvwxyz'.indexOf(ch));
      const ms = Number((v >> 10n) / 1000n);
      expect(ms).toBeGreaterThanOrEqual(Date.UTC(2024, 0, 1));
      expect(ms).toBeLessThan(Date.UTC(2024, 4, 1));
    }
    expect(new Set(keys).size).toBe(keys.length);
  });
});

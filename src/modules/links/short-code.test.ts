import { describe, expect, it } from 'vitest';
import { isShortCode, newShortCode, shortLinkLength, shortUrl } from './short-code.js';

describe('short codes', () => {
  it('draws 8 base62 characters, different each time', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newShortCode()));
    expect(codes.size).toBe(2000);
    for (const c of codes) expect(isShortCode(c)).toBe(true);
  });

  it('uses the whole alphabet', () => {
    const seen = new Set([...Array.from({ length: 500 }, () => newShortCode()).join('')]);
    expect(seen.size).toBe(62);
  });

  it('refuses anything else', () => {
    for (const s of ['', 'abc', 'abcdefghi', 'abcd-fgh', 'abcdéfgh']) expect(isShortCode(s)).toBe(false);
  });

  it('measures the short link it builds', () => {
    const base = 'https://presence.example';
    expect(shortUrl(base, 'AbC12345')).toBe('https://presence.example/l/AbC12345');
    expect(shortLinkLength(base)).toBe(shortUrl(base, 'AbC12345').length);
    expect(shortLinkLength(base)).toBe(35);
  });
});

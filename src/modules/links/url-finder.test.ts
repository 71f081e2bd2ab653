import { describe, expect, it } from 'vitest';
import { findUrls, replaceUrls } from './url-finder.js';

const urls = (text: string) => findUrls(text).map((u) => u.url);

describe('findUrls', () => {
  it('finds http and https URLs with their positions', () => {
    const text = 'Read https://example.com/a?b=1#c and http://test.example/x now';
    const found = findUrls(text);
    expect(found).toEqual([
      { url: 'https://example.com/a?b=1#c', start: 5, end: 32 },
      { url: 'http://test.example/x', start: 37, end: 58 },
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.url);
  });

  it.each([
    ['See https://example.com/page.', 'https://example.com/page'],
    ['See https://example.com/page, then', 'https://example.com/page'],
    ['Really? https://example.com/page?!', 'https://example.com/page'],
    ['(see https://example.com/page)', 'https://example.com/page'],
    ['[https://example.com/page]', 'https://example.com/page'],
    ['« https://example.com/page »', 'https://example.com/page'],
    ['Voir https://example.com/page».', 'https://example.com/page'],
    ['"https://example.com/page"', 'https://example.com/page'],
    ["'https://example.com/page';", 'https://example.com/page'],
    ['https://example.com/page:', 'https://example.com/page'],
    ['https://example.com/page…', 'https://example.com/page'],
  ])('drops trailing punctuation: %s', (text, url) => {
    expect(urls(text)).toEqual([url]);
  });

  it('keeps a balanced closing parenthesis, as in Wikipedia URLs', () => {
    expect(urls('On https://en.wikipedia.org/wiki/Mercury_(planet).')).toEqual([
      'https://en.wikipedia.org/wiki/Mercury_(planet)',
    ]);
    expect(urls('(about https://en.wikipedia.org/wiki/Mercury_(planet))')).toEqual([
      'https://en.wikipedia.org/wiki/Mercury_(planet)',
    ]);
  });

  it('keeps punctuation inside the URL', () => {
    expect(urls('https://example.com/a.b,c;d!e?f=1&g=2.')).toEqual(['https://example.com/a.b,c;d!e?f=1&g=2']);
  });

  it('does not rewrite bare domains without a scheme', () => {
    expect(urls('Visit example.com or www.example.org, built on Node.js')).toEqual([]);
  });

  it('ignores other schemes, a scheme glued to a word, and a scheme with no host', () => {
    expect(urls('ftp://example.com mailto:a@b.c xhttps://example.com https:// and http://')).toEqual([]);
  });

  it('accepts an upper-case scheme and non-ASCII paths', () => {
    expect(urls('HTTPS://Example.com/A and https://fr.wikipedia.org/wiki/Été!')).toEqual([
      'HTTPS://Example.com/A',
      'https://fr.wikipedia.org/wiki/Été',
    ]);
  });

  it('stops at white space and angle brackets', () => {
    expect(urls('<https://example.com/x>\nhttps://example.com/y\thttps://example.com/z')).toEqual([
      'https://example.com/x',
      'https://example.com/y',
      'https://example.com/z',
    ]);
  });
});

describe('replaceUrls', () => {
  it('replaces each URL and keeps everything around it', () => {
    const text = 'A https://a.example/1. B (https://b.example/2) C';
    expect(replaceUrls(text, findUrls(text), (u) => `<${u.slice(-1)}>`)).toBe('A <1>. B (<2>) C');
  });

  it('returns the text unchanged when there is nothing to replace', () => {
    expect(replaceUrls('no links', [], () => 'x')).toBe('no links');
  });
});

import { describe, expect, it } from 'vitest';
import { estimateLength, graphemeCount, placeholderShortLink } from './text-length.js';

const bluesky = {
  maxLength: 300,
  unit: 'graphemes' as const,
  urlLength: null,
  mentionDomainsFree: false,
  maxBytes: 3000,
};
const mastodon = {
  maxLength: 500,
  unit: 'characters' as const,
  urlLength: 23,
  mentionDomainsFree: true,
  maxBytes: null,
};

describe('graphemeCount', () => {
  it('counts user-perceived characters', () => {
    expect(graphemeCount('')).toBe(0);
    expect(graphemeCount('café')).toBe(4);
    expect(graphemeCount('👨‍👩‍👧‍👦🇫🇷')).toBe(2);
    expect(graphemeCount('e\u0301')).toBe(1);
  });
});

describe('estimateLength', () => {
  it('counts graphemes on Bluesky and code points on Mastodon', () => {
    expect(estimateLength('👨‍👩‍👧 hi', bluesky)).toBe(4);
    expect(estimateLength('👨‍👩‍👧 hi', mastodon)).toBe(8);
  });

  it('counts a URL as the network does, and as the short link when links are tracked', () => {
    const url = 'https://example.com/a/very/long/path?with=query';
    expect(estimateLength(`see ${url}`, bluesky)).toBe(4 + url.length);
    expect(estimateLength(`see ${url}`, mastodon)).toBe(4 + 23);
    expect(estimateLength(`see ${url}`, bluesky, { shortLinkLength: 30 })).toBe(34);
    // Mastodon's fixed URL length wins over the short link's own length.
    expect(estimateLength(`see ${url}`, mastodon, { shortLinkLength: 30 })).toBe(27);
  });

  it('does not count the instance of a remote mention on Mastodon', () => {
    expect(estimateLength('hi @alice@example.social', mastodon)).toBe('hi @alice'.length);
    expect(estimateLength('hi @alice@example.social', bluesky)).toBe(24);
  });
});

describe('placeholderShortLink', () => {
  it('has the length of a real short link (8-character code)', () => {
    expect(placeholderShortLink('https://presence.example/')).toBe('https://presence.example/l/xxxxxxxx');
  });
});

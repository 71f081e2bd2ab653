import { describe, expect, it } from 'vitest';
import { addUtmTags, campaignSlug, utmTags } from './utm.js';

const tags = utmTags({
  network: 'bluesky',
  campaign: 'Salon de l’Été 2027',
  postId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
});

describe('campaignSlug', () => {
  it.each([
    ['Salon de l’Été 2027', 'salon-de-l-ete-2027'],
    ['  Œuvres & Cœurs — Noël !', 'oeuvres-coeurs-noel'],
    ['Straße über München', 'strasse-uber-munchen'],
    ['Recruit 20 B2B leads', 'recruit-20-b2b-leads'],
    ['---', 'presence'],
    ['', 'presence'],
    [null, 'presence'],
  ])('%s → %s', (title, slug) => {
    expect(campaignSlug(title)).toBe(slug);
  });

  it('keeps at most 60 characters without a trailing dash', () => {
    const slug = campaignSlug('word '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('utmTags', () => {
  it('tags the network, the medium, the campaign and the post', () => {
    expect(tags).toEqual({
      utm_source: 'bluesky',
      utm_medium: 'social',
      utm_campaign: 'salon-de-l-ete-2027',
      utm_content: '2e3f4a5b',
    });
    expect(utmTags({ network: 'mastodon', campaign: null, postId: 'abcdefghij' }).utm_campaign).toBe(
      'presence',
    );
  });
});

describe('addUtmTags', () => {
  const suffix = 'utm_source=bluesky&utm_medium=social&utm_campaign=salon-de-l-ete-2027&utm_content=2e3f4a5b';

  it('adds a query to a URL without one', () => {
    expect(addUtmTags('https://example.com/page', tags)).toBe(`https://example.com/page?${suffix}`);
    expect(addUtmTags('https://example.com', tags)).toBe(`https://example.com?${suffix}`);
  });

  it('keeps the other parameters as written and the fragment after the query', () => {
    expect(addUtmTags('https://example.com/p?q=a%20b+c&x=%C3%A9#section-2', tags)).toBe(
      `https://example.com/p?q=a%20b+c&x=%C3%A9&${suffix}#section-2`,
    );
    expect(addUtmTags('https://example.com/p?#top', tags)).toBe(`https://example.com/p?${suffix}#top`);
    expect(addUtmTags('https://example.com/p?a=1&', tags)).toBe(`https://example.com/p?a=1&${suffix}`);
  });

  it('never overwrites a utm parameter the author set, whatever its case', () => {
    expect(addUtmTags('https://example.com/?utm_source=newsletter&id=3', tags)).toBe(
      'https://example.com/?utm_source=newsletter&id=3&utm_medium=social&utm_campaign=salon-de-l-ete-2027&utm_content=2e3f4a5b',
    );
    expect(addUtmTags('https://example.com/?UTM_Campaign=spring', tags)).toBe(
      'https://example.com/?UTM_Campaign=spring&utm_source=bluesky&utm_medium=social&utm_content=2e3f4a5b',
    );
  });

  it('leaves a URL that already has every tag untouched', () => {
    const full = 'https://example.com/?utm_source=a&utm_medium=b&utm_campaign=c&utm_content=d#x';
    expect(addUtmTags(full, tags)).toBe(full);
  });

  it('treats a fragment containing "?" as part of the fragment', () => {
    expect(addUtmTags('https://example.com/app#/route?x=1', tags)).toBe(
      `https://example.com/app?${suffix}#/route?x=1`,
    );
  });

  it('percent-encodes tag values', () => {
    const t = { ...tags, utm_source: 'a b&c' };
    expect(addUtmTags('https://example.com/', t)).toContain('utm_source=a%20b%26c');
  });
});

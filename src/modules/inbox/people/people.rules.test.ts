import { describe, expect, it } from 'vitest';
import { handleLocalPart, matchReasons, normaliseName, sentimentTrend } from './people.rules.js';

describe('contact matching', () => {
  it('compares names without case, accents or extra spaces', () => {
    expect(normaliseName('  Zoé   MARTIN ')).toBe('zoe martin');
    expect(normaliseName('Z')).toBeNull();
    expect(normaliseName(null)).toBeNull();
  });

  it('takes the local part of Mastodon and Bluesky handles', () => {
    expect(handleLocalPart('@zoe_m@mastodon.social')).toBe('zoe_m');
    expect(handleLocalPart('zoe_m.bsky.social')).toBe('zoe_m');
    expect(handleLocalPart('Zoe_M')).toBe('zoe_m');
    expect(handleLocalPart('@jo@x.y')).toBeNull();
  });

  it('says why another contact may be the same person', () => {
    const person = [{ id: 'a', network: 'bluesky', handle: 'zoe.bsky.social', displayName: 'Zoé Martin' }];
    expect(
      matchReasons(person, {
        id: 'b',
        network: 'mastodon',
        handle: 'zoe@m.social',
        displayName: 'zoe martin',
      }),
    ).toEqual(['same_name', 'same_handle']);
    expect(
      matchReasons(person, {
        id: 'c',
        network: 'mastodon',
        handle: 'zed@m.social',
        displayName: 'Zoe Martin',
      }),
    ).toEqual(['same_name']);
    expect(
      matchReasons(person, { id: 'd', network: 'mastodon', handle: 'bob@m.social', displayName: 'Bob' }),
    ).toEqual([]);
  });
});

describe('sentiment trend', () => {
  it('counts messages per month and sentiment, oldest first, skipping empty months', () => {
    const trend = sentimentTrend(
      [
        { occurredAt: '2026-03-02T10:00:00Z', sentiment: 'negative' },
        { occurredAt: '2026-01-05T10:00:00Z', sentiment: 'positive' },
        { occurredAt: '2026-03-09T10:00:00Z', sentiment: 'neutral' },
        { occurredAt: '2026-03-10T10:00:00Z', sentiment: 'negative' },
      ],
      (iso) => iso.slice(0, 7),
    );
    expect(trend).toEqual([
      { month: '2026-01', positive: 1, neutral: 0, negative: 0 },
      { month: '2026-03', positive: 0, neutral: 1, negative: 2 },
    ]);
  });
});

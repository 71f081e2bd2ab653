import { describe, expect, it } from 'vitest';
import { daySeries, daysBetween, referrerHost, visitorMaterial } from './click-rules.js';

describe('visitorMaterial', () => {
  it('changes with the UTC day, the address and the browser', () => {
    const a = visitorMaterial('203.0.113.7', 'UA', new Date('2026-12-01T23:59:00Z'));
    expect(visitorMaterial('203.0.113.7', 'UA', new Date('2026-12-01T00:00:00Z'))).toBe(a);
    expect(visitorMaterial('203.0.113.7', 'UA', new Date('2026-12-02T00:00:00Z'))).not.toBe(a);
    expect(visitorMaterial('203.0.113.8', 'UA', new Date('2026-12-01T12:00:00Z'))).not.toBe(a);
    expect(visitorMaterial('203.0.113.7', 'UA2', new Date('2026-12-01T12:00:00Z'))).not.toBe(a);
  });
});

describe('referrerHost', () => {
  it('keeps only the host', () => {
    expect(referrerHost('https://Bsky.App/profile/alice/post/3k?x=1')).toBe('bsky.app');
    expect(referrerHost('http://mastodon.example/@alice/123')).toBe('mastodon.example');
  });
  it('drops anything that is not an http(s) URL', () => {
    expect(referrerHost(undefined)).toBeNull();
    expect(referrerHost('')).toBeNull();
    expect(referrerHost('not a url')).toBeNull();
    expect(referrerHost('android-app://com.example/')).toBeNull();
  });
});

describe('daySeries', () => {
  it('counts per local day with every day present', () => {
    const series = daySeries(
      [
        { clickedAt: '2026-12-01T22:59:59.000Z', isBot: false }, // 23:59 in Paris: Dec 1
        { clickedAt: '2026-12-01T23:00:00.000Z', isBot: false }, // midnight in Paris: Dec 2
        { clickedAt: '2026-12-01T23:30:00.000Z', isBot: true },
        { clickedAt: '2026-12-05T10:00:00.000Z', isBot: false }, // outside the range
      ],
      '2026-12-01',
      '2026-12-03',
      'Europe/Paris',
    );
    expect(series).toEqual([
      { date: '2026-12-01', clicks: 1, botClicks: 0 },
      { date: '2026-12-02', clicks: 1, botClicks: 1 },
      { date: '2026-12-03', clicks: 0, botClicks: 0 },
    ]);
  });

  it('keeps the 25-hour day of the autumn change as one day (Europe/Paris, 2026-10-25)', () => {
    const series = daySeries(
      [
        { clickedAt: '2026-10-24T22:00:00.000Z', isBot: false }, // 00:00 CEST on the 25th
        { clickedAt: '2026-10-25T22:59:00.000Z', isBot: false }, // 23:59 CET on the 25th
        { clickedAt: '2026-10-25T23:00:00.000Z', isBot: false }, // 00:00 CET on the 26th
      ],
      '2026-10-25',
      '2026-10-26',
      'Europe/Paris',
    );
    expect(series.map((p) => p.clicks)).toEqual([2, 1]);
  });

  it('keeps the 23-hour day of the spring change as one day (Europe/Paris, 2026-03-29)', () => {
    const series = daySeries(
      [
        { clickedAt: '2026-03-28T23:00:00.000Z', isBot: false }, // 00:00 CET on the 29th
        { clickedAt: '2026-03-29T21:59:00.000Z', isBot: false }, // 23:59 CEST on the 29th
        { clickedAt: '2026-03-29T22:00:00.000Z', isBot: false }, // 00:00 CEST on the 30th
      ],
      '2026-03-29',
      '2026-03-29',
      'Europe/Paris',
    );
    expect(series).toEqual([{ date: '2026-03-29', clicks: 2, botClicks: 0 }]);
  });
});

describe('daysBetween', () => {
  it('counts both ends', () => {
    expect(daysBetween('2026-12-01', '2026-12-01')).toBe(1);
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(29);
  });
});

import { describe, expect, it } from 'vitest';
import { variantEvent } from './ical.events.js';
import type { FeedVariant } from './ical.repository.js';

const base: FeedVariant = {
  id: 'v1',
  title: 'Launch',
  text: 'Hello',
  status: 'scheduled',
  scheduledAt: '2026-12-01T08:00:00.000Z',
  publishedAt: null,
  remoteUrl: null,
  updatedAt: '2026-11-28T10:00:00.000Z',
  network: 'bluesky',
  handle: 'acme.bsky.social',
};

describe('variantEvent', () => {
  it('places a scheduled variant at its planned time, confirmed, without URL', () => {
    expect(variantEvent(base, 'presence.example')).toEqual({
      uid: 'v1@presence.example',
      stamp: '2026-11-28T10:00:00.000Z',
      start: '2026-12-01T08:00:00.000Z',
      durationMinutes: 15,
      summary: '[bluesky @acme.bsky.social] Launch',
      description: 'Hello',
      url: null,
      status: 'CONFIRMED',
    });
  });

  it('places a published variant at its publication time with its address', () => {
    const e = variantEvent(
      {
        ...base,
        status: 'published',
        publishedAt: '2026-12-01T08:00:42.000Z',
        remoteUrl: 'https://bsky.app/profile/acme.bsky.social/post/3k',
      },
      'h',
    );
    expect(e).toMatchObject({
      start: '2026-12-01T08:00:42.000Z',
      url: 'https://bsky.app/profile/acme.bsky.social/post/3k',
      status: 'CONFIRMED',
    });
  });

  it('marks a failed variant cancelled, and never links a URL that is not published', () => {
    const e = variantEvent({ ...base, status: 'failed', remoteUrl: 'https://stale.example/1' }, 'h');
    expect(e).toMatchObject({ status: 'CANCELLED', url: null });
  });

  it('does not double the @ of a handle that has one, and skips a variant without a time', () => {
    expect(
      variantEvent({ ...base, handle: '@alice@example.social', network: 'mastodon' }, 'h')?.summary,
    ).toBe('[mastodon @alice@example.social] Launch');
    expect(variantEvent({ ...base, scheduledAt: null }, 'h')).toBeNull();
  });
});

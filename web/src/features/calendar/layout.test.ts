import { describe, expect, it } from 'vitest';
import type { CalendarPost, PostStatus } from './calendar.types.js';
import { byDay, byHour, cellKey, crowd, dropTarget, moveBlock, networksOf, placePosts } from './layout.js';

function post(
  id: string,
  scheduledAt: string | null,
  status: PostStatus = 'scheduled',
  extra: Partial<CalendarPost> = {},
): CalendarPost {
  return {
    id,
    title: `Post ${id}`,
    objectiveId: null,
    actionId: null,
    pillarId: null,
    createdBy: null,
    status,
    scheduledAt,
    variants: [
      {
        id: `${id}-m`,
        accountId: 'a2',
        network: 'mastodon',
        accountHandle: 'm',
        scheduledAt,
        status,
        remoteUrl: null,
        publishedAt: null,
      },
      {
        id: `${id}-b`,
        accountId: 'a1',
        network: 'bluesky',
        accountHandle: 'b',
        scheduledAt,
        status,
        remoteUrl: null,
        publishedAt: null,
      },
    ],
    ...extra,
  };
}

describe('placing posts on the calendar', () => {
  it('places posts at their local time in the viewer zone, in time order', () => {
    const placed = placePosts(
      [
        post('late', '2026-03-29T20:30:00Z'),
        post('early', '2026-03-29T01:15:00Z'),
        post('none', null, 'draft'),
      ],
      'Europe/Paris',
    );
    expect(placed.map((p) => [p.post.id, p.local])).toEqual([
      ['early', '2026-03-29T03:15'],
      ['late', '2026-03-29T22:30'],
    ]);
    // The same instant lands on the previous day in New York.
    expect(placePosts([post('x', '2026-03-29T01:15:00Z')], 'America/New_York')[0]!.local).toBe(
      '2026-03-28T21:15',
    );
  });

  it('places a published post without a schedule at its publication time', () => {
    const p = post('p', null, 'published');
    p.variants[0]!.publishedAt = '2026-05-02T10:00:00Z';
    expect(placePosts([p], 'UTC')[0]!.local).toBe('2026-05-02T10:00');
  });

  it('shows a move in flight at its wall-clock target, marked pending', () => {
    const placed = placePosts(
      [post('a', '2026-03-02T08:00:00Z')],
      'UTC',
      new Map([['a', '2026-03-05T08:00']]),
    );
    expect(placed[0]).toMatchObject({ local: '2026-03-05T08:00', pending: true });
  });

  it('groups by day and by hour cell', () => {
    const placed = placePosts(
      [
        post('a', '2026-03-02T08:00:00Z'),
        post('b', '2026-03-02T08:45:00Z'),
        post('c', '2026-03-03T17:00:00Z'),
      ],
      'UTC',
    );
    const days = byDay(placed);
    expect(days.get('2026-03-02')!.map((p) => p.post.id)).toEqual(['a', 'b']);
    expect(days.get('2026-03-03')!.map((p) => p.post.id)).toEqual(['c']);
    const cells = byHour(placed);
    expect(cells.get(cellKey('2026-03-02', 8))!.map((p) => p.post.id)).toEqual(['a', 'b']);
    expect(cells.get(cellKey('2026-03-03', 17))).toHaveLength(1);
    expect(cells.get(cellKey('2026-03-02', 9))).toBeUndefined();
  });

  it('keeps room for "+n more" on a crowded day', () => {
    expect(crowd([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(crowd([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2], more: 3 });
  });

  it('keeps the time of day when dropped on a day, the minutes when dropped on an hour', () => {
    expect(dropTarget('2026-03-02T08:45', '2026-03-29')).toBe('2026-03-29T08:45');
    expect(dropTarget('2026-03-02T08:45', '2026-03-04', 17)).toBe('2026-03-04T17:45');
    expect(dropTarget('2026-03-02T08:05', '2026-03-04', 0)).toBe('2026-03-04T00:05');
  });

  it('lets only publishers move posts that are not (being) published', () => {
    expect(moveBlock(post('a', '2026-03-02T08:00:00Z'), true)).toBeNull();
    expect(moveBlock(post('a', '2026-03-02T08:00:00Z'), false)).toBe('no_permission');
    expect(moveBlock(post('a', '2026-03-02T08:00:00Z', 'published'), true)).toBe('published');
    expect(moveBlock(post('a', '2026-03-02T08:00:00Z', 'publishing'), true)).toBe('publishing');
    const half = post('h', '2026-03-02T08:00:00Z');
    half.variants[0]!.status = 'published';
    expect(moveBlock(half, true)).toBeNull();
    half.variants[1]!.status = 'publishing';
    expect(moveBlock(half, true)).toBe('publishing');
    expect(moveBlock(post('d', null, 'draft'), true)).toBeNull();
  });

  it('lists the networks of a post once each', () => {
    expect(networksOf(post('a', null))).toEqual(['bluesky', 'mastodon']);
  });
});

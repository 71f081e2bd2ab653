import { describe, expect, it } from 'vitest';
import { publishingSoon } from './calendar.api.js';
import type { CalendarPost, PostStatus } from './calendar.types.js';

const NOW = Date.parse('2026-11-28T10:00:00Z');
function post(status: PostStatus, scheduledAt: string | null): CalendarPost {
  return {
    id: 'p',
    title: 't',
    objectiveId: null,
    actionId: null,
    pillarId: null,
    createdBy: null,
    status,
    scheduledAt,
    variants: [
      {
        id: 'v',
        accountId: 'a',
        network: 'bluesky',
        accountHandle: 'h',
        scheduledAt,
        status,
        remoteUrl: null,
        publishedAt: null,
      },
    ],
  };
}

describe('live refresh of the calendar', () => {
  it('refreshes while a post is publishing or due within ten minutes', () => {
    expect(publishingSoon([post('publishing', '2026-11-28T09:59:00Z')], NOW)).toBe(true);
    expect(publishingSoon([post('scheduled', '2026-11-28T10:05:00Z')], NOW)).toBe(true);
    expect(publishingSoon([post('scheduled', '2026-11-28T09:58:00Z')], NOW)).toBe(true);
  });

  it('stays quiet otherwise', () => {
    expect(publishingSoon([post('scheduled', '2026-11-28T11:00:00Z')], NOW)).toBe(false);
    expect(publishingSoon([post('published', '2026-11-28T09:59:00Z')], NOW)).toBe(false);
    expect(publishingSoon([post('draft', null)], NOW)).toBe(false);
    expect(publishingSoon([], NOW)).toBe(false);
  });
});

import type { CalendarEvent } from './ical.format.js';
import type { FeedVariant } from './ical.repository.js';

/** How long a post occupies the calendar: a marker, not a meeting. */
const EVENT_MINUTES = 15;

/** `@handle`, whether or not the network's handle already starts with '@'. */
function at(handle: string): string {
  return handle.startsWith('@') ? handle : `@${handle}`;
}

/**
 * One variant as a calendar event: at its publication time once published, else at its planned time.
 * A failed variant is CANCELLED (it did not go out); its UID stays the variant's, so when it is retried
 * and published the same event turns CONFIRMED in the reader's calendar.
 */
export function variantEvent(v: FeedVariant, host: string): CalendarEvent | null {
  const start = v.status === 'published' ? (v.publishedAt ?? v.scheduledAt) : v.scheduledAt;
  if (!start) return null;
  return {
    uid: `${v.id}@${host}`,
    stamp: v.updatedAt,
    start,
    durationMinutes: EVENT_MINUTES,
    summary: `[${v.network} ${at(v.handle)}] ${v.title}`,
    description: v.text,
    url: v.status === 'published' ? v.remoteUrl : null,
    status: v.status === 'failed' ? 'CANCELLED' : 'CONFIRMED',
  };
}

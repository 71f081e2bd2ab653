/**
 * Where posts go on the calendar: each post's local date and time in the viewer's zone (or the
 * wall-clock time it is being moved to), grouped per day for the month and per hour for the week.
 */
import type { CalendarPost } from './calendar.types.js';
import { localDateTime } from './zoned.js';

export interface PlacedPost {
  post: CalendarPost;
  /** 'YYYY-MM-DDTHH:mm' in the viewer's zone. */
  local: string;
  /** True while a move waits for the server's answer. */
  pending: boolean;
}

/** The instant a post sits at: its earliest scheduled time, else its first publication. */
export function postInstant(post: CalendarPost): string | null {
  if (post.scheduledAt) return post.scheduledAt;
  const published = post.variants
    .map((v) => v.publishedAt)
    .filter((x): x is string => !!x)
    .sort();
  return published[0] ?? null;
}

/**
 * Places posts in `timeZone`. `moving` holds wall-clock targets of moves not yet confirmed (the
 * optimistic part of a drag): shown at the target without the browser ever computing an instant.
 */
export function placePosts(
  posts: readonly CalendarPost[],
  timeZone: string,
  moving: ReadonlyMap<string, string> = new Map(),
): PlacedPost[] {
  const placed: PlacedPost[] = [];
  for (const post of posts) {
    const target = moving.get(post.id);
    if (target) {
      placed.push({ post, local: target, pending: true });
      continue;
    }
    const at = postInstant(post);
    if (at) placed.push({ post, local: localDateTime(Date.parse(at), timeZone), pending: false });
  }
  return placed.sort((a, b) =>
    a.local < b.local ? -1 : a.local > b.local ? 1 : a.post.title.localeCompare(b.post.title),
  );
}

/** Placed posts per local date, each day in time order. */
export function byDay(placed: readonly PlacedPost[]): Map<string, PlacedPost[]> {
  const days = new Map<string, PlacedPost[]>();
  for (const p of placed) {
    const day = p.local.slice(0, 10);
    const list = days.get(day);
    if (list) list.push(p);
    else days.set(day, [p]);
  }
  return days;
}

/** Placed posts per `date|hour` cell of the week view (hour 0–23 of the wall clock). */
export function byHour(placed: readonly PlacedPost[]): Map<string, PlacedPost[]> {
  const cells = new Map<string, PlacedPost[]>();
  for (const p of placed) {
    const key = cellKey(p.local.slice(0, 10), Number(p.local.slice(11, 13)));
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  return cells;
}

/** The key of one week-view cell. */
export function cellKey(date: string, hour: number): string {
  return `${date}|${hour}`;
}

/** A crowded day shows its first `max` posts and counts the rest ("+n more"). */
export function crowd<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  if (items.length <= max) return { shown: [...items], more: 0 };
  // Keep room for the "+n more" line itself.
  const shown = items.slice(0, Math.max(1, max - 1));
  return { shown, more: items.length - shown.length };
}

/** Where a dropped post goes: another day keeps its time of day; another hour keeps its minutes. */
export function dropTarget(local: string, date: string, hour?: number): string {
  if (hour === undefined) return `${date}T${local.slice(11, 16)}`;
  return `${date}T${String(hour).padStart(2, '0')}:${local.slice(14, 16)}`;
}

export type MoveBlock = 'no_permission' | 'published' | 'publishing';

/**
 * Why a post cannot be moved, or null when it can: the person needs posts.publish, and what is on the
 * network (or going there now) cannot be moved back in time.
 */
export function moveBlock(post: CalendarPost, canPublish: boolean): MoveBlock | null {
  if (!canPublish) return 'no_permission';
  if (post.status === 'publishing' || post.variants.some((v) => v.status === 'publishing'))
    return 'publishing';
  // A post is published variant by variant: it stays movable while one variant still waits (the
  // server shifts only those), and is fixed once every active variant is out.
  const active = post.variants.filter((v) => v.status !== 'cancelled');
  if (post.status === 'published' || (active.length > 0 && active.every((v) => v.status === 'published')))
    return 'published';
  return null;
}

/** The distinct networks of a post's variants, in a stable order. */
export function networksOf(post: CalendarPost): string[] {
  return [...new Set(post.variants.map((v) => v.network))].sort();
}

/** The calendar's reads and writes: posts of a period, filters, pillar mix, moves, slots and feeds. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, post, put } from '../../api/client.js';
import { queryString, wsPath } from '../../api/paths.js';
import type {
  AccountSlots,
  CalendarFeed,
  CalendarFilterOptions,
  CalendarPost,
  PillarMix,
  PostingSlot,
  PostPage,
} from './calendar.types.js';

/** Query keys under the workspace, so a change anywhere in posts refreshes every calendar reader. */
export const calendarKeys = {
  posts: (ws: string) => ['workspace', ws, 'posts'] as const,
  period: (ws: string, query: Record<string, string>) => ['workspace', ws, 'posts', 'period', query] as const,
  page: (ws: string, query: Record<string, string>) => ['workspace', ws, 'posts', 'page', query] as const,
  mix: (ws: string, from: string, to: string) => ['workspace', ws, 'posts', 'mix', from, to] as const,
  filters: (ws: string) => ['workspace', ws, 'calendar-filters'] as const,
  slots: (ws: string, accountId: string) => ['workspace', ws, 'slots', accountId] as const,
  feeds: (ws: string) => ['workspace', ws, 'calendar-feeds'] as const,
};

// One page of the month or week is enough in practice; the cap only stops a runaway loop.
const PAGE_SIZE = 100;
const MAX_PAGES = 20;

/** Every post of a period (the month and week views show them all, so they follow `nextCursor`). */
export function usePeriodPosts(ws: string, query: Record<string, string>) {
  return useQuery({
    queryKey: calendarKeys.period(ws, query),
    queryFn: async () => {
      const all: CalendarPost[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < MAX_PAGES; i++) {
        const page: PostPage = await get<PostPage>(
          wsPath(ws, `/posts${queryString({ ...query, limit: PAGE_SIZE, cursor })}`),
        );
        all.push(...page.data);
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      return all;
    },
    placeholderData: (previous) => previous,
    // While a post is going out (or about to), look again so it turns "published" without a reload.
    refetchInterval: (q) =>
      q.state.data && publishingSoon(q.state.data, Date.now()) ? LIVE_REFRESH_MS : false,
  });
}

const LIVE_REFRESH_MS = 15_000;
const SOON_MS = 10 * 60_000;

/** Whether a post of the list is publishing, or scheduled within ten minutes (or overdue). */
export function publishingSoon(posts: readonly CalendarPost[], now: number): boolean {
  return posts.some(
    (p) =>
      p.status === 'publishing' ||
      p.variants.some(
        (v) =>
          v.status === 'publishing' ||
          (v.status === 'scheduled' && v.scheduledAt !== null && Date.parse(v.scheduledAt) - now < SOON_MS),
      ),
  );
}

/** One page of posts for the list view. */
export function usePostPage(ws: string, query: Record<string, string>, cursor: string | null) {
  return useQuery({
    queryKey: [...calendarKeys.page(ws, query), cursor],
    queryFn: () => get<PostPage>(wsPath(ws, `/posts${queryString({ ...query, limit: 50, cursor })}`)),
    placeholderData: (previous) => previous,
  });
}

/** The choices of the filter bar. */
export function useFilterOptions(ws: string) {
  return useQuery({
    queryKey: calendarKeys.filters(ws),
    queryFn: () => get<{ data: CalendarFilterOptions }>(wsPath(ws, '/calendar/filters')).then((r) => r.data),
    staleTime: 60_000,
  });
}

/** The pillar mix of a period against the editorial line's targets. */
export function usePillarMix(ws: string, from: string, to: string) {
  return useQuery({
    queryKey: calendarKeys.mix(ws, from, to),
    queryFn: () =>
      get<{ data: PillarMix }>(wsPath(ws, `/calendar/mix${queryString({ from, to })}`)).then((r) => r.data),
    placeholderData: (previous) => previous,
  });
}

/** POST /posts/:id/reschedule with a wall-clock time; the server converts it (never the browser). */
export function reschedulePost(ws: string, postId: string, local: string, timeZone: string) {
  return post<{ data: CalendarPost }>(wsPath(ws, `/posts/${encodeURIComponent(postId)}/reschedule`), {
    local,
    timeZone,
  });
}

/** The posting slots of one account. */
export function useSlots(ws: string, accountId: string | null) {
  return useQuery({
    queryKey: calendarKeys.slots(ws, accountId ?? ''),
    queryFn: () =>
      get<{ data: AccountSlots }>(wsPath(ws, `/accounts/${encodeURIComponent(accountId ?? '')}/slots`)).then(
        (r) => r.data,
      ),
    enabled: !!accountId,
  });
}

/** Replaces the posting slots of one account. */
export function useSaveSlots(ws: string, accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (slots: PostingSlot[]) =>
      put<{ data: AccountSlots }>(wsPath(ws, `/accounts/${encodeURIComponent(accountId)}/slots`), { slots }),
    onSuccess: (res) => qc.setQueryData(calendarKeys.slots(ws, accountId), res.data),
  });
}

/** The signed-in person's calendar feeds. */
export function useFeeds(ws: string, enabled: boolean) {
  return useQuery({
    queryKey: calendarKeys.feeds(ws),
    queryFn: () => get<{ data: CalendarFeed[] }>(wsPath(ws, '/calendar/feeds')).then((r) => r.data),
    enabled,
  });
}

/** Creates a feed; its answer is the only one holding the full address. */
export function useCreateFeed(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (label: string) => post<{ data: CalendarFeed }>(wsPath(ws, '/calendar/feeds'), { label }),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.feeds(ws) }),
  });
}

/** Revokes a feed: calendars subscribed to it stop updating. */
export function useRevokeFeed(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (feedId: string) => del<void>(wsPath(ws, `/calendar/feeds/${encodeURIComponent(feedId)}`)),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.feeds(ws) }),
  });
}

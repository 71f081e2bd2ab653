import { useQuery } from '@tanstack/react-query';
import { del, get, patch, post } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import type { ConnectedAccount } from '../accounts/accounts.api.js';
import { accountsKey } from '../accounts/accounts.api.js';
import type {
  CalendarFilters,
  Checks,
  LocalTime,
  NetworkInfo,
  PostInput,
  PostView,
  PublishAttempt,
} from './posts.types.js';

/** React-query keys of the composer's reads. */
export const postsKeys = {
  all: (ws: string) => ['workspace', ws, 'posts'] as const,
  post: (ws: string, id: string) => ['workspace', ws, 'posts', id] as const,
  attempts: (ws: string, id: string) => ['workspace', ws, 'posts', id, 'attempts'] as const,
  networks: (ws: string) => ['workspace', ws, 'publishing-networks'] as const,
  filters: (ws: string) => ['workspace', ws, 'calendar-filters'] as const,
};

/** A post and its checks, as every write answers. */
export interface PostResult {
  data: PostView;
  checks: Checks;
}

const postPath = (ws: string, id: string, rest = '') => wsPath(ws, `/posts/${encodeURIComponent(id)}${rest}`);

/** The calls the composer makes; each resolves with the server's answer or rejects with ApiError. */
export const postsApi = {
  create: (ws: string, input: PostInput) => post<PostResult>(wsPath(ws, '/posts'), input),
  update: (ws: string, id: string, input: PostInput) => patch<PostResult>(postPath(ws, id), input),
  remove: (ws: string, id: string) => del<void>(postPath(ws, id)),
  check: (ws: string, input: PostInput) => post<{ checks: Checks }>(wsPath(ws, '/posts/check'), input),
  /** Sets one time on `variantIds` (default: every variant not yet published). */
  schedule: (ws: string, id: string, at: LocalTime, variantIds?: string[]) =>
    post<PostResult>(postPath(ws, id, '/schedule'), variantIds ? { ...at, variantIds } : at),
  reschedule: (ws: string, id: string, at: LocalTime) =>
    post<PostResult>(postPath(ws, id, '/reschedule'), at),
  publishNow: (ws: string, id: string) => post<PostResult>(postPath(ws, id, '/publish-now')),
  queue: (ws: string, id: string) => post<PostResult>(postPath(ws, id, '/queue')),
  unschedule: (ws: string, id: string) => post<PostResult>(postPath(ws, id, '/unschedule')),
  cancel: (ws: string, id: string) => post<PostResult>(postPath(ws, id, '/cancel')),
  retry: (ws: string, id: string, variantId: string) =>
    post<PostResult>(postPath(ws, id, `/variants/${encodeURIComponent(variantId)}/retry`)),
};

/** One saved post with its checks. */
export function usePost(ws: string, id: string | undefined) {
  return useQuery({
    queryKey: postsKeys.post(ws, id ?? ''),
    queryFn: () => get<PostResult>(postPath(ws, id ?? '')),
    enabled: id !== undefined,
    // The composer holds its own copy while editing; refetching under it would only confuse.
    refetchOnWindowFocus: false,
  });
}

/** The publish attempts of a saved post (newest last). */
export function useAttempts(ws: string, id: string | undefined) {
  return useQuery({
    queryKey: postsKeys.attempts(ws, id ?? ''),
    queryFn: () => get<{ data: PublishAttempt[] }>(postPath(ws, id ?? '', '/attempts')),
    enabled: id !== undefined,
  });
}

/**
 * The workspace's connected accounts (same cache as the Accounts page); not asked of a role that
 * may read posts but not accounts (an approver), whose composer then names accounts from the post.
 */
export function useAccounts(ws: string, enabled: boolean) {
  return useQuery({
    queryKey: accountsKey(ws),
    queryFn: () => get<{ data: ConnectedAccount[] }>(wsPath(ws, '/accounts')),
    enabled,
  });
}

/** What each network allows (limits, threads, first comment, visibility). */
export function useNetworks(ws: string) {
  return useQuery({
    queryKey: postsKeys.networks(ws),
    queryFn: () => get<{ data: NetworkInfo[] }>(wsPath(ws, '/publishing/networks')),
    staleTime: 10 * 60_000,
  });
}

/** Objectives, actions and pillars to tie the post to. */
export function useFilters(ws: string) {
  return useQuery({
    queryKey: postsKeys.filters(ws),
    queryFn: () => get<{ data: CalendarFilters }>(wsPath(ws, '/calendar/filters')),
    staleTime: 60_000,
  });
}

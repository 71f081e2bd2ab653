import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, put } from '../../api/client.js';
import { queryString, wsPath } from '../../api/paths.js';
import type { DataOf } from '../../api/types.js';
import type {
  InboxDetail,
  InboxItem,
  InboxPage,
  InboxSettings,
  Indicators,
  NoteView,
  ReplyView,
  RoutingRule,
  RuleInput,
  RuleTestInput,
  RuleTestResult,
  SavedReply,
  SavedReplyInput,
  TriagePatch,
} from './inbox.types.js';

const PAGE_SIZE = 40;
const enc = encodeURIComponent;

/** Query keys of the inbox; everything lives under ['workspace', ws, 'inbox'] for one invalidation. */
export const inboxKeys = {
  all: (ws: string) => ['workspace', ws, 'inbox'] as const,
  list: (ws: string, q: Record<string, string>) => ['workspace', ws, 'inbox', 'items', q] as const,
  item: (ws: string, id: string) => ['workspace', ws, 'inbox', 'item', id] as const,
  savedReplies: (ws: string) => ['workspace', ws, 'inbox', 'saved-replies'] as const,
  rules: (ws: string) => ['workspace', ws, 'inbox', 'rules'] as const,
  settings: (ws: string) => ['workspace', ws, 'inbox', 'settings'] as const,
  indicators: (ws: string, from: string) => ['workspace', ws, 'inbox', 'indicators', from] as const,
};

/** GET /inbox/items, page after page (nextCursor → before). */
export function useInboxItems(ws: string, query: Record<string, string>) {
  return useInfiniteQuery({
    queryKey: inboxKeys.list(ws, query),
    queryFn: ({ pageParam }) =>
      get<InboxPage>(
        wsPath(ws, `/inbox/items${queryString({ ...query, before: pageParam, limit: PAGE_SIZE })}`),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // New messages arrive from the poller: look again every minute while the page is open.
    refetchInterval: 60_000,
  });
}

/** GET /inbox/items/:id — the item, its conversation, the contact's history, replies and notes. */
export function useInboxItem(ws: string, id: string | null) {
  return useQuery({
    queryKey: inboxKeys.item(ws, id ?? ''),
    queryFn: () => get<InboxDetail>(wsPath(ws, `/inbox/items/${enc(id ?? '')}`)),
    enabled: id !== null,
    retry: false,
  });
}

function useRefreshInbox(ws: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: inboxKeys.all(ws) });
}

/** PATCH /inbox/items/:id. */
export function useTriage(ws: string) {
  const refresh = useRefreshInbox(ws);
  return useMutation({
    mutationFn: ({ id, set }: { id: string; set: TriagePatch }) =>
      patch<DataOf<InboxItem>>(wsPath(ws, `/inbox/items/${enc(id)}`), set),
    onSuccess: refresh,
  });
}

/** POST /inbox/items/bulk — one change to many items. */
export function useBulkTriage(ws: string) {
  const refresh = useRefreshInbox(ws);
  return useMutation({
    mutationFn: (body: { ids: string[]; set: TriagePatch }) =>
      post<DataOf<InboxItem[]>>(wsPath(ws, '/inbox/items/bulk'), body),
    onSuccess: refresh,
  });
}

/** POST /inbox/items/:id/reply — the answer goes out on the item's network. */
export function useSendReply(ws: string) {
  const refresh = useRefreshInbox(ws);
  return useMutation({
    mutationFn: ({ itemId, ...body }: { itemId: string; text: string; savedReplyId?: string }) =>
      // 202 { held, heldReplyId } when a reply circuit holds the reply for approval.
      post<DataOf<ReplyView> | { held: true; heldReplyId: string; data?: undefined }>(
        wsPath(ws, `/inbox/items/${enc(itemId)}/reply`),
        body,
      ),
    onSettled: refresh,
  });
}

/** POST /inbox/replies/:id/retry — a failed reply again, never posted twice. */
export function useRetryReply(ws: string) {
  const refresh = useRefreshInbox(ws);
  return useMutation({
    mutationFn: (replyId: string) =>
      post<DataOf<ReplyView>>(wsPath(ws, `/inbox/replies/${enc(replyId)}/retry`)),
    onSettled: refresh,
  });
}

/** POST /inbox/items/:id/notes — an internal note, never sent to the contact. */
export function useAddNote(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, text }: { itemId: string; text: string }) =>
      post<DataOf<NoteView>>(wsPath(ws, `/inbox/items/${enc(itemId)}/notes`), { text }),
    onSuccess: (_d, v) => qc.invalidateQueries({ queryKey: inboxKeys.item(ws, v.itemId) }),
  });
}

/** GET /inbox/saved-replies. */
export function useSavedReplies(ws: string, enabled = true) {
  return useQuery({
    queryKey: inboxKeys.savedReplies(ws),
    queryFn: () => get<DataOf<SavedReply[]>>(wsPath(ws, '/inbox/saved-replies')),
    enabled,
  });
}

/** POST /inbox/saved-replies/:id/render — the text with the item's contact, agent and workspace. */
export function renderSavedReply(ws: string, id: string, itemId: string) {
  return post<{ text: string }>(wsPath(ws, `/inbox/saved-replies/${enc(id)}/render`), { itemId });
}

/** Create (no id) or update a saved reply. */
export function useSaveSavedReply(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: SavedReplyInput & { id?: string }) =>
      id
        ? patch<DataOf<SavedReply>>(wsPath(ws, `/inbox/saved-replies/${enc(id)}`), body)
        : post<DataOf<SavedReply>>(wsPath(ws, '/inbox/saved-replies'), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: inboxKeys.savedReplies(ws) }),
  });
}

/** DELETE /inbox/saved-replies/:id. */
export function useDeleteSavedReply(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del<void>(wsPath(ws, `/inbox/saved-replies/${enc(id)}`)),
    onSuccess: () => qc.invalidateQueries({ queryKey: inboxKeys.savedReplies(ws) }),
  });
}

/** GET /inbox/rules, in the order they run. */
export function useRules(ws: string, enabled = true) {
  return useQuery({
    queryKey: inboxKeys.rules(ws),
    queryFn: () => get<DataOf<RoutingRule[]>>(wsPath(ws, '/inbox/rules')),
    select: (r) => [...r.data].sort((a, b) => a.position - b.position),
    enabled,
  });
}

/** Create (no id) or update a routing rule. */
export function useSaveRule(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: RuleInput & { id?: string }) =>
      id
        ? patch<DataOf<RoutingRule>>(wsPath(ws, `/inbox/rules/${enc(id)}`), body)
        : post<DataOf<RoutingRule>>(wsPath(ws, '/inbox/rules'), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: inboxKeys.rules(ws) }),
  });
}

/** DELETE /inbox/rules/:id. */
export function useDeleteRule(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del<void>(wsPath(ws, `/inbox/rules/${enc(id)}`)),
    onSuccess: () => qc.invalidateQueries({ queryKey: inboxKeys.rules(ws) }),
  });
}

/** POST /inbox/rules/reorder — the whole order at once. */
export function useReorderRules(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => post<unknown>(wsPath(ws, '/inbox/rules/reorder'), { ids }),
    onSettled: () => qc.invalidateQueries({ queryKey: inboxKeys.rules(ws) }),
  });
}

/** POST /inbox/rules/test — which rules a message would meet, and what they would do. */
export function testRules(ws: string, body: RuleTestInput) {
  return post<RuleTestResult>(wsPath(ws, '/inbox/rules/test'), body);
}

/** GET /inbox/settings — the response targets. */
export function useInboxSettings(ws: string, enabled = true) {
  return useQuery({
    queryKey: inboxKeys.settings(ws),
    queryFn: () => get<DataOf<InboxSettings> | InboxSettings>(wsPath(ws, '/inbox/settings')),
    // Accept both `{ data }` and the bare object: the contract names the fields, not the envelope.
    select: (r): InboxSettings => ('data' in r ? r.data : r),
    enabled,
  });
}

/** PUT /inbox/settings. */
export function useSaveInboxSettings(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: InboxSettings) => put<unknown>(wsPath(ws, '/inbox/settings'), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: inboxKeys.all(ws) }),
  });
}

/** GET /inbox/indicators over [from, now], all networks together. */
export function useIndicators(ws: string, from: string) {
  return useQuery({
    queryKey: inboxKeys.indicators(ws, from),
    queryFn: () => get<Indicators>(wsPath(ws, `/inbox/indicators${queryString({ from, groupBy: 'none' })}`)),
    retry: false,
    staleTime: 60_000,
  });
}

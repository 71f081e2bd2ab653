import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../api/client.js';
import { queryString, wsPath } from '../../api/paths.js';
import type { DataOf } from '../../api/types.js';
import { inboxKeys } from './inbox.api.js';

/** A reply a reply circuit holds until an approver of its first step decides. */
export interface HeldReply {
  id: string;
  itemId: string;
  authorId: string;
  text: string;
  circuitId: string;
  status: 'pending' | 'approved' | 'rejected' | 'sent' | 'failed';
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  createdAt: string;
  canDecide: boolean;
}

/** What POST …/reply answers (202) when the reply is held instead of sent. */
export interface HeldAnswer {
  held: true;
  heldReplyId: string;
}

const enc = encodeURIComponent;
const heldKey = (ws: string, itemId: string) => [...inboxKeys.all(ws), 'held-replies', itemId] as const;

/** GET /inbox/held-replies?itemId — held replies of one conversation (under the inbox key: one refresh). */
export function useHeldReplies(ws: string, itemId: string) {
  return useQuery({
    queryKey: heldKey(ws, itemId),
    queryFn: () => get<DataOf<HeldReply[]>>(wsPath(ws, `/inbox/held-replies${queryString({ itemId })}`)),
  });
}

/** Approve (sends once) or reject with a reason. */
export function useDecideHeldReply(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; decision: 'approve' | 'reject'; reason?: string }) =>
      post<unknown>(
        wsPath(ws, `/inbox/held-replies/${enc(v.id)}/${v.decision}`),
        v.decision === 'reject' ? { reason: v.reason ?? '' } : {},
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: inboxKeys.all(ws) }),
  });
}

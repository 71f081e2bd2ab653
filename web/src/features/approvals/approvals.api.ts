import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API, wsPath } from '../../api/paths.js';
import { del, get, post, put } from '../../api/client.js';
import type {
  ApprovalCan,
  ApprovalView,
  Circuit,
  CircuitInput,
  Comment,
  InboxItem,
  PostPreview,
  ReviewDecision,
  ReviewLink,
  ReviewLinkInput,
  ReviewView,
  VersionDiff,
  VersionSummary,
} from './approvals.types.js';

/** React-query keys of approvals, under the workspace so a workspace switch drops them. */
export const approvalKeys = {
  circuits: (ws: string) => ['workspace', ws, 'approval-circuits'] as const,
  inbox: (ws: string) => ['workspace', ws, 'approvals', 'inbox'] as const,
  inReview: (ws: string) => ['workspace', ws, 'approvals', 'in-review'] as const,
  post: (ws: string, postId: string) => ['workspace', ws, 'approvals', 'post', postId] as const,
  approval: (ws: string, postId: string) =>
    ['workspace', ws, 'approvals', 'post', postId, 'approval'] as const,
  comments: (ws: string, postId: string) =>
    ['workspace', ws, 'approvals', 'post', postId, 'comments'] as const,
  versions: (ws: string, postId: string) =>
    ['workspace', ws, 'approvals', 'post', postId, 'versions'] as const,
  diff: (ws: string, postId: string, versionId: string, against: string | null) =>
    ['workspace', ws, 'approvals', 'post', postId, 'diff', versionId, against] as const,
  links: (ws: string, postId: string) => ['workspace', ws, 'approvals', 'post', postId, 'links'] as const,
  preview: (ws: string, postId: string) => ['workspace', ws, 'posts', postId] as const,
  review: (token: string) => ['review', token] as const,
};

const enc = encodeURIComponent;
const postPath = (ws: string, postId: string, rest = '') => wsPath(ws, `/posts/${enc(postId)}${rest}`);

export interface ApprovalResult {
  data: ApprovalView;
  can: ApprovalCan;
}

/** GET /approval-circuits. */
export function useCircuits(ws: string) {
  return useQuery({
    queryKey: approvalKeys.circuits(ws),
    queryFn: () => get<{ data: Circuit[]; can: { configure: boolean } }>(wsPath(ws, '/approval-circuits')),
  });
}

/** POST or PUT a circuit (create when `id` is null), then refresh the list. */
export function useSaveCircuit(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: CircuitInput }) =>
      id
        ? put<{ data: Circuit }>(wsPath(ws, `/approval-circuits/${enc(id)}`), input)
        : post<{ data: Circuit }>(wsPath(ws, '/approval-circuits'), input),
    onSuccess: () => qc.invalidateQueries({ queryKey: approvalKeys.circuits(ws) }),
  });
}

/** DELETE /approval-circuits/:id. */
export function useDeleteCircuit(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del<void>(wsPath(ws, `/approval-circuits/${enc(id)}`)),
    onSuccess: () => qc.invalidateQueries({ queryKey: approvalKeys.circuits(ws) }),
  });
}

/** GET /approvals/inbox: what waits for the caller, soonest due first. */
export function useApprovalInbox(ws: string) {
  return useQuery({
    queryKey: approvalKeys.inbox(ws),
    queryFn: () => get<{ data: InboxItem[] }>(wsPath(ws, '/approvals/inbox')),
    refetchInterval: 60_000,
  });
}

/** Posts whose variants wait for approval (GET /posts?status=pending_approval,changes_requested). */
export function useInReview(ws: string, enabled: boolean) {
  return useQuery({
    queryKey: approvalKeys.inReview(ws),
    queryFn: () =>
      get<{ data: PostPreview[]; nextCursor: string | null }>(
        wsPath(ws, '/posts?status=pending_approval,changes_requested,approval_overdue&limit=100'),
      ),
    enabled,
  });
}

/** GET /posts/:id, for the network previews of a post waiting for approval. */
export function usePostPreview(ws: string, postId: string, enabled = true) {
  return useQuery({
    queryKey: approvalKeys.preview(ws, postId),
    queryFn: () => get<{ data: PostPreview }>(postPath(ws, postId)),
    enabled,
    staleTime: 30_000,
  });
}

/** GET /posts/:id/approval. */
export function useApproval(ws: string, postId: string, enabled = true) {
  return useQuery({
    queryKey: approvalKeys.approval(ws, postId),
    queryFn: () => get<ApprovalResult>(postPath(ws, postId, '/approval')),
    enabled,
  });
}

export type ApprovalCommand =
  | { kind: 'submit'; skip?: boolean }
  | { kind: 'withdraw' }
  | { kind: 'approve'; comment?: string }
  | { kind: 'reject'; comment: string }
  | { kind: 'request-changes'; comment: string };

/** Submit, withdraw or decide; refreshes the post's approval, its timeline, the lists and the post. */
export function useApprovalCommand(ws: string, postId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, ...body }: ApprovalCommand) =>
      post<ApprovalResult>(postPath(ws, postId, `/${kind}`), body),
    onSuccess: async (res) => {
      qc.setQueryData(approvalKeys.approval(ws, postId), res);
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['workspace', ws, 'approvals'] }),
        // The variants' statuses moved (pending_approval, scheduled…): the composer and calendar follow.
        qc.invalidateQueries({ queryKey: ['workspace', ws, 'posts'] }),
      ]);
    },
  });
}

/** GET /posts/:id/comments. */
export function useComments(ws: string, postId: string) {
  return useQuery({
    queryKey: approvalKeys.comments(ws, postId),
    queryFn: () => get<{ data: Comment[] }>(postPath(ws, postId, '/comments')),
  });
}

/** POST /posts/:id/comments. */
export function useAddComment(ws: string, postId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => post<{ data: Comment }>(postPath(ws, postId, '/comments'), { text }),
    onSuccess: () => qc.invalidateQueries({ queryKey: approvalKeys.comments(ws, postId) }),
  });
}

/** GET /posts/:id/versions (newest first). */
export function useVersions(ws: string, postId: string, enabled = true) {
  return useQuery({
    queryKey: approvalKeys.versions(ws, postId),
    queryFn: () => get<{ data: VersionSummary[] }>(postPath(ws, postId, '/versions')),
    enabled,
  });
}

/** GET /posts/:id/versions/:v/diff?against=… (default: the previous version). */
export function useVersionDiff(ws: string, postId: string, versionId: string | null, against: string | null) {
  return useQuery({
    queryKey: approvalKeys.diff(ws, postId, versionId ?? '', against),
    queryFn: () =>
      get<{ data: VersionDiff }>(
        postPath(
          ws,
          postId,
          `/versions/${enc(versionId ?? '')}/diff${against ? `?against=${enc(against)}` : ''}`,
        ),
      ),
    enabled: versionId !== null,
  });
}

/** GET /posts/:id/review-links. */
export function useReviewLinks(ws: string, postId: string, enabled = true) {
  return useQuery({
    queryKey: approvalKeys.links(ws, postId),
    queryFn: () => get<{ data: ReviewLink[] }>(postPath(ws, postId, '/review-links')),
    enabled,
  });
}

/** POST /posts/:id/review-links: the answer holds the URL, shown once. */
export function useCreateReviewLink(ws: string, postId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewLinkInput) =>
      post<{ data: ReviewLink & { url: string } }>(postPath(ws, postId, '/review-links'), input),
    onSuccess: () => qc.invalidateQueries({ queryKey: approvalKeys.links(ws, postId) }),
  });
}

/** DELETE /posts/:id/review-links/:linkId: the link stops working. */
export function useRevokeReviewLink(ws: string, postId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) => del<void>(postPath(ws, postId, `/review-links/${enc(linkId)}`)),
    onSuccess: () => qc.invalidateQueries({ queryKey: approvalKeys.links(ws, postId) }),
  });
}

const reviewPath = (token: string) => `${API}/review/${enc(token)}`;

/** GET /api/v1/review/:token (public). */
export function useReview(token: string) {
  return useQuery({
    queryKey: approvalKeys.review(token),
    queryFn: () => get<{ data: ReviewView }>(reviewPath(token)),
    retry: false,
  });
}

/** POST /api/v1/review/:token: approve, reject or comment as the outside reviewer. */
export function useReviewDecision(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { decision: ReviewDecision; comment?: string; name?: string }) =>
      post<{ data: ReviewView }>(reviewPath(token), body),
    onSuccess: (res) => qc.setQueryData(approvalKeys.review(token), res),
  });
}

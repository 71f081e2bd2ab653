import { newId } from '../../core/ids.js';
import type { PostRecord, VariantRecord } from '../publishing/scheduler/posts.repository.js';
import type { PostReviewRepository } from './post-review.repository.js';
import { sameContent, snapshotOf, type PostSnapshot } from './post-snapshot.js';

/**
 * Keeps a version of the post when its content differs from the last one (a submit without changes
 * makes none); returns the id of the version now current.
 */
export async function recordVersion(
  review: PostReviewRepository,
  input: {
    workspaceId: string;
    post: PostRecord;
    variants: readonly VariantRecord[];
    networks: ReadonlyMap<string, { network: string }>;
    reason: 'submitted' | 'edited';
    userId: string | null;
    now: string;
  },
): Promise<string> {
  const snapshot = snapshotOf(input.post, input.variants, input.networks);
  const [last] = await review.listVersions(input.workspaceId, input.post.id);
  if (last && sameContent(JSON.parse(last.snapshot) as PostSnapshot, snapshot)) return last.id;
  const id = newId();
  await review.insertVersion({
    id,
    workspace_id: input.workspaceId,
    post_id: input.post.id,
    number: (last?.number ?? 0) + 1,
    reason: input.reason,
    snapshot: JSON.stringify(snapshot),
    created_by: input.userId,
    created_at: input.now,
  });
  return id;
}

import { AppBskyFeedDefs } from '@atproto/api';
import type { RemoteReply } from '../connector.port.js';

type ThreadNode = AppBskyFeedDefs.ThreadViewPost['replies'];

/** When a post says it was written, else when the AppView indexed it. */
function writtenAt(post: AppBskyFeedDefs.PostView): string {
  const created = (post.record as { createdAt?: unknown }).createdAt;
  const ms = typeof created === 'string' ? Date.parse(created) : NaN;
  return new Date(Number.isNaN(ms) ? Date.parse(post.indexedAt) : ms).toISOString();
}

/**
 * Every reply below the root of a `getPostThread` answer, oldest first. Deleted and blocked posts
 * (notFoundPost, blockedPost) are skipped with what is below them: the AppView hides that part.
 */
export function repliesOfThread(thread: unknown): RemoteReply[] {
  const out: RemoteReply[] = [];
  const walk = (parentUri: string, replies: ThreadNode): void => {
    for (const r of replies ?? []) {
      if (!AppBskyFeedDefs.isThreadViewPost(r)) continue;
      const node = r as AppBskyFeedDefs.ThreadViewPost;
      out.push({
        remoteId: node.post.uri,
        authorRemoteId: node.post.author.did,
        parentRemoteId: parentUri,
        occurredAt: writtenAt(node.post),
      });
      walk(node.post.uri, node.replies);
    }
  };
  if (AppBskyFeedDefs.isThreadViewPost(thread)) {
    const root = thread as AppBskyFeedDefs.ThreadViewPost;
    walk(root.post.uri, root.replies);
  }
  return out.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

import type { mastodon } from 'masto';
import type { PostPart, PublishedPart, PublishLookup, PublishRequest } from '../connector.port.js';
import type { MastodonClient } from './mastodon.client.js';
import { publishedPart, statusMatchesPart } from './mastodon.mapper.js';

// Resolving an attempt whose outcome is unknown. Mastodon keeps an Idempotency-Key for one hour only
// and offers no way to ask "which status did this key make?", and a status carries no field of ours.
// So the marker we look for is the request itself: among our own most recent statuses, the one with the
// same text, the same content warning, the same number of media and the same parent (null for the
// first part, the previous part for the next ones). Several matches (the same text published on
// purpose earlier) resolve to the most recent, the one a lost response most likely made.

const PAGE_SIZE = 40;
// How far back to look: enough for any attempt the scheduler is still resolving.
const MAX_PAGES = 5;

/** What our account holds for `request`, read from its recent statuses. */
export async function findOwnPublication(
  client: MastodonClient,
  accountId: string,
  request: PublishRequest,
): Promise<PublishLookup> {
  const recent: mastodon.v1.Status[] = [];
  let maxId: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const batch = await client.listOwnStatuses(accountId, maxId, PAGE_SIZE);
    recent.push(...batch);
    if (batch.length < PAGE_SIZE) break;
    maxId = batch[batch.length - 1]!.id;
  }
  // Newest first, as Mastodon lists them: `find` picks the most recent match.
  const find = (part: PostPart, parent: string | null): mastodon.v1.Status | null =>
    recent.find((s) => statusMatchesPart(s, part, parent)) ?? null;

  const parts: (PublishedPart | null)[] = [];
  let parent: string | null = null;
  let chainBroken = false;
  for (const part of request.parts) {
    const found: mastodon.v1.Status | null = chainBroken ? null : find(part, parent);
    parts.push(found ? publishedPart(found) : null);
    if (found) parent = found.id;
    else chainBroken = true;
  }
  const root = parts[0] ?? null;
  const comment = request.firstComment && root ? find(request.firstComment, root.remoteId) : null;
  const firstComment = comment ? publishedPart(comment) : null;
  const complete = parts.every((p) => p !== null) && (!request.firstComment || firstComment !== null);
  if (complete && root) {
    return {
      status: 'published',
      result: { ...root, parts: parts.filter((p): p is PublishedPart => p !== null), firstComment },
    };
  }
  if (root === null) return { status: 'absent' };
  return { status: 'partial', parts, firstComment };
}

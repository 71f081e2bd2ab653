import type { mastodon } from 'masto';
import type {
  AccountMetrics,
  AccountProfile,
  Interaction,
  PostMetrics,
  PostPart,
  PublishedPart,
  RemoteActor,
  Visibility,
} from '../connector.port.js';
import type { CreateStatusBody } from './mastodon.client.js';

// Mastodon entities (masto's types) ↔ the port's types. Pure: no I/O.

const VISIBILITY: Record<Visibility, mastodon.v1.StatusVisibility> = {
  public: 'public',
  unlisted: 'unlisted',
  followers: 'private',
  direct: 'direct',
};

/** The text Mastodon publishes for a part: a link preview's URL is appended when the text lacks it. */
export function statusText(part: PostPart): string {
  const url = part.link?.url;
  if (!url || part.text.includes(url)) return part.text;
  return part.text.trim() === '' ? url : `${part.text}\n\n${url}`;
}

/** The POST /api/v1/statuses body for one part. */
export function toStatusBody(
  part: PostPart,
  inReplyToId: string | null,
  mediaIds: string[],
): CreateStatusBody {
  const body: CreateStatusBody = { status: statusText(part) };
  if (inReplyToId) body.in_reply_to_id = inReplyToId;
  if (mediaIds.length > 0) body.media_ids = mediaIds;
  if (part.visibility) body.visibility = VISIBILITY[part.visibility];
  if (part.contentWarning) {
    body.spoiler_text = part.contentWarning;
    // Media behind a content warning is hidden too, as Mastodon's own composer does.
    if (mediaIds.length > 0) body.sensitive = true;
  }
  const language = part.languages?.[0]?.split('-')[0];
  if (language) body.language = language;
  return body;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The plain text of a status's HTML `content` (paragraphs and line breaks kept, tags dropped). */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? match;
    });
}

/**
 * Whether `status` is what publishing `part` (answering `inReplyToId`) produces: same text, same place
 * in the thread, same content warning. How an attempt whose response was lost is recognised among our
 * recent statuses once Mastodon's one-hour Idempotency-Key memory may have lapsed.
 */
export function statusMatchesPart(
  status: mastodon.v1.Status,
  part: PostPart,
  inReplyToId: string | null,
): boolean {
  // Mastodon renders `@user@domain` as `@user` in content: compare without mention domains.
  const norm = (s: string): string =>
    s
      .replace(/(^|[^\w/@])(@[\w.]+)@[\w.:-]+/g, '$1$2')
      .replace(/\s+/g, ' ')
      .trim();
  return (
    (status.inReplyToId ?? null) === inReplyToId &&
    norm(status.spoilerText) === norm(part.contentWarning ?? '') &&
    norm(status.text ?? htmlToText(status.content)) === norm(statusText(part)) &&
    status.mediaAttachments.length === (part.media?.length ?? 0)
  );
}

/** The part a status is, as the port reports it. */
export function publishedPart(status: mastodon.v1.Status): PublishedPart {
  return { remoteId: status.id, url: status.url ?? status.uri };
}

/** A handle that names the account across the fediverse: `user@instance`. */
export function fullHandle(account: Pick<mastodon.v1.Account, 'acct' | 'url'>, instanceUrl: string): string {
  if (account.acct.includes('@')) return account.acct;
  return `${account.acct}@${new URL(instanceUrl).host}`;
}

/** Our account as the port names it. */
export function toAccountProfile(account: mastodon.v1.Account, instanceUrl: string): AccountProfile {
  return {
    remoteId: account.id,
    handle: fullHandle(account, instanceUrl),
    displayName: account.displayName || null,
    avatarUrl: account.avatar || null,
    profileUrl: account.url,
  };
}

/** The counters Mastodon keeps on a status. */
export function toPostMetrics(status: mastodon.v1.Status, observedAt: Date): PostMetrics {
  return {
    remoteId: status.id,
    values: { likes: status.favouritesCount, reposts: status.reblogsCount, replies: status.repliesCount },
    observedAt: observedAt.toISOString(),
  };
}

/** The counters Mastodon keeps on an account. */
export function toAccountMetrics(account: mastodon.v1.Account, observedAt: Date): AccountMetrics {
  return {
    values: {
      followers: account.followersCount,
      follows: account.followingCount,
      posts: account.statusesCount,
    },
    observedAt: observedAt.toISOString(),
  };
}

function toActor(account: mastodon.v1.Account, instanceUrl: string): RemoteActor {
  return {
    remoteId: account.id,
    handle: fullHandle(account, instanceUrl),
    displayName: account.displayName || null,
    avatarUrl: account.avatar || null,
    profileUrl: account.url,
  };
}

/**
 * The text of a reply without the mentions a client puts in front of it to address the thread
 * (`@alice @bob thanks!` → `thanks!`); mentions inside the text stay.
 */
export function replyBody(status: mastodon.v1.Status): string {
  let text = status.text ?? htmlToText(status.content);
  const names = status.mentions.flatMap((m) => [`@${m.acct}`, `@${m.username}`]);
  for (;;) {
    const lead = names.find((n) =>
      new RegExp(`^${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`).test(text),
    );
    if (!lead) return text;
    text = text.slice(lead.length).replace(/^\s+/, '');
  }
}

/**
 * A notification of our account as an inbox interaction; null for kinds the inbox does not read.
 * Statuses (mentions, replies, direct messages) keep the status id, so the inbox can answer them;
 * reactions and follows are keyed by the notification id, prefixed so they never collide with one.
 */
export function toInteraction(
  n: mastodon.v1.Notification,
  ownAccountId: string,
  instanceUrl: string,
): Interaction | null {
  const author = toActor(n.account, instanceUrl);
  switch (n.type) {
    case 'mention': {
      const s = n.status;
      const isReply = s.inReplyToAccountId === ownAccountId && s.inReplyToId != null;
      const kind = s.visibility === 'direct' ? 'direct_message' : isReply ? 'reply' : 'mention';
      return {
        remoteId: s.id,
        kind,
        author,
        text: isReply ? replyBody(s) : (s.text ?? htmlToText(s.content)),
        url: s.url ?? s.uri,
        subjectRemoteId: isReply ? (s.inReplyToId ?? null) : null,
        parentRemoteId: s.inReplyToId ?? null,
        // Mastodon statuses do not name their thread's root; the inbox threads by parent.
        rootRemoteId: null,
        occurredAt: s.createdAt,
      };
    }
    case 'favourite':
    case 'reblog':
      return {
        remoteId: `${n.type}:${n.id}`,
        kind: n.type === 'favourite' ? 'like' : 'repost',
        author,
        text: null,
        url: n.status?.url ?? null,
        subjectRemoteId: n.status?.id ?? null,
        parentRemoteId: null,
        rootRemoteId: null,
        occurredAt: n.createdAt,
      };
    case 'follow':
      return {
        remoteId: `follow:${n.id}`,
        kind: 'follow',
        author,
        text: null,
        url: author.profileUrl,
        subjectRemoteId: null,
        parentRemoteId: null,
        rootRemoteId: null,
        occurredAt: n.createdAt,
      };
    // Polls, edits, follow requests, subscribed accounts' posts and moderation are not inbox material.
    case 'status':
    case 'update':
    case 'poll':
    case 'follow_request':
    case 'admin.sign_up':
    case 'admin.report':
    case 'severed_relationships':
    case 'moderation_warning':
      return null;
  }
}

/** The notification types `toInteraction` reads, for the `types[]` filter. */
export const INBOX_NOTIFICATION_TYPES = ['mention', 'favourite', 'reblog', 'follow'] as const;

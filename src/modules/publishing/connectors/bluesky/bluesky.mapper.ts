import type {
  AppBskyActorDefs,
  AppBskyFeedDefs,
  AppBskyNotificationListNotifications,
  BlobRef,
  RichText,
} from '@atproto/api';
import { z } from 'zod';
import type {
  AccountMetrics,
  AccountProfile,
  Interaction,
  InteractionKind,
  LinkPreview,
  PostMetrics,
  PublishedPart,
  RemoteActor,
} from '../connector.port.js';

// Their JSON ↔ our types. Remote ids are at:// URIs (posts, likes, follows) and DIDs (accounts); web
// links point at bsky.app by DID, which survives handle changes.

const WEB = 'https://bsky.app';

/** The parts of an at:// URI; null when `uri` is not one. */
export function parseAtUri(uri: string): { repo: string; collection: string; rkey: string } | null {
  const m = /^at:\/\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(uri);
  return m ? { repo: m[1]!, collection: m[2]!, rkey: m[3]! } : null;
}

/** The bsky.app page of a post. */
export function postUrl(uri: string): string {
  const p = parseAtUri(uri);
  return p ? `${WEB}/profile/${p.repo}/post/${p.rkey}` : `${WEB}`;
}

export function profileUrl(did: string): string {
  return `${WEB}/profile/${did}`;
}

export function publishedPart(uri: string): PublishedPart {
  return { remoteId: uri, url: postUrl(uri) };
}

type Profile =
  AppBskyActorDefs.ProfileView | AppBskyActorDefs.ProfileViewBasic | AppBskyActorDefs.ProfileViewDetailed;

export function toRemoteActor(p: Profile): RemoteActor {
  return {
    remoteId: p.did,
    handle: p.handle,
    displayName: p.displayName?.trim() ? p.displayName : null,
    avatarUrl: p.avatar ?? null,
    profileUrl: profileUrl(p.did),
  };
}

export function toAccountProfile(p: AppBskyActorDefs.ProfileViewDetailed): AccountProfile {
  return toRemoteActor(p);
}

export function toAccountMetrics(p: AppBskyActorDefs.ProfileViewDetailed, observedAt: Date): AccountMetrics {
  return {
    values: { followers: p.followersCount ?? 0, follows: p.followsCount ?? 0, posts: p.postsCount ?? 0 },
    observedAt: observedAt.toISOString(),
  };
}

export function toPostMetrics(post: AppBskyFeedDefs.PostView, observedAt: Date): PostMetrics {
  return {
    remoteId: post.uri,
    values: {
      likes: post.likeCount ?? 0,
      reposts: post.repostCount ?? 0,
      replies: post.replyCount ?? 0,
      quotes: post.quoteCount ?? 0,
      ...(post.bookmarkCount !== undefined ? { bookmarks: post.bookmarkCount } : {}),
    },
    observedAt: observedAt.toISOString(),
  };
}

// What we read from a post record inside a notification; the rest of the record is ignored.
const PostRecord = z.object({
  text: z.string().default(''),
  reply: z.object({ root: z.object({ uri: z.string() }), parent: z.object({ uri: z.string() }) }).optional(),
});

const REASONS: Record<string, InteractionKind> = {
  like: 'like',
  repost: 'repost',
  follow: 'follow',
  mention: 'mention',
  reply: 'reply',
  quote: 'quote',
};

/** One notification as an inbox interaction; null for kinds the inbox does not take (verified…). */
export function toInteraction(n: AppBskyNotificationListNotifications.Notification): Interaction | null {
  let kind = REASONS[n.reason];
  if (!kind) return null;
  const author = toRemoteActor(n.author);
  const base = { remoteId: n.uri, author, occurredAt: n.indexedAt };
  switch (kind) {
    case 'like':
    case 'repost':
      return {
        ...base,
        kind,
        text: null,
        url: n.reasonSubject ? postUrl(n.reasonSubject) : null,
        subjectRemoteId: n.reasonSubject ?? null,
        parentRemoteId: null,
        rootRemoteId: null,
      };
    case 'follow':
      return {
        ...base,
        kind,
        text: null,
        url: author.profileUrl,
        subjectRemoteId: null,
        parentRemoteId: null,
        rootRemoteId: null,
      };
    case 'mention':
    case 'reply':
    case 'quote':
    case 'direct_message': {
      const record = PostRecord.safeParse(n.record);
      const reply = record.success ? record.data.reply : undefined;
      // The AppView files a reply that also mentions us under "mention"; for the inbox it is a reply.
      if (kind === 'mention' && reply) kind = 'reply';
      return {
        ...base,
        kind,
        text: record.success ? record.data.text : null,
        url: postUrl(n.uri),
        subjectRemoteId: kind === 'quote' ? (n.reasonSubject ?? null) : (reply?.parent.uri ?? null),
        parentRemoteId: reply?.parent.uri ?? null,
        rootRemoteId: reply?.root.uri ?? null,
      };
    }
  }
}

export interface StrongRef {
  uri: string;
  cid: string;
}

export interface PostRecordInput {
  text: string;
  facets: RichText['facets'];
  images: { blob: BlobRef; alt: string; width?: number; height?: number }[];
  link: LinkPreview | undefined;
  reply: { root: StrongRef; parent: StrongRef } | null;
  languages: readonly string[] | undefined;
  createdAt: Date;
}

/** An app.bsky.feed.post record: images win over a link card (a post carries one embed). */
export function toPostRecord(input: PostRecordInput): Record<string, unknown> {
  const record: Record<string, unknown> = { text: input.text, createdAt: input.createdAt.toISOString() };
  if (input.facets && input.facets.length > 0) record.facets = input.facets;
  if (input.languages && input.languages.length > 0) record.langs = [...input.languages];
  if (input.reply) record.reply = { root: input.reply.root, parent: input.reply.parent };
  if (input.images.length > 0) {
    record.embed = {
      $type: 'app.bsky.embed.images',
      images: input.images.map((i) => ({
        image: i.blob,
        alt: i.alt,
        ...(i.width && i.height ? { aspectRatio: { width: i.width, height: i.height } } : {}),
      })),
    };
  } else if (input.link) {
    record.embed = {
      $type: 'app.bsky.embed.external',
      external: {
        uri: input.link.url,
        title: input.link.title ?? '',
        description: input.link.description ?? '',
      },
    };
  }
  return record;
}

// The reply refs of a post record, when it is a reply.
const ReplyRefs = z.object({
  reply: z
    .object({
      root: z.object({ uri: z.string(), cid: z.string() }),
      parent: z.object({ uri: z.string(), cid: z.string() }),
    })
    .optional(),
});

/** The thread root of a post: its own reply root when it is a reply, else the post itself. */
export function threadRootOf(post: StrongRef, record: unknown): StrongRef {
  const parsed = ReplyRefs.safeParse(record);
  const root = parsed.success ? parsed.data.reply?.root : undefined;
  return root ? { uri: root.uri, cid: root.cid } : post;
}

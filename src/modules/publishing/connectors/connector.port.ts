/**
 * The one port between Presence and a social network. Each network is an adapter in its own folder
 * (`connectors/<network>/`: client, mapper, connector) registered in `registry.ts`; nothing outside
 * `connectors/` knows a network's API. Every adapter passes the contract suite in `test/connectors/`.
 *
 * Credentials reach a connector decrypted, as a plain object, and leave it only through
 * `ConnectedAccount.saveCredentials` (when tokens are refreshed); a connector never logs them.
 */

/** Decrypted credentials of one connected account; each connector validates its own shape. */
export type Credentials = Readonly<Record<string, unknown>>;

/** How a network counts the length of a post's text. */
export interface TextRules {
  maxLength: number;
  /** `graphemes`: user-perceived characters (Bluesky); `characters`: Unicode code points (Mastodon). */
  unit: 'graphemes' | 'characters';
  /** Every URL counts as this many units whatever its length (Mastodon: 23); null: counted as written. */
  urlLength: number | null;
  /** A remote mention `@user@domain` counts as `@user` (Mastodon). */
  mentionDomainsFree: boolean;
  /** A second cap on the UTF-8 size of the text, when the network has one (Bluesky: 3,000 bytes). */
  maxBytes: number | null;
}

export type MediaKind = 'image' | 'video' | 'gif';

/** What one kind of media may be on a network. */
export interface MediaLimit {
  maxPerPost: number;
  maxBytes: number;
  mimeTypes: readonly string[];
  /** Longest alt text, in the same unit as the post text; null when the network takes none. */
  altTextMaxLength: number | null;
}

export type PostMetricName = 'likes' | 'reposts' | 'replies' | 'quotes' | 'bookmarks' | 'impressions';
export type AccountMetricName = 'followers' | 'follows' | 'posts';
export type InteractionKind = 'reply' | 'mention' | 'quote' | 'like' | 'repost' | 'follow' | 'direct_message';
export type Visibility = 'public' | 'unlisted' | 'followers' | 'direct';

/** What a network can do; the composer, the scheduler and the inbox read it instead of the network id. */
export interface ConnectorCapabilities {
  text: TextRules;
  media: Partial<Record<MediaKind, MediaLimit>>;
  /** Whether one post may carry images and a video together. */
  mixedMedia: boolean;
  /** Threads published as a chain of replies; `maxParts` counts the first post. */
  threads: { supported: boolean; maxParts: number };
  /** `native`: the network has one; `self_reply`: emulated by replying to our own post; `none`. */
  firstComment: 'native' | 'self_reply' | 'none';
  /** A link card built from `PostPart.link` (title, description) when the post has no media. */
  linkCard: boolean;
  edit: boolean;
  delete: boolean;
  reply: boolean;
  visibility: readonly Visibility[];
  contentWarning: boolean;
  metrics: { post: readonly PostMetricName[]; account: readonly AccountMetricName[] };
  inbox: readonly InteractionKind[];
}

/** The account a connection resolves to. */
export interface AccountProfile {
  /** The network's stable id for the account (a DID on Bluesky, an account id on Mastodon). */
  remoteId: string;
  handle: string;
  displayName: string | null;
  avatarUrl: string | null;
  profileUrl: string;
}

export interface ConnectResult {
  /** What to encrypt and store; pass it back as `ConnectedAccount.credentials`. */
  credentials: Credentials;
  profile: AccountProfile;
}

/** A connected account as operations receive it. */
export interface ConnectedAccount {
  credentials: Credentials;
  /** Called when the connector refreshed tokens: the caller encrypts and stores `next`. */
  saveCredentials(next: Credentials): Promise<void>;
}

export type HealthStatus = 'valid' | 'expiring' | 'needs_reconnect';
/** Why an account has its health; the UI translates the code. */
export type HealthReason =
  | 'ok'
  | 'token_expiring'
  | 'token_expired'
  | 'credentials_rejected'
  | 'credentials_malformed'
  | 'account_suspended'
  | 'account_deactivated';

export interface CredentialHealth {
  status: HealthStatus;
  reason: HealthReason;
  /** The network's own words, redacted, when it gave any. */
  detail: string | null;
  /** When the credentials stop working without a refresh; null when they do not expire. */
  expiresAt: string | null;
}

export interface MediaItem {
  kind: MediaKind;
  mimeType: string;
  data: Uint8Array;
  altText: string;
  /** Pixel size, used by networks that store the aspect ratio. */
  width?: number;
  height?: number;
}

export interface LinkPreview {
  url: string;
  title?: string;
  description?: string;
}

/** One post's content: a single post, one part of a thread, a first comment or a reply. */
export interface PostPart {
  text: string;
  media?: readonly MediaItem[];
  link?: LinkPreview;
  /** BCP 47 language tags of the text. */
  languages?: readonly string[];
  visibility?: Visibility;
  contentWarning?: string;
}

export interface PublishRequest {
  /**
   * Stable for every attempt at publishing the same variant: a network that supports it derives the
   * remote record key from it, so a retried publish finds the post instead of creating a second one.
   */
  idempotencyKey: string;
  /** One part: a single post. Several: a thread, each part replying to the previous one. */
  parts: readonly PostPart[];
  firstComment?: PostPart;
}

export interface PublishedPart {
  remoteId: string;
  url: string;
}

export interface PublishResult extends PublishedPart {
  /** Every part in order; `parts[0]` is the post itself (same id and URL as the result). */
  parts: PublishedPart[];
  firstComment: PublishedPart | null;
}

/**
 * What the network holds for an idempotency key, asked after an attempt whose outcome is unknown:
 * `published` → record it and do not retry; `absent` or `partial` → publishing again is safe and
 * completes the missing parts.
 */
export type PublishLookup =
  | { status: 'published'; result: PublishResult }
  | { status: 'partial'; parts: (PublishedPart | null)[]; firstComment: PublishedPart | null }
  | { status: 'absent' };

export interface ReplyRequest {
  idempotencyKey: string;
  /** The remote id of the post (or comment) answered. */
  inReplyTo: string;
  part: PostPart;
}

/** One problem with content that stops it from being published on this network. */
export interface ContentProblem {
  code:
    | 'text_too_long'
    | 'text_empty'
    | 'too_many_parts'
    | 'threads_unsupported'
    | 'first_comment_unsupported'
    | 'media_kind_unsupported'
    | 'too_many_media'
    | 'media_too_large'
    | 'media_type_unsupported'
    | 'alt_text_too_long'
    | 'mixed_media_unsupported'
    | 'visibility_unsupported'
    | 'content_warning_unsupported';
  /** Where: `parts.0.text`, `parts.1.media.2`, `firstComment.text`, `part.text`… */
  path: string;
  /** English, for logs; the UI translates `code` with `limit` and `actual`. */
  message: string;
  limit?: number;
  actual?: number;
}

export interface PostMetrics {
  remoteId: string;
  /** Only the metrics the network reports (see capabilities.metrics.post). */
  values: Partial<Record<PostMetricName, number>>;
  observedAt: string;
}

export interface PostMetricsReading {
  remoteId: string;
  /** null: the network no longer has the post (deleted, or hidden from us). */
  metrics: PostMetrics | null;
}

export interface AccountMetrics {
  values: Partial<Record<AccountMetricName, number>>;
  observedAt: string;
}

export interface RemoteActor {
  remoteId: string;
  handle: string;
  displayName: string | null;
  avatarUrl: string | null;
  profileUrl: string;
}

/** A comment, mention, reaction or follow received by a connected account. */
export interface Interaction {
  /** Unique per account on the network: the inbox deduplicates on it. */
  remoteId: string;
  kind: InteractionKind;
  author: RemoteActor;
  /** The text of replies, mentions, quotes and messages; null for likes, reposts, follows. */
  text: string | null;
  url: string | null;
  /** Our post the interaction is about (liked, reposted, quoted, replied to); null for follows. */
  subjectRemoteId: string | null;
  /** For replies: the post answered and the root of its thread, for threading in the inbox. */
  parentRemoteId: string | null;
  rootRemoteId: string | null;
  occurredAt: string;
}

export interface InteractionPage {
  /** Oldest first, each at most once across pages read with the returned cursors. */
  items: Interaction[];
  /** Opaque; store it and pass it to the next call. Never null once the first call returned. */
  nextCursor: string;
  /** True when more arrived than one call reads; call again with `nextCursor` without waiting. */
  more: boolean;
}

/** A reply posted under one of the items the inbox holds, as far as the response clock needs it. */
export interface RemoteReply {
  remoteId: string;
  /** The network's id of the author (compare with the connected account's `remoteId`). */
  authorRemoteId: string;
  /** The post this reply answers (the item itself, or a reply below it). */
  parentRemoteId: string;
  occurredAt: string;
}

/** The port. Every operation throws `ConnectorError` (connector.errors.ts) and nothing else. */
export interface NetworkConnector {
  readonly network: string;
  readonly capabilities: ConnectorCapabilities;

  /** Checks what the user entered against the network and returns the credentials to store. */
  connect(input: Credentials): Promise<ConnectResult>;
  /** Verifies (and refreshes when needed) the stored credentials; never throws for `auth` problems. */
  checkCredentials(account: ConnectedAccount): Promise<CredentialHealth>;
  /** Pure: the problems that stop `request` from being published here, checked before any network call. */
  validate(request: PublishRequest): ContentProblem[];
  /** Publishes, idempotently per `request.idempotencyKey` where the network allows it. */
  publish(account: ConnectedAccount, request: PublishRequest): Promise<PublishResult>;
  /** Tells what the network holds for `request`: resolves an attempt whose outcome is unknown. */
  findPublished(account: ConnectedAccount, request: PublishRequest): Promise<PublishLookup>;
  /** Deletes one of our posts; deleting one that is already gone succeeds. */
  delete(account: ConnectedAccount, remoteId: string): Promise<void>;
  readPostMetrics(account: ConnectedAccount, remoteIds: readonly string[]): Promise<PostMetricsReading[]>;
  readAccountMetrics(account: ConnectedAccount): Promise<AccountMetrics>;
  /** Interactions that arrived after `cursor` (null: start from now, with the latest page as backlog). */
  readInteractionsSince(account: ConnectedAccount, cursor: string | null): Promise<InteractionPage>;
  /** Answers a post or comment, idempotently per `request.idempotencyKey` where the network allows it. */
  reply(account: ConnectedAccount, request: ReplyRequest): Promise<PublishedPart>;
  /**
   * Optional capability: the replies under `remoteId` (direct answers and those below them), oldest
   * first, as many as one read of the network gives (a few hundred). The inbox uses it to stop the
   * response clock on an answer our account made directly on the network, which no notification
   * announces. Absent: such answers are only seen if they reach `readInteractionsSince`.
   */
  readReplies?(account: ConnectedAccount, remoteId: string): Promise<RemoteReply[]>;
}

/** What a connector may log: messages and non-secret fields only. */
export interface ConnectorLogger {
  debug(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/** What the application hands a connector factory. */
export interface ConnectorDeps {
  /** The transport; tests inject faults here. Wrapped by `connectorFetch` (http.ts) inside the connector. */
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
  logger?: ConnectorLogger;
  /** Per-request timeout in milliseconds (default 30 s). */
  timeoutMs?: number;
}

/** Builds a connector; a network's folder exports one and `registry.ts` lists it. */
export type ConnectorFactory = (deps?: ConnectorDeps) => NetworkConnector;

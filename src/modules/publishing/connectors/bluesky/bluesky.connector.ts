import type {
  AccountMetrics,
  ConnectedAccount,
  ConnectorCapabilities,
  ConnectorDeps,
  ConnectorLogger,
  ConnectResult,
  ContentProblem,
  CredentialHealth,
  Credentials,
  InteractionPage,
  NetworkConnector,
  PostMetricsReading,
  PostPart,
  PublishedPart,
  PublishLookup,
  PublishRequest,
  PublishResult,
  RemoteReply,
  ReplyRequest,
} from '../connector.port.js';
import { ConnectorError, isConnectorError } from '../connector.errors.js';
import { checkPart, checkPublishRequest } from '../content-rules.js';
import { connectorFetch } from '../http.js';
import { BlueskyClient, parseCredentials, POST_COLLECTION } from './bluesky.client.js';
import { readSince } from './bluesky.cursor.js';
import {
  parseAtUri,
  publishedPart,
  threadRootOf,
  toAccountMetrics,
  toAccountProfile,
  toInteraction,
  toPostMetrics,
  toPostRecord,
  type StrongRef,
} from './bluesky.mapper.js';
import { recordKeyFor } from './bluesky.rkey.js';
import { repliesOfThread } from './bluesky.thread.js';

/** How deep below an inbox item replies are read: our answer is almost always a direct reply. */
const THREAD_DEPTH = 6;

/** What Bluesky accepts (app.bsky.feed.post and app.bsky.embed.images lexicons, bsky.app limits). */
export const BLUESKY_CAPABILITIES: ConnectorCapabilities = {
  text: { maxLength: 300, unit: 'graphemes', urlLength: null, mentionDomainsFree: false, maxBytes: 3000 },
  media: {
    image: {
      maxPerPost: 4,
      maxBytes: 2_000_000,
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
      altTextMaxLength: 2000,
    },
  },
  mixedMedia: false,
  threads: { supported: true, maxParts: 25 },
  firstComment: 'self_reply',
  linkCard: true,
  edit: false,
  delete: true,
  reply: true,
  visibility: ['public'],
  contentWarning: false,
  metrics: {
    post: ['likes', 'reposts', 'replies', 'quotes', 'bookmarks'],
    account: ['followers', 'follows', 'posts'],
  },
  inbox: ['reply', 'mention', 'quote', 'like', 'repost', 'follow'],
};

const PAGE_SIZE = 100;
const MAX_PAGES_PER_READ = 10;
// How far back each read looks past the newest notification already read (see bluesky.cursor.ts).
const LOOKBACK_MS = 15 * 60_000;

/** The Bluesky (AT Protocol) connector; see the port for what each operation promises. */
export function createBlueskyConnector(deps: ConnectorDeps = {}): NetworkConnector {
  return new BlueskyConnector(deps);
}

class BlueskyConnector implements NetworkConnector {
  readonly network = 'bluesky';
  readonly capabilities = BLUESKY_CAPABILITIES;
  readonly #fetch: typeof fetch;
  readonly #now: () => Date;
  readonly #logger: ConnectorLogger | undefined;

  constructor(deps: ConnectorDeps) {
    this.#logger = deps.logger;
    this.#fetch = connectorFetch({ fetch: deps.fetch, timeoutMs: deps.timeoutMs, logger: deps.logger });
    this.#now = deps.now ?? (() => new Date());
  }

  async connect(input: Credentials): Promise<ConnectResult> {
    const entered = parseCredentials(input);
    const client = await BlueskyClient.open(
      null,
      { service: entered.service, identifier: entered.identifier, appPassword: entered.appPassword },
      this.#fetch,
    );
    // The session names the account with authority; the AppView adds display name and avatar, but
    // may not know a brand-new account yet or still show its handle as `handle.invalid`.
    const own = { did: client.did, handle: client.handle };
    let profile;
    try {
      profile = toAccountProfile({ ...(await client.getProfile()), ...own });
    } catch (err) {
      if (!isConnectorError(err, 'not_found')) throw err;
      profile = toAccountProfile(own);
    }
    this.#logger?.debug({ network: this.network, account: profile.remoteId }, 'account connected');
    return { credentials: client.credentials(), profile };
  }

  async checkCredentials(account: ConnectedAccount): Promise<CredentialHealth> {
    try {
      await this.#withClient(account, (client) => client.verify());
      return { status: 'valid', reason: 'ok', detail: null, expiresAt: null };
    } catch (err) {
      if (!isConnectorError(err, 'auth')) throw err;
      const reason =
        err.code === 'account_suspended' ||
        err.code === 'account_deactivated' ||
        err.code === 'credentials_malformed'
          ? err.code
          : 'credentials_rejected';
      return { status: 'needs_reconnect', reason, detail: err.raw?.message ?? null, expiresAt: null };
    }
  }

  validate(request: PublishRequest): ContentProblem[] {
    return checkPublishRequest(request, this.capabilities);
  }

  async publish(account: ConnectedAccount, request: PublishRequest): Promise<PublishResult> {
    rejectProblems(this.validate(request));
    return this.#withClient(account, async (client) => {
      const parts: PublishedPart[] = [];
      let root: StrongRef | null = null;
      let parent: StrongRef | null = null;
      for (const [i, part] of request.parts.entries()) {
        const reply: { root: StrongRef; parent: StrongRef } | null = root && parent ? { root, parent } : null;
        const ref = await this.#ensurePost(
          client,
          recordKeyFor(request.idempotencyKey, `part:${i}`),
          part,
          reply,
        );
        root ??= ref;
        parent = ref;
        parts.push(publishedPart(ref.uri));
      }
      let firstComment: PublishedPart | null = null;
      if (request.firstComment && root) {
        const rkey = recordKeyFor(request.idempotencyKey, 'first-comment');
        const ref = await this.#ensurePost(client, rkey, request.firstComment, { root, parent: root });
        firstComment = publishedPart(ref.uri);
      }
      this.#logger?.debug(
        { network: this.network, remoteId: parts[0]?.remoteId, parts: parts.length },
        'published',
      );
      return { ...parts[0]!, parts, firstComment };
    });
  }

  async findPublished(account: ConnectedAccount, request: PublishRequest): Promise<PublishLookup> {
    return this.#withClient(account, async (client) => {
      const find = async (slot: string): Promise<PublishedPart | null> => {
        const found = await client.getOwnPost(recordKeyFor(request.idempotencyKey, slot));
        return found ? publishedPart(found.ref.uri) : null;
      };
      const parts: (PublishedPart | null)[] = [];
      for (let i = 0; i < request.parts.length; i++) parts.push(await find(`part:${i}`));
      const firstComment = request.firstComment ? await find('first-comment') : null;
      const complete = parts.every((p) => p !== null) && (!request.firstComment || firstComment !== null);
      if (complete && parts[0]) {
        const all = parts.filter((p): p is PublishedPart => p !== null);
        return { status: 'published', result: { ...parts[0], parts: all, firstComment } };
      }
      if (parts.every((p) => p === null) && firstComment === null) return { status: 'absent' };
      return { status: 'partial', parts, firstComment };
    });
  }

  async delete(account: ConnectedAccount, remoteId: string): Promise<void> {
    await this.#withClient(account, async (client) => {
      const uri = parseAtUri(remoteId);
      if (!uri || uri.collection !== POST_COLLECTION || uri.repo !== client.did) {
        throw new ConnectorError('invalid_content', 'Only posts of this account can be deleted', {
          code: 'not_our_post',
        });
      }
      await client.deleteOwnPost(uri.rkey);
    });
  }

  async readPostMetrics(
    account: ConnectedAccount,
    remoteIds: readonly string[],
  ): Promise<PostMetricsReading[]> {
    return this.#withClient(account, async (client) => {
      const observedAt = this.#now();
      const views = new Map((await client.getPosts(remoteIds)).map((p) => [p.uri, p]));
      return remoteIds.map((remoteId) => {
        const view = views.get(remoteId);
        return { remoteId, metrics: view ? toPostMetrics(view, observedAt) : null };
      });
    });
  }

  async readAccountMetrics(account: ConnectedAccount): Promise<AccountMetrics> {
    return this.#withClient(account, async (client) => {
      try {
        return toAccountMetrics(await client.getProfile(), this.#now());
      } catch (err) {
        // Our own account exists (the session proves it): the AppView has not indexed it yet.
        if (!isConnectorError(err, 'not_found')) throw err;
        throw new ConnectorError('transient', 'Bluesky has not indexed the account yet', {
          code: 'not_indexed_yet',
          raw: err.raw,
        });
      }
    });
  }

  async readInteractionsSince(account: ConnectedAccount, cursor: string | null): Promise<InteractionPage> {
    return this.#withClient(account, async (client) => {
      const page = await readSince(
        cursor,
        async (c) => {
          const res = await client.listNotifications(c, cursor === null ? 50 : PAGE_SIZE);
          return { items: res.notifications, cursor: res.cursor };
        },
        { maxPages: MAX_PAGES_PER_READ, lookbackMs: LOOKBACK_MS },
      );
      const items = page.items.map(toInteraction).filter((i) => i !== null);
      return { items, nextCursor: page.nextCursor, more: page.more };
    });
  }

  /** The replies below a post (app.bsky.feed.getPostThread), oldest first; none when it is gone. */
  async readReplies(account: ConnectedAccount, remoteId: string): Promise<RemoteReply[]> {
    return this.#withClient(account, async (client) => {
      try {
        return repliesOfThread(await client.getPostThread(remoteId, THREAD_DEPTH));
      } catch (err) {
        if (isConnectorError(err, 'not_found')) return [];
        throw err;
      }
    });
  }

  async reply(account: ConnectedAccount, request: ReplyRequest): Promise<PublishedPart> {
    rejectProblems(checkPart(request.part, this.capabilities, 'part'));
    return this.#withClient(account, async (client) => {
      const [target] = await client.getPosts([request.inReplyTo]);
      if (!target) {
        throw new ConnectorError('not_found', 'The post to answer no longer exists', { code: 'not_found' });
      }
      const parent = { uri: target.uri, cid: target.cid };
      const rkey = recordKeyFor(request.idempotencyKey, 'reply');
      const ref = await this.#ensurePost(client, rkey, request.part, {
        root: threadRootOf(parent, target.record),
        parent,
      });
      return publishedPart(ref.uri);
    });
  }

  /**
   * Creates the post under `rkey` unless it exists. When the create fails without a clear refusal
   * (the PDS answers a taken key with a 500; a response may be lost), the key is read back: found →
   * it was ours all along; absent → nothing was written and a retry is safe (same key, same post).
   */
  async #ensurePost(
    client: BlueskyClient,
    rkey: string,
    part: PostPart,
    reply: { root: StrongRef; parent: StrongRef } | null,
  ): Promise<StrongRef> {
    const rt = await client.richText(part.text);
    const images = [];
    for (const m of part.media ?? []) {
      images.push({
        blob: await client.uploadImage(m.data, m.mimeType),
        alt: m.altText,
        width: m.width,
        height: m.height,
      });
    }
    const record = toPostRecord({
      text: rt.text,
      facets: rt.facets,
      images,
      link: part.link,
      reply,
      languages: part.languages,
      createdAt: this.#now(),
    });
    try {
      return await client.createPost(rkey, record);
    } catch (err) {
      if (!isConnectorError(err, 'transient') && !isConnectorError(err, 'unknown_outcome')) throw err;
      let existing;
      try {
        existing = await client.getOwnPost(rkey);
      } catch {
        throw err; // cannot tell: the original error (unknown outcome) stands
      }
      if (existing) return existing.ref;
      throw new ConnectorError('transient', 'Bluesky did not store the post; publishing again is safe', {
        code: err.code,
        raw: err.raw,
      });
    }
  }

  async #withClient<T>(account: ConnectedAccount, op: (client: BlueskyClient) => Promise<T>): Promise<T> {
    const client = await BlueskyClient.open(account, parseCredentials(account.credentials), this.#fetch);
    try {
      return await op(client);
    } finally {
      await client.flush();
    }
  }
}

function rejectProblems(problems: ContentProblem[]): void {
  if (problems.length === 0) return;
  throw new ConnectorError('invalid_content', problems.map((p) => p.message).join('; '), {
    code: problems[0]!.code,
    problems,
  });
}

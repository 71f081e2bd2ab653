import type { mastodon } from 'masto';
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
import { checkPart, checkPublishRequest, measureText } from '../content-rules.js';
import { connectorFetch } from '../http.js';
import { MastodonClient, parseCredentials } from './mastodon.client.js';
import { findOwnPublication } from './mastodon.lookup.js';
import {
  INBOX_NOTIFICATION_TYPES,
  publishedPart,
  statusText,
  toAccountMetrics,
  toAccountProfile,
  toInteraction,
  toPostMetrics,
  toStatusBody,
} from './mastodon.mapper.js';

/** What a stock Mastodon 4.x instance accepts (its defaults; an instance may configure more). */
export const MASTODON_CAPABILITIES: ConnectorCapabilities = {
  text: { maxLength: 500, unit: 'characters', urlLength: 23, mentionDomainsFree: true, maxBytes: null },
  media: {
    image: {
      maxPerPost: 4,
      maxBytes: 16 * 1024 * 1024,
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/heic'],
      altTextMaxLength: 1500,
    },
    gif: { maxPerPost: 1, maxBytes: 16 * 1024 * 1024, mimeTypes: ['image/gif'], altTextMaxLength: 1500 },
    video: {
      maxPerPost: 1,
      maxBytes: 99 * 1024 * 1024,
      mimeTypes: ['video/mp4', 'video/webm', 'video/quicktime'],
      altTextMaxLength: 1500,
    },
  },
  mixedMedia: false,
  // Mastodon sets no limit on a chain of self-replies; 25 keeps a thread readable and in line with Bluesky.
  threads: { supported: true, maxParts: 25 },
  firstComment: 'self_reply',
  // Mastodon builds its own card from the first link of the text; it takes no title or description.
  linkCard: false,
  // Mastodon can edit statuses (PUT /api/v1/statuses/:id), but the port has no edit operation yet.
  edit: false,
  delete: true,
  reply: true,
  visibility: ['public', 'unlisted', 'followers', 'direct'],
  contentWarning: true,
  metrics: { post: ['likes', 'reposts', 'replies'], account: ['followers', 'follows', 'posts'] },
  inbox: ['reply', 'mention', 'direct_message', 'like', 'repost', 'follow'],
};

const PAGE_SIZE = 40; // Mastodon's maximum for notifications
const MAX_PAGES_PER_READ = 10;

/** The Mastodon connector; see the port for what each operation promises. */
export function createMastodonConnector(deps: ConnectorDeps = {}): NetworkConnector {
  return new MastodonConnector(deps);
}

class MastodonConnector implements NetworkConnector {
  readonly network = 'mastodon';
  readonly capabilities = MASTODON_CAPABILITIES;
  readonly #fetch: typeof fetch;
  readonly #now: () => Date;
  readonly #logger: ConnectorLogger | undefined;

  constructor(deps: ConnectorDeps) {
    this.#logger = deps.logger;
    this.#fetch = connectorFetch({ fetch: deps.fetch, timeoutMs: deps.timeoutMs, logger: deps.logger });
    this.#now = deps.now ?? (() => new Date());
  }

  async connect(input: Credentials): Promise<ConnectResult> {
    const client = this.#client(input);
    const account = await client.verifyCredentials();
    const profile = toAccountProfile(account, client.credentials.instanceUrl);
    this.#logger?.debug({ network: this.network, account: profile.remoteId }, 'account connected');
    const { instanceUrl, accessToken } = client.credentials;
    return { credentials: { instanceUrl, accessToken, accountId: account.id }, profile };
  }

  async checkCredentials(account: ConnectedAccount): Promise<CredentialHealth> {
    try {
      const me = await this.#client(account.credentials).verifyCredentials();
      if (me.suspended) {
        return { status: 'needs_reconnect', reason: 'account_suspended', detail: null, expiresAt: null };
      }
      // Mastodon access tokens do not expire unless revoked.
      return { status: 'valid', reason: 'ok', detail: null, expiresAt: null };
    } catch (err) {
      if (!isConnectorError(err, 'auth')) throw err;
      const reason =
        err.code === 'account_suspended' || err.code === 'credentials_malformed'
          ? err.code
          : 'credentials_rejected';
      return { status: 'needs_reconnect', reason, detail: err.raw?.message ?? null, expiresAt: null };
    }
  }

  validate(request: PublishRequest): ContentProblem[] {
    const prepared = withLinksInText(request);
    const problems = checkPublishRequest(prepared, this.capabilities);
    prepared.parts.forEach((part, i) => problems.push(...warningProblems(part, `parts.${i}`, problems)));
    if (prepared.firstComment)
      problems.push(...warningProblems(prepared.firstComment, 'firstComment', problems));
    return problems;
  }

  /**
   * Each part is created with its own Idempotency-Key derived from the request's key: Mastodon
   * remembers a key for one hour per account and answers a repeated POST with the status it already
   * made. A retry soon after a lost response is therefore safe by itself; a later one must go through
   * `findPublished` first (the scheduler does so for every unknown outcome).
   */
  async publish(account: ConnectedAccount, request: PublishRequest): Promise<PublishResult> {
    rejectProblems(this.validate(request));
    const client = this.#client(account.credentials);
    const parts: PublishedPart[] = [];
    let parent: string | null = null;
    for (const [i, part] of request.parts.entries()) {
      const status = await this.#post(client, `${request.idempotencyKey}/part/${i}`, part, parent);
      parent = status.id;
      parts.push(publishedPart(status));
    }
    let firstComment: PublishedPart | null = null;
    if (request.firstComment && parts[0]) {
      const status = await this.#post(
        client,
        `${request.idempotencyKey}/first-comment`,
        request.firstComment,
        parts[0].remoteId,
      );
      firstComment = publishedPart(status);
    }
    this.#logger?.debug(
      { network: this.network, remoteId: parts[0]?.remoteId, parts: parts.length },
      'published',
    );
    return { ...parts[0]!, parts, firstComment };
  }

  async findPublished(account: ConnectedAccount, request: PublishRequest): Promise<PublishLookup> {
    const client = this.#client(account.credentials);
    return findOwnPublication(client, await this.#accountId(client), request);
  }

  async delete(account: ConnectedAccount, remoteId: string): Promise<void> {
    await this.#client(account.credentials).deleteStatus(remoteId);
  }

  async readPostMetrics(
    account: ConnectedAccount,
    remoteIds: readonly string[],
  ): Promise<PostMetricsReading[]> {
    const client = this.#client(account.credentials);
    const readings: PostMetricsReading[] = [];
    for (const remoteId of remoteIds) {
      const status = await client.getStatus(remoteId);
      readings.push({ remoteId, metrics: status ? toPostMetrics(status, this.#now()) : null });
    }
    return readings;
  }

  async readAccountMetrics(account: ConnectedAccount): Promise<AccountMetrics> {
    const client = this.#client(account.credentials);
    return toAccountMetrics(await client.getAccount(await this.#accountId(client)), this.#now());
  }

  /**
   * The cursor is the id of the newest notification read. Mastodon's `min_id` returns the page right
   * after it, so pages are read oldest to newest and nothing between two reads is skipped.
   */
  async readInteractionsSince(account: ConnectedAccount, cursor: string | null): Promise<InteractionPage> {
    const client = this.#client(account.credentials);
    const own = await this.#accountId(client);
    const instanceUrl = client.credentials.instanceUrl;
    const read: mastodon.v1.Notification[] = [];
    let next = cursor;
    let more = false;
    if (cursor === null) {
      read.push(...(await client.listNotifications(null, PAGE_SIZE, INBOX_NOTIFICATION_TYPES)).reverse());
    } else {
      for (let page = 0; ; page++) {
        if (page === MAX_PAGES_PER_READ) {
          more = true;
          break;
        }
        const batch = (await client.listNotifications(next, PAGE_SIZE, INBOX_NOTIFICATION_TYPES)).reverse();
        read.push(...batch);
        if (batch.length > 0) next = batch[batch.length - 1]!.id;
        if (batch.length < PAGE_SIZE) break;
      }
    }
    const newest = read.length > 0 ? read[read.length - 1]!.id : (next ?? '0');
    const items = read.map((n) => toInteraction(n, own, instanceUrl)).filter((i) => i !== null);
    return { items, nextCursor: newest, more };
  }

  /** The descendants of a status (its context), oldest first; none when the status is gone. */
  async readReplies(account: ConnectedAccount, remoteId: string): Promise<RemoteReply[]> {
    const context = await this.#client(account.credentials).getContext(remoteId);
    return (context?.descendants ?? [])
      .filter((s) => s.inReplyToId)
      .map((s) => ({
        remoteId: s.id,
        authorRemoteId: s.account.id,
        parentRemoteId: s.inReplyToId!,
        occurredAt: new Date(s.createdAt).toISOString(),
      }))
      .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  }

  async reply(account: ConnectedAccount, request: ReplyRequest): Promise<PublishedPart> {
    const part = withLinkInText(request.part);
    const problems = checkPart(part, this.capabilities, 'part');
    rejectProblems([...problems, ...warningProblems(part, 'part', problems)]);
    const client = this.#client(account.credentials);
    const target = await client.getStatus(request.inReplyTo);
    if (!target) {
      throw new ConnectorError('not_found', 'The status to answer no longer exists', { code: 'not_found' });
    }
    return publishedPart(
      await this.#post(client, `${request.idempotencyKey}/reply`, request.part, target.id),
    );
  }

  async #post(
    client: MastodonClient,
    idempotencyKey: string,
    part: PostPart,
    inReplyToId: string | null,
  ): Promise<mastodon.v1.Status> {
    const mediaIds: string[] = [];
    for (const item of part.media ?? []) {
      try {
        mediaIds.push((await client.uploadMedia(item)).id);
      } catch (err) {
        // An upload whose answer was lost leaves at most an unattached file, which Mastodon deletes
        // after a day: nothing is published, so retrying is safe.
        if (!isConnectorError(err, 'unknown_outcome')) throw err;
        throw new ConnectorError('transient', 'The media upload to Mastodon did not complete', {
          code: err.code,
          raw: err.raw,
        });
      }
    }
    return client.createStatus(toStatusBody(part, inReplyToId, mediaIds), idempotencyKey);
  }

  async #accountId(client: MastodonClient): Promise<string> {
    return client.credentials.accountId ?? (await client.verifyCredentials()).id;
  }

  #client(credentials: Credentials): MastodonClient {
    return new MastodonClient(parseCredentials(credentials), this.#fetch, this.#now);
  }
}

/**
 * Mastodon counts the content warning in the status's 500 characters (StatusLengthValidator adds
 * spoiler_text to the text); the shared rules count the text alone, so the sum is checked here.
 */
function warningProblems(part: PostPart, path: string, already: readonly ContentProblem[]): ContentProblem[] {
  if (!part.contentWarning || already.some((p) => p.path === `${path}.text` && p.code === 'text_too_long'))
    return [];
  const max = MASTODON_CAPABILITIES.text.maxLength;
  const length = measureText(part.text, MASTODON_CAPABILITIES.text) + Array.from(part.contentWarning).length;
  if (length <= max) return [];
  return [
    {
      code: 'text_too_long',
      path: `${path}.text`,
      message: `The text and its content warning are ${length} long; Mastodon accepts ${max}`,
      limit: max,
      actual: length,
    },
  ];
}

function withLinkInText(part: PostPart): PostPart {
  return { ...part, text: statusText(part) };
}

// Mastodon has no separate link field: the composer's link goes into the text and counts there.
function withLinksInText(request: PublishRequest): PublishRequest {
  return {
    ...request,
    parts: request.parts.map(withLinkInText),
    firstComment: request.firstComment ? withLinkInText(request.firstComment) : undefined,
  };
}

function rejectProblems(problems: ContentProblem[]): void {
  if (problems.length === 0) return;
  throw new ConnectorError('invalid_content', problems.map((p) => p.message).join('; '), {
    code: problems[0]!.code,
    problems,
  });
}

import {
  AtpAgent,
  CredentialSession,
  RichText,
  type AppBskyActorDefs,
  type AppBskyFeedDefs,
  type AppBskyNotificationListNotifications,
  type AtpSessionData,
  type BlobRef,
} from '@atproto/api';
import { z } from 'zod';
import type { ConnectedAccount, Credentials } from '../connector.port.js';
import { ConnectorError } from '../connector.errors.js';
import { mapBlueskyError } from './bluesky.errors.js';
import type { StrongRef } from './bluesky.mapper.js';

// The HTTP half of the Bluesky connector: sessions (app password → session tokens, refreshed and
// handed back for storage) and the handful of XRPC calls the connector makes, each mapped to
// ConnectorError. Writes go to the account's PDS; reads of posts, profiles and notifications are
// proxied by the PDS to its AppView.

export const POST_COLLECTION = 'app.bsky.feed.post';
export const DEFAULT_SERVICE = 'https://bsky.social';

const StoredSession = z.object({
  did: z.string(),
  handle: z.string(),
  accessJwt: z.string(),
  refreshJwt: z.string(),
  pdsUrl: z.string().nullable().default(null),
});

/** What a Bluesky account stores (encrypted): the app password is the durable secret, the session a cache. */
export const BlueskyCredentials = z.object({
  service: z.url().default(DEFAULT_SERVICE),
  identifier: z.string().trim().min(1),
  appPassword: z.string().min(1),
  did: z.string().optional(),
  session: StoredSession.optional(),
});
export type BlueskyCredentials = z.infer<typeof BlueskyCredentials>;

/** Parses stored or entered credentials; a malformed object is an `auth` error (reconnect). */
export function parseCredentials(input: Credentials): BlueskyCredentials {
  const parsed = BlueskyCredentials.safeParse(input);
  if (!parsed.success) {
    throw new ConnectorError('auth', 'The Bluesky credentials are incomplete', {
      code: 'credentials_malformed',
    });
  }
  return parsed.data;
}

/** One authenticated Bluesky account. Obtain it with `BlueskyClient.open`. */
export class BlueskyClient {
  #account: ConnectedAccount | null = null;
  #credentials: BlueskyCredentials;
  readonly #pendingSaves: Promise<void>[] = [];
  readonly #agent: AtpAgent;

  private constructor(credentials: BlueskyCredentials, transport: typeof fetch) {
    this.#credentials = credentials;
    const session = new CredentialSession(new URL(credentials.service), transport, (event, data) =>
      this.#onSession(event, data),
    );
    this.#agent = new AtpAgent(session);
  }

  /** A client with a live session: the stored one when present (refreshed on demand), else a login. */
  static async open(
    account: ConnectedAccount | null,
    credentials: BlueskyCredentials,
    transport: typeof fetch,
  ): Promise<BlueskyClient> {
    const client = new BlueskyClient(credentials, transport);
    client.#account = account;
    const stored = credentials.session;
    if (stored && (!credentials.did || stored.did === credentials.did)) {
      const manager = client.#agent.sessionManager;
      manager.session = {
        did: stored.did,
        handle: stored.handle,
        accessJwt: stored.accessJwt,
        refreshJwt: stored.refreshJwt,
        active: true,
      };
      if (stored.pdsUrl) manager.pdsUrl = new URL(stored.pdsUrl);
    } else {
      await client.login();
    }
    return client;
  }

  /** Creates a session from the app password (the only call that spends Bluesky's login quota). */
  async login(): Promise<void> {
    try {
      await this.#agent.login({
        identifier: this.#credentials.did ?? this.#credentials.identifier,
        password: this.#credentials.appPassword,
      });
    } catch (err) {
      throw this.error(err, false);
    }
    if (this.#credentials.did && this.#agent.session?.did !== this.#credentials.did) {
      throw new ConnectorError('auth', 'These credentials belong to another Bluesky account', {
        code: 'credentials_rejected',
      });
    }
  }

  /** Proves the session against the server (rotating its tokens); falls back to a fresh login. */
  async verify(): Promise<void> {
    if (!this.#agent.session) return this.login();
    try {
      await this.#agent.sessionManager.refreshSession();
    } catch (err) {
      const mapped = this.error(err, false);
      if (mapped.kind !== 'auth') throw mapped;
      await this.login();
    }
  }

  /**
   * Runs `op`; when the session is rejected (a token expired or was replaced by another process),
   * renews it — refresh token first, app password only if that fails, because logins are the scarce
   * quota — and retries once. A rejected request changed nothing, so retrying a write is safe.
   */
  async call<T>(op: () => Promise<T>, write: boolean): Promise<T> {
    try {
      return await op();
    } catch (err) {
      const mapped = this.error(err, write);
      if (mapped.code !== 'credentials_rejected') throw mapped;
      await this.verify();
      try {
        return await op();
      } catch (again) {
        throw this.error(again, write);
      }
    }
  }

  get did(): string {
    const did = this.#agent.session?.did;
    if (!did) throw new ConnectorError('auth', 'No Bluesky session', { code: 'credentials_rejected' });
    return did;
  }

  get handle(): string {
    return this.#agent.session?.handle ?? this.#credentials.identifier;
  }

  /** The credentials to store now: what was entered plus the current session. */
  credentials(): BlueskyCredentials {
    const s = this.#agent.session;
    const pdsUrl = this.#agent.sessionManager.pdsUrl?.toString() ?? null;
    const { session: _old, ...rest } = this.#credentials;
    return s
      ? {
          ...rest,
          did: s.did,
          session: { did: s.did, handle: s.handle, accessJwt: s.accessJwt, refreshJwt: s.refreshJwt, pdsUrl },
        }
      : rest;
  }

  /** Waits until every refreshed session has been handed to `saveCredentials`. */
  async flush(): Promise<void> {
    while (this.#pendingSaves.length > 0) await this.#pendingSaves.shift();
  }

  /** Maps any failure of this client's calls, redacting this account's secrets. */
  error(err: unknown, write: boolean): ConnectorError {
    const s = this.#agent.session;
    const secrets = [this.#credentials.appPassword, s?.accessJwt, s?.refreshJwt].filter(
      (x): x is string => typeof x === 'string',
    );
    return mapBlueskyError(err, { write, secrets });
  }

  #onSession(event: string, data: AtpSessionData | undefined): void {
    if (!this.#account || (event !== 'create' && event !== 'update' && event !== 'expired')) return;
    if (data) this.#credentials = { ...this.#credentials, did: data.did };
    const next = this.credentials();
    const account = this.#account;
    this.#pendingSaves.push(account.saveCredentials(next));
  }

  /** Text with facets: links and hashtags found locally, mentions resolved to DIDs by the server. */
  async richText(text: string): Promise<RichText> {
    const rt = new RichText({ text });
    await this.call(() => rt.detectFacets(this.#agent), false);
    return rt;
  }

  async uploadImage(data: Uint8Array, mimeType: string): Promise<BlobRef> {
    const res = await this.call(() => this.#agent.uploadBlob(data, { encoding: mimeType }), true);
    return res.data.blob;
  }

  /** Creates a post under a fixed record key; throws when the key is taken (the PDS answers 500). */
  async createPost(rkey: string, record: Record<string, unknown>): Promise<StrongRef> {
    const res = await this.call(
      () =>
        this.#agent.com.atproto.repo.createRecord({
          repo: this.did,
          collection: POST_COLLECTION,
          rkey,
          record: { ...record, $type: POST_COLLECTION },
          validate: true,
        }),
      true,
    );
    return { uri: res.data.uri, cid: res.data.cid };
  }

  /** Our post under `rkey`, straight from the PDS (no AppView lag); null when there is none. */
  async getOwnPost(rkey: string): Promise<{ ref: StrongRef; record: Record<string, unknown> } | null> {
    try {
      const res = await this.call(
        () => this.#agent.com.atproto.repo.getRecord({ repo: this.did, collection: POST_COLLECTION, rkey }),
        false,
      );
      if (!res.data.cid) return null;
      return {
        ref: { uri: res.data.uri, cid: res.data.cid },
        record: res.data.value,
      };
    } catch (err) {
      if (err instanceof ConnectorError && err.kind === 'not_found') return null;
      throw err;
    }
  }

  /** Deletes our post under `rkey`; the PDS treats a missing record as done. */
  async deleteOwnPost(rkey: string): Promise<void> {
    await this.call(
      () => this.#agent.com.atproto.repo.deleteRecord({ repo: this.did, collection: POST_COLLECTION, rkey }),
      true,
    );
  }

  /** Post views with their counts, from the AppView; posts it does not know are left out. */
  async getPosts(uris: readonly string[]): Promise<AppBskyFeedDefs.PostView[]> {
    const out: AppBskyFeedDefs.PostView[] = [];
    for (let i = 0; i < uris.length; i += 25) {
      const chunk = uris.slice(i, i + 25);
      const res = await this.call(() => this.#agent.app.bsky.feed.getPosts({ uris: chunk }), false);
      out.push(...res.data.posts);
    }
    return out;
  }

  async getProfile(actor = this.did): Promise<AppBskyActorDefs.ProfileViewDetailed> {
    const res = await this.call(() => this.#agent.app.bsky.actor.getProfile({ actor }), false);
    return res.data;
  }

  /** A post and the replies below it (`depth` levels), from the AppView; not found → not_found error. */
  async getPostThread(uri: string, depth: number): Promise<unknown> {
    const res = await this.call(
      () => this.#agent.app.bsky.feed.getPostThread({ uri, depth, parentHeight: 0 }),
      false,
    );
    return res.data.thread;
  }

  /** One page of notifications, newest first; never marks them as seen (the user's app does that). */
  async listNotifications(
    cursor: string | undefined,
    limit: number,
  ): Promise<{
    notifications: AppBskyNotificationListNotifications.Notification[];
    cursor: string | undefined;
  }> {
    const res = await this.call(
      () => this.#agent.app.bsky.notification.listNotifications({ cursor, limit }),
      false,
    );
    return { notifications: res.data.notifications, cursor: res.data.cursor };
  }
}

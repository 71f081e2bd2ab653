import { z } from 'zod';
import { createMastodonConnector } from '../../../src/modules/publishing/connectors/mastodon/mastodon.connector.js';
import type { Credentials } from '../../../src/modules/publishing/connectors/connector.port.js';
import type { ContractPeer, ContractTools, PeerActor, PeerPost } from '../support/peer.js';
import { solidPng } from '../support/png.js';
import { MastodonEmulator } from './emulator-server.js';

// The Mastodon side of the connector contract: the in-repo emulator, the account we publish from, and
// another account acting through the emulator's REST API with its own token, as a Mastodon client
// would. Posts are read back from the emulator's store, never through the connector under test.

function actor(emulator: MastodonEmulator, id: string, username: string, token: string): PeerActor {
  const call = async (method: string, path: string, body?: unknown): Promise<{ id: string }> => {
    const res = await fetch(emulator.baseUrl + path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return z.object({ id: z.string() }).parse(await res.json());
  };
  const mentionOfAuthor = (statusId: string): string => {
    const s = emulator.state.statuses.get(statusId);
    const author = s ? emulator.state.accounts.get(s.accountId) : undefined;
    return author ? `@${author.username} ` : '';
  };
  return {
    remoteId: id,
    handle: `${username}@${new URL(emulator.baseUrl).host}`,
    mention: `@${username}`,
    like: async (statusId) => void (await call('POST', `/api/v1/statuses/${statusId}/favourite`)),
    repost: async (statusId) => void (await call('POST', `/api/v1/statuses/${statusId}/reblog`)),
    // Like Mastodon's own composer, a reply starts by mentioning the author it answers: that mention
    // is what notifies them.
    reply: async (statusId, text) =>
      (
        await call('POST', '/api/v1/statuses', {
          status: `${mentionOfAuthor(statusId)}${text}`,
          in_reply_to_id: statusId,
        })
      ).id,
    // Mastodon quotes a status by linking it in the text.
    quote: async (statusId, text) => {
      const s = emulator.state.statuses.get(statusId);
      const author = s ? emulator.state.accounts.get(s.accountId) : undefined;
      return (
        await call('POST', '/api/v1/statuses', {
          status: `${text} ${emulator.baseUrl}/@${author?.username}/${statusId}`,
        })
      ).id;
    },
    post: async (text) => (await call('POST', '/api/v1/statuses', { status: text })).id,
    follow: async (accountId) => void (await call('POST', `/api/v1/accounts/${accountId}/follow`)),
  };
}

/** Starts a Mastodon emulator with two accounts and returns the contract peer around it. */
export async function startMastodonPeer(
  tools: ContractTools,
): Promise<ContractPeer & { emulator: MastodonEmulator }> {
  const emulator = await MastodonEmulator.start();
  const st = emulator.state;
  const main = st.createAccount('alice', 'Alice Presence');
  const other = st.createAccount('bob', 'Bob Reader');
  const connectInput: Credentials = { instanceUrl: emulator.baseUrl, accessToken: main.token };
  const host = new URL(emulator.baseUrl).host;
  return {
    emulator,
    connector: createMastodonConnector({
      fetch: tools.faults.fetch,
      logger: tools.logger,
      timeoutMs: 15_000,
    }),
    connectInput,
    badConnectInput: { ...connectInput, accessToken: 'not-a-valid-token-0123456789abcdef' },
    main: { remoteId: main.account.id, handle: `alice@${host}`, mention: '@alice' },
    other: actor(emulator, other.account.id, 'bob', other.token),
    isPublishWrite: (r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/statuses',
    async readPost(remoteId): Promise<PeerPost | null> {
      const s = st.statuses.get(remoteId);
      if (!s || s.accountId !== main.account.id) return null;
      const parentOf = (id: string | null): string | null =>
        id ? (st.statuses.get(id)?.inReplyToId ?? null) : null;
      let root: string | null = s.inReplyToId;
      while (root && parentOf(root)) root = parentOf(root);
      return {
        remoteId,
        text: s.source,
        links: s.links,
        mentions: s.mentionIds,
        tags: s.tags,
        images: s.mediaIds.map((id) => ({ altText: st.media.get(id)?.description ?? '' })),
        replyTo: s.inReplyToId,
        root,
      };
    },
    async countPosts(text) {
      return [...st.statuses.values()].filter((s) => s.accountId === main.account.id && s.source === text)
        .length;
    },
    secretsOf(credentials) {
      const token = z.object({ accessToken: z.string().optional() }).parse(credentials).accessToken;
      return token ? [token] : [];
    },
    // Mastodon access tokens do not expire: there is no session to spoil and refresh.
    spoilSession: () => null,
    async revokeAccess() {
      emulator.revokeToken(main.token);
    },
    image: { mimeType: 'image/png', data: solidPng(8, 6, [30, 90, 200]), width: 8, height: 6 },
    stop: () => emulator.stop(),
  };
}

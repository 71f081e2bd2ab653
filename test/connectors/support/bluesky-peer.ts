import { AtpAgent, RichText } from '@atproto/api';
import { z } from 'zod';
import { createBlueskyConnector } from '../../../src/modules/publishing/connectors/bluesky/bluesky.connector.js';
import type { Credentials } from '../../../src/modules/publishing/connectors/connector.port.js';
import { startAtprotoNetwork, type AtprotoNetwork, type TestAccount } from './atproto-network.js';
import type { ContractPeer, ContractTools, PeerActor, PeerPost } from './peer.js';
import { solidPng } from './png.js';

// The Bluesky side of the connector contract: a real local AT Protocol network, the account we
// publish from, and another account acting straight through @atproto/api. Posts are read back from
// the PDS (the source of truth), never through the connector under test.

const Feature = z.object({
  $type: z.string(),
  uri: z.string().optional(),
  did: z.string().optional(),
  tag: z.string().optional(),
});
const PostRecord = z.object({
  text: z.string(),
  facets: z.array(z.object({ features: z.array(Feature) })).optional(),
  embed: z.object({ images: z.array(z.object({ alt: z.string() })).optional() }).optional(),
  reply: z.object({ root: z.object({ uri: z.string() }), parent: z.object({ uri: z.string() }) }).optional(),
});

function parseUri(uri: string): { repo: string; rkey: string } {
  const m = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/.exec(uri);
  if (!m) throw new Error(`Not a post URI: ${uri}`);
  return { repo: m[1]!, rkey: m[2]! };
}

async function getPost(
  agent: AtpAgent,
  uri: string,
): Promise<{ uri: string; cid: string; value: unknown } | null> {
  const { repo, rkey } = parseUri(uri);
  try {
    const res = await agent.com.atproto.repo.getRecord({ repo, collection: 'app.bsky.feed.post', rkey });
    return { uri: res.data.uri, cid: res.data.cid!, value: res.data.value };
  } catch (err) {
    if (
      err instanceof Error &&
      /RecordNotFound|Could not locate/.test(`${(err as { error?: string }).error} ${err.message}`)
    )
      return null;
    throw err;
  }
}

function actor(account: TestAccount): PeerActor {
  const agent = account.agent;
  const strongRef = async (uri: string): Promise<{ uri: string; cid: string; value: unknown }> => {
    const post = await getPost(agent, uri);
    if (!post) throw new Error(`No post ${uri}`);
    return post;
  };
  const withFacets = async (text: string): Promise<{ text: string; facets: RichText['facets'] }> => {
    const rt = new RichText({ text });
    await rt.detectFacets(agent);
    return { text: rt.text, facets: rt.facets };
  };
  let following = false;
  return {
    remoteId: account.did,
    handle: account.handle,
    mention: `@${account.handle}`,
    async like(uri) {
      const ref = await strongRef(uri);
      await agent.like(ref.uri, ref.cid);
    },
    async repost(uri) {
      const ref = await strongRef(uri);
      await agent.repost(ref.uri, ref.cid);
    },
    async reply(uri, text) {
      const parent = await strongRef(uri);
      const parsed = PostRecord.safeParse(parent.value);
      const root = parsed.success && parsed.data.reply ? await strongRef(parsed.data.reply.root.uri) : parent;
      const res = await agent.post({
        ...(await withFacets(text)),
        reply: { root: { uri: root.uri, cid: root.cid }, parent: { uri: parent.uri, cid: parent.cid } },
      });
      return res.uri;
    },
    async quote(uri, text) {
      const ref = await strongRef(uri);
      const res = await agent.post({
        ...(await withFacets(text)),
        embed: { $type: 'app.bsky.embed.record', record: { uri: ref.uri, cid: ref.cid } },
      });
      return res.uri;
    },
    async post(text) {
      return (await agent.post(await withFacets(text))).uri;
    },
    async follow(did) {
      if (following) return;
      await agent.follow(did);
      following = true;
    },
  };
}

/** Starts a local AT Protocol network with two accounts and returns the contract peer around it. */
export async function startBlueskyPeer(
  tools: ContractTools,
): Promise<ContractPeer & { network: AtprotoNetwork }> {
  const network = await startAtprotoNetwork();
  try {
    const main = await network.createAccount('alice');
    const other = await network.createAccount('bob');
    const reader = new AtpAgent({ service: network.pdsUrl });
    const connectInput: Credentials = {
      service: network.pdsUrl,
      identifier: main.handle,
      appPassword: main.appPassword,
    };
    return {
      network,
      connector: createBlueskyConnector({
        fetch: tools.faults.fetch,
        logger: tools.logger,
        timeoutMs: 15_000,
      }),
      connectInput,
      badConnectInput: { ...connectInput, appPassword: 'abcd-efgh-ijkl-mnop' },
      main: { remoteId: main.did, handle: main.handle, mention: `@${main.handle}` },
      other: actor(other),
      isPublishWrite: (r) => new URL(r.url).pathname === '/xrpc/com.atproto.repo.createRecord',
      async readPost(remoteId): Promise<PeerPost | null> {
        const post = await getPost(reader, remoteId);
        if (!post) return null;
        const record = PostRecord.parse(post.value);
        const features = (record.facets ?? []).flatMap((f) => f.features);
        const of = (type: string, pick: (f: z.infer<typeof Feature>) => string | undefined): string[] =>
          features.filter((f) => f.$type === `app.bsky.richtext.facet#${type}`).flatMap((f) => pick(f) ?? []);
        return {
          remoteId,
          text: record.text,
          links: of('link', (f) => f.uri),
          mentions: of('mention', (f) => f.did),
          tags: of('tag', (f) => f.tag),
          images: (record.embed?.images ?? []).map((i) => ({ altText: i.alt })),
          replyTo: record.reply?.parent.uri ?? null,
          root: record.reply?.root.uri ?? null,
        };
      },
      async countPosts(text) {
        let count = 0;
        let cursor: string | undefined;
        do {
          const res = await reader.com.atproto.repo.listRecords({
            repo: main.did,
            collection: 'app.bsky.feed.post',
            limit: 100,
            cursor,
          });
          count += res.data.records.filter((r) => PostRecord.safeParse(r.value).data?.text === text).length;
          cursor = res.data.records.length > 0 ? res.data.cursor : undefined;
        } while (cursor);
        return count;
      },
      secretsOf(credentials) {
        const parsed = z
          .object({
            appPassword: z.string().optional(),
            session: z.object({ accessJwt: z.string(), refreshJwt: z.string() }).optional(),
          })
          .parse(credentials);
        return [parsed.appPassword, parsed.session?.accessJwt, parsed.session?.refreshJwt].filter(
          (s): s is string => typeof s === 'string',
        );
      },
      spoilSession(credentials) {
        const session = z
          .object({ session: z.looseObject({ accessJwt: z.string() }) })
          .parse(credentials).session;
        return {
          ...credentials,
          session: { ...session, accessJwt: `${session.accessJwt.slice(0, -8)}AAAAAAAA` },
        };
      },
      async revokeAccess() {
        await main.agent.com.atproto.server.revokeAppPassword({ name: main.appPasswordName });
      },
      image: { mimeType: 'image/png', data: solidPng(8, 6, [200, 30, 30]), width: 8, height: 6 },
      async stop() {
        const memory = network.memory();
        const mb = (b: number): string => `${Math.round(b / 1024 / 1024)} MB`;
        console.info(
          `[atproto-network] started in ${network.startMs} ms` +
            (memory ? `; RSS ${mb(memory.rssBytes)}, peak ${mb(memory.peakBytes)}` : ''),
        );
        await network.stop();
      },
    };
  } catch (err) {
    await network.stop();
    throw err;
  }
}

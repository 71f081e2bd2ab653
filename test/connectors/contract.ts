import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConnectedAccount,
  Credentials,
  Interaction,
  PublishRequest,
} from '../../src/modules/publishing/connectors/connector.port.js';
import { ConnectorError } from '../../src/modules/publishing/connectors/connector.errors.js';
import { FaultyFetch } from './support/faulty-fetch.js';
import type { ContractPeer, ContractTools } from './support/peer.js';

// The tests every NetworkConnector passes against its peer (a real local network or an emulator that
// follows the network's documented API). A network's test file is one call:
//   runConnectorContract('bluesky', (tools) => startBlueskyPeer(tools));
// The peer starts once per file (beforeAll) and stops after it (afterAll). Tests run in order and
// each uses its own texts and idempotency keys.

const SETUP_TIMEOUT_MS = 180_000;
const TEST_TIMEOUT_MS = 60_000;
// How long an indexed view (metrics, notifications) may take to catch up with a write.
const SETTLE_TIMEOUT_MS = 30_000;

/** Retries `check` until it passes or `timeoutMs` runs out; rethrows the last failure. */
async function eventually<T>(check: () => Promise<T>, timeoutMs = SETTLE_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Waits until the network's read side (metrics) reports the post as present, or as gone. */
async function untilVisible(
  peer: ContractPeer,
  account: ConnectedAccount,
  remoteId: string,
  present: boolean,
) {
  await eventually(async () => {
    const [reading] = await peer.connector.readPostMetrics(account, [remoteId]);
    expect(reading?.metrics === null).toBe(!present);
  });
}

async function rejection(promise: Promise<unknown>): Promise<ConnectorError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ConnectorError);
    return err as ConnectorError;
  }
  throw new Error('Expected the operation to fail');
}

/** Runs the connector contract against the peer that `setup` starts. */
export function runConnectorContract(
  name: string,
  setup: (tools: ContractTools) => Promise<ContractPeer>,
): void {
  describe(
    `${name} connector contract`,
    () => {
      const logs: string[] = [];
      const tools: ContractTools = {
        faults: new FaultyFetch(),
        logger: {
          debug: (fields, message) => logs.push(JSON.stringify({ fields, message })),
          warn: (fields, message) => logs.push(JSON.stringify({ fields, message })),
        },
      };
      let peer: ContractPeer;
      let account: ConnectedAccount & { saves: number };
      const run = crypto.randomBytes(4).toString('hex');
      let n = 0;
      const unique = (label: string): string => `${label} ${run}-${++n}`;
      const key = (): string => `contract-${run}-${++n}`;
      const single = (text: string, idempotencyKey = key()): PublishRequest => ({
        idempotencyKey,
        parts: [{ text }],
      });
      const accountFrom = (credentials: Credentials): ConnectedAccount & { saves: number } => {
        const a = {
          credentials,
          saves: 0,
          saveCredentials: async (next: Credentials) => {
            a.credentials = next;
            a.saves++;
          },
        };
        return a;
      };

      beforeAll(async () => {
        peer = await setup(tools);
      }, SETUP_TIMEOUT_MS);

      afterAll(async () => {
        await peer?.stop();
      }, SETUP_TIMEOUT_MS);

      it('connects with valid credentials and names the account', async () => {
        const { credentials, profile } = await peer.connector.connect(peer.connectInput);
        expect(profile.remoteId).toBe(peer.main.remoteId);
        expect(profile.handle).toBe(peer.main.handle);
        expect(profile.profileUrl).toMatch(/^https?:\/\//);
        account = accountFrom(credentials);
        expect(await peer.connector.checkCredentials(account)).toMatchObject({
          status: 'valid',
          reason: 'ok',
        });
      });

      it('rejects bad credentials with an auth error, and reports them as needing a reconnect', async () => {
        const err = await rejection(peer.connector.connect(peer.badConnectInput));
        expect(err.kind).toBe('auth');
        for (const secret of peer.secretsOf(peer.badConnectInput))
          expect(JSON.stringify(err)).not.toContain(secret);
        const health = await peer.connector.checkCredentials(accountFrom(peer.badConnectInput));
        expect(health.status).toBe('needs_reconnect');
        expect(health.reason).toBe('credentials_rejected');
      });

      it('publishes a post that exists once, with our text', async () => {
        const text = unique('Hello from the contract suite');
        const result = await peer.connector.publish(account, single(text));
        expect(result.url).toMatch(/^https?:\/\//);
        expect(result.parts).toEqual([{ remoteId: result.remoteId, url: result.url }]);
        expect(await peer.countPosts(text)).toBe(1);
        expect((await peer.readPost(result.remoteId))?.text).toBe(text);
      });

      it('publishes once when the same idempotency key is used twice', async () => {
        const request = single(unique('Published twice, stored once'));
        const first = await peer.connector.publish(account, request);
        const second = await peer.connector.publish(account, request);
        expect(second.remoteId).toBe(first.remoteId);
        expect(await peer.countPosts(request.parts[0]!.text)).toBe(1);
      });

      it('settles a publish whose response was lost without making a second post', async () => {
        const request = single(unique('Response lost on the way back'));
        tools.faults.loseNextResponse((r) => peer.isPublishWrite(r));
        const first = await peer.connector.publish(account, request).catch((err: unknown) => err);
        if (first instanceof Error) expect(first).toMatchObject({ kind: 'unknown_outcome' });
        const second = await peer.connector.publish(account, request);
        if (!(first instanceof Error)) expect(second.remoteId).toBe((first as { remoteId: string }).remoteId);
        expect(await peer.countPosts(request.parts[0]!.text)).toBe(1);
      });

      it('reports an unknown outcome, then finds the post before any retry', async () => {
        const request = single(unique('Network gone after the write'));
        expect(await peer.connector.findPublished(account, request)).toEqual({ status: 'absent' });
        tools.faults.loseNextResponse((r) => peer.isPublishWrite(r), { thenRefuse: true });
        const err = await rejection(peer.connector.publish(account, request));
        tools.faults.restore();
        expect(err.kind).toBe('unknown_outcome');
        const found = await peer.connector.findPublished(account, request);
        expect(found.status).toBe('published');
        const retried = await peer.connector.publish(account, request);
        expect(found.status === 'published' && found.result.remoteId).toBe(retried.remoteId);
        expect(await peer.countPosts(request.parts[0]!.text)).toBe(1);
      });

      it('publishes a thread, each part answering the previous one, once', async () => {
        const texts = [unique('Thread 1/3'), unique('Thread 2/3'), unique('Thread 3/3')];
        const request: PublishRequest = { idempotencyKey: key(), parts: texts.map((text) => ({ text })) };
        if (!peer.connector.capabilities.threads.supported) {
          expect(peer.connector.validate(request).map((p) => p.code)).toContain('threads_unsupported');
          return;
        }
        const result = await peer.connector.publish(account, request);
        const ids = result.parts.map((p) => p.remoteId);
        expect(ids).toHaveLength(3);
        const posts = await Promise.all(ids.map((id) => peer.readPost(id)));
        expect(posts.map((p) => p?.text)).toEqual(texts);
        expect(posts[0]?.replyTo).toBeNull();
        expect(posts[1]).toMatchObject({ replyTo: ids[0], root: ids[0] });
        expect(posts[2]).toMatchObject({ replyTo: ids[1], root: ids[0] });
        const again = await peer.connector.publish(account, request);
        expect(again.parts.map((p) => p.remoteId)).toEqual(ids);
        for (const text of texts) expect(await peer.countPosts(text)).toBe(1);
      });

      it('adds a first comment under the post where the network has one', async () => {
        const request: PublishRequest = {
          idempotencyKey: key(),
          parts: [{ text: unique('Post with a first comment') }],
          firstComment: { text: unique('The first comment') },
        };
        if (peer.connector.capabilities.firstComment === 'none') {
          expect(peer.connector.validate(request).map((p) => p.code)).toContain('first_comment_unsupported');
          return;
        }
        const result = await peer.connector.publish(account, request);
        expect(result.firstComment).not.toBeNull();
        const comment = await peer.readPost(result.firstComment!.remoteId);
        expect(comment).toMatchObject({ text: request.firstComment!.text, replyTo: result.remoteId });
      });

      it('turns links, mentions and hashtags into rich text', async () => {
        const tag = `presence${run}`;
        const text = `${unique('Rich text for')} ${peer.other.mention} https://example.com/page?x=1 #${tag}`;
        const result = await peer.connector.publish(account, single(text));
        const post = await peer.readPost(result.remoteId);
        expect(post?.text).toBe(text);
        expect(post?.links).toContain('https://example.com/page?x=1');
        expect(post?.mentions).toContain(peer.other.remoteId);
        expect(post?.tags).toContain(tag);
      });

      it('publishes an image with its alt text', async () => {
        const altText = unique('A small red square');
        const result = await peer.connector.publish(account, {
          idempotencyKey: key(),
          parts: [{ text: unique('Picture'), media: [{ kind: 'image', altText, ...peer.image }] }],
        });
        expect((await peer.readPost(result.remoteId))?.images).toEqual([{ altText }]);
      });

      it('deletes a post, and deleting it again succeeds', async () => {
        const request = single(unique('To be deleted'));
        const result = await peer.connector.publish(account, request);
        await untilVisible(peer, account, result.remoteId, true);
        await peer.connector.delete(account, result.remoteId);
        expect(await peer.readPost(result.remoteId)).toBeNull();
        expect(await peer.countPosts(request.parts[0]!.text)).toBe(0);
        await peer.connector.delete(account, result.remoteId);
        await untilVisible(peer, account, result.remoteId, false);
        expect(await peer.connector.readPostMetrics(account, [result.remoteId])).toEqual([
          { remoteId: result.remoteId, metrics: null },
        ]);
      });

      it('reads post metrics after another account reacts', async () => {
        const result = await peer.connector.publish(account, single(unique('Please react')));
        await peer.other.like(result.remoteId);
        await peer.other.repost(result.remoteId);
        await peer.other.reply(result.remoteId, unique('A reply'));
        await peer.other.quote(result.remoteId, unique('A quote'));
        const wanted = { likes: 1, reposts: 1, replies: 1, quotes: 1 };
        const expected = Object.fromEntries(
          Object.entries(wanted).filter(([k]) =>
            (peer.connector.capabilities.metrics.post as string[]).includes(k),
          ),
        );
        const [reading] = await eventually(async () => {
          const r = await peer.connector.readPostMetrics(account, [result.remoteId]);
          expect(r[0]?.metrics?.values).toMatchObject(expected);
          return r;
        });
        expect(reading?.metrics?.observedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      });

      it('reads interactions since a cursor, each once', async () => {
        let cursor = (await peer.connector.readInteractionsSince(account, null)).nextCursor;
        const post = await peer.connector.publish(account, single(unique('Talk to me')));
        await peer.other.like(post.remoteId);
        const replyText = unique('Replying to you');
        const replyId = await peer.other.reply(post.remoteId, replyText);
        const mentionText = `${unique('Mentioning')} ${peer.main.mention}`;
        const mentionId = await peer.other.post(mentionText);
        await peer.other.follow(peer.main.remoteId);

        const seen: Interaction[] = [];
        const has = (kind: string, pred: (i: Interaction) => boolean = () => true): boolean =>
          seen.some((i) => i.kind === kind && pred(i));
        await eventually(async () => {
          const page = await peer.connector.readInteractionsSince(account, cursor);
          seen.push(...page.items);
          cursor = page.nextCursor;
          expect(
            has(
              'like',
              (i) => i.subjectRemoteId === post.remoteId && i.author.remoteId === peer.other.remoteId,
            ),
          ).toBe(true);
          expect(
            has(
              'reply',
              (i) => i.remoteId === replyId && i.text === replyText && i.parentRemoteId === post.remoteId,
            ),
          ).toBe(true);
          expect(has('mention', (i) => i.remoteId === mentionId && i.text === mentionText)).toBe(true);
          expect(has('follow', (i) => i.author.remoteId === peer.other.remoteId)).toBe(true);
        });
        const ids = seen.map((i) => i.remoteId);
        expect(new Set(ids).size).toBe(ids.length);
        const after = await peer.connector.readInteractionsSince(account, cursor);
        expect(after.items.filter((i) => ids.includes(i.remoteId))).toEqual([]);
        for (const i of seen) expect(i.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      });

      it('reads account metrics', async () => {
        await peer.other.follow(peer.main.remoteId);
        const metrics = await eventually(async () => {
          const m = await peer.connector.readAccountMetrics(account);
          expect(m.values.followers).toBeGreaterThanOrEqual(1);
          expect(m.values.posts).toBeGreaterThanOrEqual(1);
          return m;
        });
        for (const name of peer.connector.capabilities.metrics.account)
          expect(metrics.values[name]).toBeTypeOf('number');
      });

      it('replies to a post, once per idempotency key, and not to a post that is gone', async () => {
        const theirs = await peer.other.post(unique('A question for you') + ` ${peer.main.mention}`);
        const request = { idempotencyKey: key(), inReplyTo: theirs, part: { text: unique('Our answer') } };
        const reply = await eventually(() => peer.connector.reply(account, request));
        expect(await peer.readPost(reply.remoteId)).toMatchObject({
          text: request.part.text,
          replyTo: theirs,
        });
        expect((await peer.connector.reply(account, request)).remoteId).toBe(reply.remoteId);
        expect(await peer.countPosts(request.part.text)).toBe(1);

        const gone = await peer.connector.publish(account, single(unique('Soon gone')));
        // Indexed views lag the network's writes: wait for the post to show, then for its deletion.
        await untilVisible(peer, account, gone.remoteId, true);
        await peer.connector.delete(account, gone.remoteId);
        await untilVisible(peer, account, gone.remoteId, false);
        const lost = { idempotencyKey: key(), inReplyTo: gone.remoteId, part: { text: 'Hello?' } };
        expect((await rejection(peer.connector.reply(account, lost))).kind).toBe('not_found');
      });

      it('refuses over-long text as invalid content before any network call', async () => {
        const max = peer.connector.capabilities.text.maxLength;
        const request = single('a'.repeat(max + 1));
        expect(peer.connector.validate(request)).toEqual([
          expect.objectContaining({
            code: 'text_too_long',
            path: 'parts.0.text',
            limit: max,
            actual: max + 1,
          }),
        ]);
        expect(peer.connector.validate(single('a'.repeat(max)))).toEqual([]);
        const before = tools.faults.requests;
        const err = await rejection(peer.connector.publish(account, request));
        expect(err.kind).toBe('invalid_content');
        expect(err.problems[0]?.code).toBe('text_too_long');
        const replyErr = await rejection(
          peer.connector.reply(account, {
            idempotencyKey: key(),
            inReplyTo: 'anything',
            part: { text: 'a'.repeat(max + 1) },
          }),
        );
        expect(replyErr.kind).toBe('invalid_content');
        expect(tools.faults.requests).toBe(before);
      });

      it('replaces a rejected session token and hands the new credentials back for storage', async () => {
        const spoiled = peer.spoilSession(account.credentials);
        if (spoiled === null) {
          expect(peer.connector.capabilities.text.maxLength).toBeGreaterThan(0);
          return;
        }
        const a = accountFrom(spoiled);
        const result = await peer.connector.publish(a, single(unique('After a token refresh')));
        expect(await peer.countPosts((await peer.readPost(result.remoteId))!.text)).toBe(1);
        expect(a.saves).toBeGreaterThanOrEqual(1);
        expect(a.credentials).not.toEqual(spoiled);
        expect(await peer.connector.checkCredentials(a)).toMatchObject({ status: 'valid' });
        account = a;
      });

      it('reports access revoked on the network as needing a reconnect', async () => {
        await peer.revokeAccess();
        const health = await peer.connector.checkCredentials(account);
        expect(health).toMatchObject({ status: 'needs_reconnect', reason: 'credentials_rejected' });
        expect((await rejection(peer.connector.connect(peer.connectInput))).kind).toBe('auth');
      });

      it('never writes a secret to its logs', () => {
        expect(logs.length).toBeGreaterThan(0);
        const secrets = [...peer.secretsOf(account.credentials), ...peer.secretsOf(peer.connectInput)];
        expect(secrets.length).toBeGreaterThan(0);
        for (const line of logs) for (const secret of secrets) expect(line).not.toContain(secret);
      });
    },
    TEST_TIMEOUT_MS,
  );
}

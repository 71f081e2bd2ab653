import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import { SecretBox } from '../../src/core/secrets.js';
import { InboxIngestor } from '../../src/modules/inbox/ingest/inbox-ingest.service.js';
import { createMastodonConnector } from '../../src/modules/publishing/connectors/mastodon/mastodon.connector.js';
import { ConnectedAccountsRepository } from '../../src/modules/publishing/scheduler/connected-accounts.repository.js';
import { PostsRepository } from '../../src/modules/publishing/scheduler/posts.repository.js';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import type { EmuAccount } from '../connectors/mastodon/emulator-state.js';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../support/databases.js';
import { TEST_SECRET } from '../publishing/support/seed.js';
import { connectEmulatorAccount, emuStatus } from './support.js';

const status = emuStatus;

describe.each(DIALECTS)('inbox ingestion from the Mastodon emulator on %s', (dialect) => {
  let tdb: TestDatabase;
  let emulator: MastodonEmulator;
  let alice: { account: EmuAccount; token: string };
  let bob: { account: EmuAccount; token: string };
  const secrets = new SecretBox(TEST_SECRET);
  const connector = createMastodonConnector({ timeoutMs: 10_000 });

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    emulator = await MastodonEmulator.start();
    alice = emulator.state.createAccount('alice', 'Alice Presence');
    bob = emulator.state.createAccount('bob', 'Bob Reader');
  });
  afterAll(async () => {
    await emulator.stop();
    await tdb.drop();
  });

  const ingestor = () =>
    new InboxIngestor({ db: tdb.database.db, secrets, clock: systemClock, connectorFor: () => connector });

  /** A workspace with alice's account connected at `connectedAt`. */
  const connect = (connectedAt: string, token = alice.token) =>
    connectEmulatorAccount(tdb.database.db, secrets, emulator, alice, { connectedAt, token });

  /** Our post on the network, known to Presence as a published variant. */
  async function publishedPost(ws: { workspaceId: string; accountId: string }, text: string) {
    const s = emulator.state.postStatus(alice.account, status(text), null);
    const posts = new PostsRepository(tdb.database.db);
    const now = new Date().toISOString();
    const post = await posts.createPost({ id: newId(), workspaceId: ws.workspaceId, title: text, now });
    const variantId = newId();
    await posts.createVariants([
      {
        id: variantId,
        workspaceId: ws.workspaceId,
        postId: post.id,
        accountId: ws.accountId,
        text,
        status: 'published',
        now,
      },
    ]);
    await tdb.database.db
      .updateTable('post_variants')
      .set({ remote_id: s.id })
      .where('id', '=', variantId)
      .execute();
    return { statusId: s.id, variantId };
  }

  it('stores a reply once, threaded on our post, classified, with its clock', async () => {
    const ws = await connect(new Date(Date.now() - 60_000).toISOString());
    const ours = await publishedPost(ws, 'Our winter collection is out');
    await ingestor().pollAccount(ws.workspaceId, ws.accountId); // first poll: sets the cursor
    const reply = emulator.state.postStatus(
      bob.account,
      status('@alice Do you ship to Canada?', ours.statusId),
      null,
    );

    const first = await ingestor().pollAccount(ws.workspaceId, ws.accountId);
    expect(first).toMatchObject({ inserted: 1, error: null });
    const items = await tdb.database.db
      .selectFrom('inbox_items')
      .selectAll()
      .where('workspace_id', '=', ws.workspaceId)
      .execute();
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item).toMatchObject({
      remote_id: reply.id,
      kind: 'reply',
      thread_key: ours.statusId,
      variant_id: ours.variantId,
      is_question: 1,
      language: 'en',
      state: 'new',
      target_minutes: 240,
    });
    expect(Date.parse(item.due_at!) - Date.parse(item.occurred_at)).toBe(240 * 60_000);
    const contact = await tdb.database.db
      .selectFrom('inbox_contacts')
      .selectAll()
      .where('id', '=', item.contact_id)
      .executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ network: 'mastodon', remote_id: bob.account.id });

    // A follow-up under bob's reply joins the same conversation (Mastodon only names the parent).
    emulator.state.postStatus(bob.account, status('@alice and is shipping free?', reply.id), null);
    expect((await ingestor().pollAccount(ws.workspaceId, ws.accountId)).inserted).toBe(1);
    const threads = await tdb.database.db
      .selectFrom('inbox_items')
      .select('thread_key')
      .distinct()
      .where('workspace_id', '=', ws.workspaceId)
      .execute();
    expect(threads).toEqual([{ thread_key: ours.statusId }]);

    // Polled again, and re-read from scratch: nothing twice.
    expect((await ingestor().pollAccount(ws.workspaceId, ws.accountId)).inserted).toBe(0);
    await tdb.database.db
      .updateTable('inbox_cursors')
      .set({ cursor: null })
      .where('account_id', '=', ws.accountId)
      .execute();
    const reread = await ingestor().pollAccount(ws.workspaceId, ws.accountId);
    expect(reread.fetched).toBeGreaterThan(0);
    expect(reread.inserted).toBe(0);
  });

  it('runs no clock for what arrived before the account was connected', async () => {
    emulator.state.postStatus(bob.account, status('@alice old question from last year?'), null);
    const ws = await connect(new Date(Date.now() + 60_000).toISOString());
    await ingestor().pollAccount(ws.workspaceId, ws.accountId);
    const items = await tdb.database.db
      .selectFrom('inbox_items')
      .select(['text', 'target_minutes', 'due_at'])
      .where('workspace_id', '=', ws.workspaceId)
      .execute();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.target_minutes === null && i.due_at === null)).toBe(true);
  });

  it('lets one poller at a time take an account, and backs off and flags the account on rejected credentials', async () => {
    const ws = await connect(new Date(Date.now() - 1000).toISOString(), 'revoked-token-0123456789abcdef0123');
    const [a, b] = await Promise.all([ingestor().pollDue(50), ingestor().pollDue(50)]);
    const cursor = await tdb.database.db
      .selectFrom('inbox_cursors')
      .selectAll()
      .where('account_id', '=', ws.accountId)
      .executeTakeFirstOrThrow();
    expect(a + b).toBeGreaterThanOrEqual(1);
    expect(cursor.consecutive_failures).toBe(1);
    expect(cursor.last_error).toMatch(/auth/);
    expect(cursor.lease_until).toBeNull();
    const account = await new ConnectedAccountsRepository(tdb.database.db, secrets).get(
      ws.workspaceId,
      ws.accountId,
    );
    expect(account?.healthStatus).toBe('needs_reconnect');
    // Flagged accounts are not polled until reconnected.
    expect(
      (
        await tdb.database.db
          .selectFrom('inbox_cursors')
          .select('account_id')
          .where('account_id', '=', ws.accountId)
          .execute()
      ).length,
    ).toBe(1);
    await tdb.database.db
      .updateTable('inbox_cursors')
      .set({ next_poll_at: new Date(0).toISOString() })
      .execute();
    const again = await ingestor().pollDue(50);
    const after = await tdb.database.db
      .selectFrom('inbox_cursors')
      .select('consecutive_failures')
      .where('account_id', '=', ws.accountId)
      .executeTakeFirstOrThrow();
    expect(after.consecutive_failures).toBe(1);
    expect(again).toBeGreaterThanOrEqual(0);
  });
});

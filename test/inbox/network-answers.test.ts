import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { SecretBox } from '../../src/core/secrets.js';
import { InboxIngestor } from '../../src/modules/inbox/ingest/inbox-ingest.service.js';
import { NetworkAnswersCheck } from '../../src/modules/inbox/ingest/network-answers.js';
import { createMastodonConnector } from '../../src/modules/publishing/connectors/mastodon/mastodon.connector.js';
import type { NetworkConnector } from '../../src/modules/publishing/connectors/connector.port.js';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import type { EmuAccount } from '../connectors/mastodon/emulator-state.js';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../support/databases.js';
import { TEST_SECRET } from '../publishing/support/seed.js';
import { connectEmulatorAccount, emuStatus } from './support.js';

describe.each(DIALECTS)('answers made on the network stop the clock (Mastodon emulator) on %s', (dialect) => {
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

  const deps = (c: NetworkConnector = connector) => ({
    db: tdb.database.db,
    secrets,
    clock: systemClock,
    connectorFor: () => c,
  });
  const item = (remoteId: string) =>
    tdb.database.db
      .selectFrom('inbox_items')
      .select(['id', 'first_response_at', 'first_response_source', 'answer_checked_at'])
      .where('remote_id', '=', remoteId)
      .executeTakeFirstOrThrow();

  it('stops the clock at our own reply written in the network’s app, and only then', async () => {
    const ws = await connectEmulatorAccount(tdb.database.db, secrets, emulator, alice, {
      connectedAt: new Date(Date.now() - 60_000).toISOString(),
    });
    const ingestor = new InboxIngestor(deps());
    await ingestor.pollAccount(ws.workspaceId, ws.accountId); // first poll: sets the cursor
    const ours = emulator.state.postStatus(alice.account, emuStatus('Our spring sale starts today'), null);
    const question = emulator.state.postStatus(bob.account, emuStatus('@alice Until when?', ours.id), null);
    const other = emulator.state.postStatus(bob.account, emuStatus('@alice And in stores?', ours.id), null);
    expect((await ingestor.pollAccount(ws.workspaceId, ws.accountId)).inserted).toBe(2);

    // Someone else answering bob is not our answer.
    emulator.state.postStatus(bob.account, emuStatus('@bob I think Sunday', question.id), null);
    const check = new NetworkAnswersCheck(deps());
    expect(await check.run({ recheckMinutes: 0 })).toEqual({ checked: 2, stopped: 0 });
    expect((await item(question.id)).first_response_at).toBeNull();

    // Alice answers in Mastodon itself: no notification reaches the poller…
    const answer = emulator.state.postStatus(
      alice.account,
      emuStatus('@bob Until Sunday!', question.id),
      null,
    );
    expect((await ingestor.pollAccount(ws.workspaceId, ws.accountId)).inserted).toBe(0);
    expect((await item(question.id)).first_response_at).toBeNull();
    // …the check reads the replies under the item and stops its clock at her reply.
    expect(await check.run({ recheckMinutes: 0 })).toEqual({ checked: 2, stopped: 1 });
    const answered = await item(question.id);
    expect(answered.first_response_source).toBe('network');
    expect(answered.first_response_at).toBe(answer.createdAt);
    expect((await item(other.id)).first_response_at).toBeNull();

    // The answered item is no longer read; the other one is not read again before its recheck delay.
    expect(await check.run()).toEqual({ checked: 0, stopped: 0 });
    expect(await check.run({ recheckMinutes: 0 })).toEqual({ checked: 1, stopped: 0 });
  });

  it('reads a bounded number of items per run, least recently checked first, none older than the age limit', async () => {
    const ws = await connectEmulatorAccount(tdb.database.db, secrets, emulator, alice, {
      connectedAt: new Date(Date.now() - 60_000).toISOString(),
    });
    const ingestor = new InboxIngestor(deps());
    await ingestor.pollAccount(ws.workspaceId, ws.accountId);
    const ours = emulator.state.postStatus(alice.account, emuStatus('Another post'), null);
    const ids = [1, 2, 3].map(
      (n) => emulator.state.postStatus(bob.account, emuStatus(`@alice question ${n}?`, ours.id), null).id,
    );
    await ingestor.pollAccount(ws.workspaceId, ws.accountId);
    const db = tdb.database.db;
    // Only these three are due from here on (the first poll also read the previous test's backlog).
    await db
      .updateTable('inbox_items')
      .set({ answer_checked_at: new Date().toISOString() })
      .where('remote_id', 'not in', ids)
      .execute();
    await db
      .updateTable('inbox_items')
      .set({ occurred_at: new Date(Date.now() - 8 * 86_400_000).toISOString() })
      .where('remote_id', '=', ids[2]!)
      .execute();

    let reads = 0;
    const counting: NetworkConnector = {
      ...connector,
      network: connector.network,
      capabilities: connector.capabilities,
      readReplies: (account, remoteId) => {
        reads += 1;
        return connector.readReplies!(account, remoteId);
      },
    };
    const check = new NetworkAnswersCheck(deps(counting));
    expect(await check.run({ limit: 1, recheckMinutes: 60 })).toEqual({ checked: 1, stopped: 0 });
    expect(await check.run({ limit: 1, recheckMinutes: 60 })).toEqual({ checked: 1, stopped: 0 });
    // Both recent items were read once; the 8-day-old one never.
    expect(await check.run({ limit: 1, recheckMinutes: 60 })).toEqual({ checked: 0, stopped: 0 });
    expect(reads).toBe(2);
    expect((await item(ids[0]!)).answer_checked_at).not.toBeNull();
    expect((await item(ids[1]!)).answer_checked_at).not.toBeNull();
    expect((await item(ids[2]!)).answer_checked_at).toBeNull();

    // A connector without the capability is skipped, not an error.
    // (only the members the check touches: it never calls anything but readReplies)
    const bare = { network: 'mastodon', capabilities: connector.capabilities } as unknown as NetworkConnector;
    const skipped = new NetworkAnswersCheck(deps(bare));
    expect(await skipped.run({ recheckMinutes: 0 })).toMatchObject({ stopped: 0 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import { SecretBox } from '../../src/core/secrets.js';
import { InboxIngestor } from '../../src/modules/inbox/ingest/inbox-ingest.service.js';
import { NetworkAnswersCheck } from '../../src/modules/inbox/ingest/network-answers.js';
import { createBlueskyConnector } from '../../src/modules/publishing/connectors/bluesky/bluesky.connector.js';
import { ConnectedAccountsRepository } from '../../src/modules/publishing/scheduler/connected-accounts.repository.js';
import { startAtprotoNetwork, type AtprotoNetwork } from '../connectors/support/atproto-network.js';
import { DIALECTS, createTestDatabase } from '../support/databases.js';
import { TEST_SECRET } from '../publishing/support/seed.js';

// The Bluesky half of "answered on the network": a real local AT Protocol network (PDS + AppView),
// a customer replying to the brand, the brand answering in its own app (straight through @atproto/api),
// and the check finding that answer through app.bsky.feed.getPostThread.
let network: AtprotoNetwork;
beforeAll(async () => {
  network = await startAtprotoNetwork({ timeoutMs: 180_000 });
}, 200_000);
afterAll(async () => {
  await network?.stop();
}, 60_000);

describe.each(DIALECTS)('answers made on Bluesky stop the clock on %s', (dialect) => {
  const secrets = new SecretBox(TEST_SECRET);
  const connector = createBlueskyConnector({ timeoutMs: 15_000 });

  it('stops the clock at the brand’s own reply, written outside Presence', async () => {
    const tdb = await createTestDatabase(dialect);
    try {
      const db = tdb.database.db;
      const brand = await network.createAccount('brand');
      const fan = await network.createAccount('fan');
      const connected = await connector.connect({
        service: network.pdsUrl,
        identifier: brand.handle,
        appPassword: brand.appPassword,
      });
      const connectedAt = new Date(Date.now() - 1000).toISOString();
      const workspaceId = newId();
      await db
        .insertInto('workspaces')
        .values({
          id: workspaceId,
          name: 'Brand',
          time_zone: 'Europe/Paris',
          currency: 'EUR',
          locale: 'en',
          business_hours: '{}',
          created_at: connectedAt,
          updated_at: connectedAt,
        })
        .execute();
      const accountId = newId();
      await new ConnectedAccountsRepository(db, secrets).create({
        id: accountId,
        workspaceId,
        network: 'bluesky',
        remoteId: connected.profile.remoteId,
        handle: connected.profile.handle,
        displayName: null,
        avatarUrl: null,
        profileUrl: null,
        credentials: connected.credentials,
        now: connectedAt,
      });
      const deps = { db, secrets, clock: systemClock, connectorFor: () => connector };
      const ingestor = new InboxIngestor(deps);
      await ingestor.pollAccount(workspaceId, accountId); // first poll: the cursor

      const post = await brand.agent.post({ text: 'Our workshop is open for booking' });
      const ref = { uri: post.uri, cid: post.cid };
      const question = await fan.agent.post({
        text: 'Is there parking nearby?',
        reply: { root: ref, parent: ref },
      });
      // The AppView indexes notifications asynchronously: poll until the question is in.
      await expect
        .poll(
          async () => {
            await ingestor.pollAccount(workspaceId, accountId);
            const row = await db
              .selectFrom('inbox_items')
              .select('target_minutes')
              .where('remote_id', '=', question.uri)
              .executeTakeFirst();
            return row?.target_minutes ?? null;
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .not.toBeNull();

      const check = new NetworkAnswersCheck(deps);
      expect(await check.run({ recheckMinutes: 0 })).toEqual({ checked: 1, stopped: 0 });

      // The brand answers in its own app.
      const qref = { uri: question.uri, cid: question.cid };
      const answer = await brand.agent.post({
        text: 'Yes, on the square.',
        reply: { root: ref, parent: qref },
      });
      const written = (
        await brand.agent.com.atproto.repo.getRecord({
          repo: brand.did,
          collection: 'app.bsky.feed.post',
          rkey: answer.uri.split('/').pop()!,
        })
      ).data.value as { createdAt: string };
      await expect
        .poll(async () => (await check.run({ recheckMinutes: 0 })).stopped, {
          timeout: 30_000,
          interval: 1_000,
        })
        .toBe(1);
      const item = await db
        .selectFrom('inbox_items')
        .select(['first_response_at', 'first_response_source'])
        .where('remote_id', '=', question.uri)
        .executeTakeFirstOrThrow();
      expect(item.first_response_source).toBe('network');
      expect(item.first_response_at).toBe(new Date(written.createdAt).toISOString());
    } finally {
      await tdb.drop();
    }
  }, 120_000);
});

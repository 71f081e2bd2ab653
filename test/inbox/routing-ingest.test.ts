import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import { SecretBox } from '../../src/core/secrets.js';
import { InboxIngestor } from '../../src/modules/inbox/ingest/inbox-ingest.service.js';
import { InboxRulesRepository } from '../../src/modules/inbox/rules/rules.repository.js';
import { InboxSettingsRepository } from '../../src/modules/inbox/settings/settings.repository.js';
import { createMastodonConnector } from '../../src/modules/publishing/connectors/mastodon/mastodon.connector.js';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import type { EmuAccount } from '../connectors/mastodon/emulator-state.js';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../support/databases.js';
import { TEST_SECRET } from '../publishing/support/seed.js';
import { connectEmulatorAccount, emuStatus } from './support.js';

const status = (text: string) => emuStatus(text);

describe.each(DIALECTS)('routing rules and response targets at ingestion on %s', (dialect) => {
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

  /** A workspace open one hour a day (09:00–10:00 UTC) with alice's account connected a minute ago. */
  async function connect() {
    const hours = {
      weekdays: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '09:00', end: '10:00' })),
      holidays: [],
    };
    const { workspaceId, accountId } = await connectEmulatorAccount(
      tdb.database.db,
      secrets,
      emulator,
      alice,
      {
        connectedAt: new Date(Date.now() - 60_000).toISOString(),
        timeZone: 'UTC',
        businessHours: hours,
      },
    );
    await ingestor().pollAccount(workspaceId, accountId); // places the cursor
    return { workspaceId, accountId };
  }

  async function rule(
    workspaceId: string,
    position: number,
    conditions: object,
    actions: object,
    stop = false,
  ) {
    const now = new Date().toISOString();
    await new InboxRulesRepository(tdb.database.db).insert({
      id: newId(),
      workspace_id: workspaceId,
      name: `rule ${position}`,
      enabled: 1,
      position,
      stop_processing: stop ? 1 : 0,
      conditions: JSON.stringify(conditions),
      actions: JSON.stringify(actions),
      created_at: now,
      updated_at: now,
    });
  }

  async function receive(ws: { workspaceId: string; accountId: string }, text: string) {
    const s = emulator.state.postStatus(bob.account, status(`@alice ${text}`), null);
    await ingestor().pollAccount(ws.workspaceId, ws.accountId);
    return tdb.database.db
      .selectFrom('inbox_items')
      .selectAll()
      .where('workspace_id', '=', ws.workspaceId)
      .where('remote_id', '=', s.id)
      .executeTakeFirstOrThrow();
  }

  it('applies the rules in order and the configured targets, around the clock', async () => {
    const ws = await connect();
    await rule(ws.workspaceId, 1, { keywords: ['refund'] }, { priority: 'urgent', tags: ['refund'] }, true);
    await rule(ws.workspaceId, 2, { isQuestion: true }, { tags: ['question'], priority: 'low' });
    // Unknown audience: never matches. A person who is not a member: never assigned.
    await rule(ws.workspaceId, 3, { minFollowers: 0 }, { tags: ['influencer'] });
    await rule(ws.workspaceId, 4, {}, { assigneeId: 'not-a-member', departmentId: 'no-such-department' });
    await new InboxSettingsRepository(tdb.database.db).save(
      ws.workspaceId,
      {
        clock: 'around_the_clock',
        targets: [
          { network: 'mastodon', priority: null, minutes: 90 },
          { network: 'mastodon', priority: 'urgent', minutes: 15 },
        ],
      },
      new Date().toISOString(),
    );

    const refund = await receive(ws, 'Where is my refund?');
    expect(refund).toMatchObject({
      priority: 'urgent',
      tags: '["refund"]',
      target_minutes: 15,
      state: 'new',
    });
    expect(Date.parse(refund.due_at!) - Date.parse(refund.occurred_at)).toBe(15 * 60_000);

    const question = await receive(ws, 'Do you ship to Canada?');
    expect(question).toMatchObject({
      priority: 'low',
      tags: '["question"]',
      target_minutes: 90,
      assignee_id: null,
      department_id: null,
    });
  });

  it('counts the target in business hours when the workspace says so', async () => {
    const ws = await connect();
    await new InboxSettingsRepository(tdb.database.db).save(
      ws.workspaceId,
      { clock: 'business', targets: [{ network: 'mastodon', priority: null, minutes: 30 }] },
      new Date().toISOString(),
    );
    const item = await receive(ws, 'Hello, are you open today?');
    expect(item.target_minutes).toBe(30);
    const due = new Date(item.due_at!);
    // Open 09:00–10:00 UTC only: 30 minutes of it end between 09:30 and 10:00, at least 30 minutes later.
    const minuteOfDay = due.getUTCHours() * 60 + due.getUTCMinutes();
    expect(minuteOfDay).toBeGreaterThanOrEqual(9 * 60 + 30);
    expect(minuteOfDay).toBeLessThanOrEqual(10 * 60);
    expect(due.getTime() - Date.parse(item.occurred_at)).toBeGreaterThanOrEqual(30 * 60_000);
  });
});

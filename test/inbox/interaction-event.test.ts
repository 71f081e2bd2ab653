import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInboxIngestor } from '../../src/modules/inbox/ingest/ingest.factory.js';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import type { EmuAccount } from '../connectors/mastodon/emulator-state.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { emuStatus } from './support.js';

const status = (text: string) => emuStatus(text);

// New conversations reach webhook subscribers as interaction.received; the backlog read when an
// account is first connected does not (it would flood a chat channel with old messages).
describe.each(DIALECTS)('interaction.received on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let emulator: MastodonEmulator;
  let bob: { account: EmuAccount; token: string };
  const previousAllow = process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
  const api = (path: string) => `/api/v1/workspaces/${ws}${path}`;

  beforeAll(async () => {
    process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = '1';
    emulator = await MastodonEmulator.start();
    const alice = emulator.state.createAccount('alice', 'Alice Presence');
    bob = emulator.state.createAccount('bob', 'Bob Reader');
    emulator.state.postStatus(bob.account, status('@alice an old question from before?'), null);
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    const hook = await owner.post(api('/webhooks'), {
      url: 'http://127.0.0.1:9/inbox',
      kind: 'generic',
      events: ['interaction.received'],
    });
    expect(hook.statusCode, hook.body).toBe(201);
    // Connected after the old question: that one is backlog.
    await new Promise((r) => setTimeout(r, 20));
    const res = await owner.post(api('/accounts'), {
      network: 'mastodon',
      instanceUrl: emulator.baseUrl,
      accessToken: alice.token,
    });
    expect(res.statusCode, res.body).toBe(201);
  });
  afterAll(async () => {
    if (previousAllow === undefined) delete process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
    else process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = previousAllow;
    await t.close();
    await emulator.stop();
  });

  const delivered = () =>
    t.ctx.database.db
      .selectFrom('webhook_deliveries')
      .select(['event_type', 'payload'])
      .where('workspace_id', '=', ws)
      .execute();

  it('announces a new question once, and not the backlog', async () => {
    await createInboxIngestor(t.ctx).pollDue();
    expect(await delivered()).toHaveLength(0);

    await new Promise((r) => setTimeout(r, 20));
    emulator.state.postStatus(bob.account, status('@alice do you ship to Canada?'), null);
    await t.ctx.database.db
      .updateTable('inbox_cursors')
      .set({ next_poll_at: new Date(0).toISOString() })
      .execute();
    await createInboxIngestor(t.ctx).pollDue();
    await t.ctx.database.db
      .updateTable('inbox_cursors')
      .set({ next_poll_at: new Date(0).toISOString() })
      .execute();
    await createInboxIngestor(t.ctx).pollDue();

    const rows = await delivered();
    expect(rows).toHaveLength(1);
    const payload = (
      typeof rows[0]!.payload === 'string' ? JSON.parse(rows[0]!.payload) : rows[0]!.payload
    ) as {
      type: string;
      data: { kind: string; isQuestion: boolean; authorHandle: string; text: string };
    };
    expect(payload.type).toBe('interaction.received');
    expect(payload.data).toMatchObject({
      kind: 'mention',
      isQuestion: true,
      text: '@alice do you ship to Canada?',
    });
    expect(payload.data.authorHandle).toContain('bob');
  });
});

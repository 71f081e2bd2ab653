import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInboxIngestor } from '../../src/modules/inbox/ingest/ingest.factory.js';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import type { EmuAccount } from '../connectors/mastodon/emulator-state.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

const status = (text: string, inReplyToId: string | null = null) => ({
  status: text,
  inReplyToId,
  mediaIds: [],
  visibility: null,
  spoilerText: '',
  sensitive: false,
  language: null,
});

interface ReplyJson {
  id: string;
  itemId: string;
  status: string;
  remoteId: string | null;
  url: string | null;
  sentAt: string | null;
  failure: { code: string; reason: string } | null;
}
interface DetailJson {
  data: { state: string; clock: { status: string; firstResponseAt: string | null } };
  replies: ReplyJson[];
  notes: { text: string; authorName: string | null }[];
}

describe.each(DIALECTS)('replying from Presence through the Mastodon emulator on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let emulator: MastodonEmulator;
  let alice: { account: EmuAccount; token: string };
  let bob: { account: EmuAccount; token: string };
  let accountId: string;
  const previousAllow = process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;

  beforeAll(async () => {
    process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = '1';
    emulator = await MastodonEmulator.start();
    alice = emulator.state.createAccount('alice', 'Alice Presence');
    bob = emulator.state.createAccount('bob', 'Bob Reader');
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    const res = await owner.post(`/api/v1/workspaces/${ws}/accounts`, {
      network: 'mastodon',
      instanceUrl: emulator.baseUrl,
      accessToken: alice.token,
    });
    expect(res.statusCode, res.body).toBe(201);
    accountId = res.json<{ data: { id: string } }>().data.id;
    // The first poll only places the cursor.
    await createInboxIngestor(t.ctx).pollAccount(ws, accountId);
  });
  afterAll(async () => {
    if (previousAllow === undefined) delete process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
    else process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = previousAllow;
    await t.close();
    await emulator.stop();
  });

  /** Bob writes to alice; the poller stores it; returns the item id and bob's status id. */
  async function incoming(text: string) {
    const s = emulator.state.postStatus(bob.account, status(`@alice ${text}`), null);
    await createInboxIngestor(t.ctx).pollAccount(ws, accountId);
    const item = await t.ctx.database.db
      .selectFrom('inbox_items')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('remote_id', '=', s.id)
      .executeTakeFirstOrThrow();
    return { itemId: item.id, statusId: s.id };
  }
  const answersTo = (statusId: string) =>
    [...emulator.state.statuses.values()].filter(
      (s) => s.accountId === alice.account.id && s.inReplyToId === statusId,
    );
  const detail = async (itemId: string) =>
    (await owner.get(`/api/v1/workspaces/${ws}/inbox/items/${itemId}`)).json<DetailJson>();

  it('replies once, to the right status, and stops the clock', async () => {
    const { itemId, statusId } = await incoming('Do you ship to Canada?');
    expect((await detail(itemId)).data.clock.status).toBe('running');

    const res = await owner.post(`/api/v1/workspaces/${ws}/inbox/items/${itemId}/reply`, {
      text: 'Yes, we ship to Canada!',
    });
    expect(res.statusCode, res.body).toBe(201);
    const reply = res.json<{ data: ReplyJson }>().data;
    expect(reply).toMatchObject({ status: 'sent', failure: null, itemId });
    const onNetwork = answersTo(statusId);
    expect(onNetwork).toHaveLength(1);
    expect(onNetwork[0]!.id).toBe(reply.remoteId);

    const d = await detail(itemId);
    expect(d.data.state).toBe('answered');
    expect(d.data.clock).toMatchObject({ status: 'met', firstResponseAt: reply.sentAt });
    expect(d.replies.map((r) => r.id)).toEqual([reply.id]);
    const row = await t.ctx.database.db
      .selectFrom('inbox_items')
      .select(['first_response_source', 'first_response_by'])
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    expect(row.first_response_source).toBe('presence');
    expect(row.first_response_by).not.toBeNull();

    // A sent reply cannot be retried.
    expect((await owner.post(`/api/v1/workspaces/${ws}/inbox/replies/${reply.id}/retry`)).statusCode).toBe(
      409,
    );

    // The answer went out but Presence lost it (crash after the call): the retry finds it, no second post.
    await t.ctx.database.db
      .updateTable('inbox_replies')
      .set({ status: 'failed', failure_code: 'unknown_outcome', remote_id: null })
      .where('id', '=', reply.id)
      .execute();
    const again = await owner.post(`/api/v1/workspaces/${ws}/inbox/replies/${reply.id}/retry`);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<{ data: ReplyJson }>().data).toMatchObject({
      status: 'sent',
      remoteId: reply.remoteId,
    });
    expect(answersTo(statusId)).toHaveLength(1);
  });

  it('records a failed reply with why, and a retry sends it once', async () => {
    const { itemId, statusId } = await incoming('Is the shop open on Sunday?');
    emulator.revokeToken(alice.token);
    const res = await owner.post(`/api/v1/workspaces/${ws}/inbox/items/${itemId}/reply`, {
      text: 'Yes, from 10 to 18.',
    });
    alice.account.tokens.add(alice.token);
    expect(res.statusCode, res.body).toBe(201);
    const failed = res.json<{ data: ReplyJson }>().data;
    expect(failed.status).toBe('failed');
    expect(failed.failure?.code).toBeTruthy();
    expect(failed.failure?.reason).toBeTruthy();
    expect(answersTo(statusId)).toHaveLength(0);
    const before = await detail(itemId);
    expect(before.data.clock.status).toBe('running');
    expect(before.replies[0]).toMatchObject({ status: 'failed' });

    const retried = await owner.post(`/api/v1/workspaces/${ws}/inbox/replies/${failed.id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json<{ data: ReplyJson }>().data).toMatchObject({ status: 'sent', failure: null });
    expect(answersTo(statusId)).toHaveLength(1);
    expect((await detail(itemId)).data.clock.status).toBe('met');
  });

  it('replies with a saved reply filled in, and keeps notes internal', async () => {
    const { itemId, statusId } = await incoming('Where is my parcel?');
    const saved = await owner.post(`/api/v1/workspaces/${ws}/inbox/saved-replies`, {
      title: 'Parcel',
      body: 'Hi {{contact.name}}, {{agent.name}} from {{workspace.name}} is looking into it.',
      language: 'en',
      tags: ['shipping'],
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const savedId = saved.json<{ data: { id: string } }>().data.id;
    const rendered = await owner.post(`/api/v1/workspaces/${ws}/inbox/saved-replies/${savedId}/render`, {
      itemId,
    });
    expect(rendered.json<{ text: string }>().text).toMatch(
      /^Hi Bob Reader, .+ from .+ is looking into it\.$/u,
    );

    const res = await owner.post(`/api/v1/workspaces/${ws}/inbox/items/${itemId}/reply`, {
      savedReplyId: savedId,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(answersTo(statusId)[0]!.source).toContain('Hi Bob Reader');

    const note = await owner.post(`/api/v1/workspaces/${ws}/inbox/items/${itemId}/notes`, {
      text: '@carol can you check the carrier?',
    });
    expect(note.statusCode, note.body).toBe(201);
    const d = await detail(itemId);
    expect(d.notes).toEqual([expect.objectContaining({ text: '@carol can you check the carrier?' })]);
    expect(d.notes[0]!.authorName).toBeTruthy();
    expect(answersTo(statusId)).toHaveLength(1);

    expect((await owner.post(`/api/v1/workspaces/${ws}/inbox/items/${itemId}/reply`, {})).statusCode).toBe(
      400,
    );
    const unknownSaved = await owner.post(`/api/v1/workspaces/${ws}/inbox/items/${itemId}/reply`, {
      savedReplyId: 'missing',
    });
    expect(unknownSaved.statusCode).toBe(400);
    expect(unknownSaved.body).toContain('savedReplyId');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInboxIngestor } from '../../src/modules/inbox/ingest/ingest.factory.js';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import type { EmuAccount } from '../connectors/mastodon/emulator-state.js';
import { createTestApp, signUp, type Client, type MemoryMailer, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { addMember } from '../support/members.js';

const status = (text: string) => ({
  status: text,
  inReplyToId: null,
  mediaIds: [],
  visibility: null,
  spoilerText: '',
  sensitive: false,
  language: null,
});

interface HeldJson {
  id: string;
  itemId: string;
  status: string;
  reason: string | null;
  canDecide: boolean;
}

describe.each(DIALECTS)('replies held by a reply circuit (Mastodon emulator) on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let cm: Client;
  let bob: Client;
  let carl: Client;
  let ws: string;
  let emulator: MastodonEmulator;
  let alice: { account: EmuAccount; token: string };
  let reader: { account: EmuAccount; token: string };
  let accountId: string;
  const previousAllow = process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
  const api = (path: string) => `/api/v1/workspaces/${ws}${path}`;

  beforeAll(async () => {
    process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = '1';
    emulator = await MastodonEmulator.start();
    alice = emulator.state.createAccount('alice', 'Alice Presence');
    reader = emulator.state.createAccount('bob', 'Bob Reader');
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    const mailer = t.mailer as MemoryMailer;
    cm = (await addMember(t.app, mailer, owner, ws, 'community_manager')).client;
    bob = (await addMember(t.app, mailer, owner, ws, 'approver', { name: 'Bob Approver' })).client;
    carl = (await addMember(t.app, mailer, owner, ws, 'approver', { name: 'Carl Approver' })).client;
    const res = await owner.post(api('/accounts'), {
      network: 'mastodon',
      instanceUrl: emulator.baseUrl,
      accessToken: alice.token,
    });
    expect(res.statusCode, res.body).toBe(201);
    accountId = res.json<{ data: { id: string } }>().data.id;
    await createInboxIngestor(t.ctx).pollAccount(ws, accountId);
    // A circuit for posts only must not hold replies.
    const posts = await owner.post(api('/approval-circuits'), {
      name: 'Posts',
      match: { contentTypes: ['post'] },
      steps: [{ name: 'Review', approvers: [{ kind: 'member', id: carl.userId }], rule: 'any' }],
    });
    expect(posts.statusCode, posts.body).toBe(201);
  });
  afterAll(async () => {
    if (previousAllow === undefined) delete process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
    else process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = previousAllow;
    await t.close();
    await emulator.stop();
  });

  async function incoming(text: string) {
    const s = emulator.state.postStatus(reader.account, status(`@alice ${text}`), null);
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
  const clockOf = async (itemId: string) =>
    (await owner.get(api(`/inbox/items/${itemId}`))).json<{ data: { clock: { status: string } } }>().data
      .clock.status;
  const held = async (who: Client, itemId: string) =>
    (await who.get(api(`/inbox/held-replies?itemId=${itemId}`))).json<{ data: HeldJson[] }>().data;
  async function hold(who: Client, text: string) {
    const { itemId, statusId } = await incoming(text);
    const res = await who.post(api(`/inbox/items/${itemId}/reply`), { text: `Answer: ${text}` });
    expect(res.statusCode, res.body).toBe(202);
    const body = res.json<{ held: boolean; heldReplyId: string }>();
    expect(body.held).toBe(true);
    return { itemId, statusId, heldId: body.heldReplyId };
  }

  it('sends at once while no circuit names replies, then holds once one does', async () => {
    const free = await incoming('Open on Sunday?');
    const sent = await cm.post(api(`/inbox/items/${free.itemId}/reply`), { text: 'Yes' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(answersTo(free.statusId)).toHaveLength(1);

    const circuit = await owner.post(api('/approval-circuits'), {
      name: 'Replies',
      match: { contentTypes: ['reply'], networks: ['mastodon'] },
      steps: [
        {
          name: 'Check',
          approvers: [
            { kind: 'member', id: bob.userId },
            { kind: 'member', id: owner.userId },
          ],
          rule: 'any',
        },
      ],
    });
    expect(circuit.statusCode, circuit.body).toBe(201);

    const h = await hold(cm, 'Do you ship to Canada?');
    expect(answersTo(h.statusId)).toHaveLength(0);
    expect(await clockOf(h.itemId)).toBe('running');
    expect((await held(cm, h.itemId))[0]).toMatchObject({
      id: h.heldId,
      status: 'pending',
      canDecide: false,
    });
  });

  it('sends once on approval by a first-step approver; others cannot decide', async () => {
    const h = await hold(cm, 'Is it waterproof?');
    expect((await held(bob, h.itemId))[0]!.canDecide).toBe(true);
    expect((await held(carl, h.itemId))[0]!.canDecide).toBe(false);
    // Carl approves, but not for this circuit; a community manager may not decide approvals at all.
    expect((await carl.post(api(`/inbox/held-replies/${h.heldId}/approve`))).statusCode).toBe(403);
    expect((await cm.post(api(`/inbox/held-replies/${h.heldId}/approve`))).statusCode).toBe(403);

    const ok = await bob.post(api(`/inbox/held-replies/${h.heldId}/approve`));
    expect(ok.statusCode, ok.body).toBe(200);
    const body = ok.json<{ data: HeldJson; reply: { status: string; remoteId: string } }>();
    expect(body.data.status).toBe('sent');
    expect(body.reply.status).toBe('sent');
    const onNetwork = answersTo(h.statusId);
    expect(onNetwork).toHaveLength(1);
    expect(onNetwork[0]!.id).toBe(body.reply.remoteId);
    expect(await clockOf(h.itemId)).toBe('met');

    expect((await owner.post(api(`/inbox/held-replies/${h.heldId}/approve`))).statusCode).toBe(409);
    expect(answersTo(h.statusId)).toHaveLength(1);
  });

  it('sends once when two approvers click at the same time', async () => {
    const h = await hold(cm, 'Do you have it in blue?');
    const codes = (
      await Promise.all([
        bob.post(api(`/inbox/held-replies/${h.heldId}/approve`)),
        owner.post(api(`/inbox/held-replies/${h.heldId}/approve`)),
      ])
    )
      .map((r) => r.statusCode)
      .sort();
    expect(codes).toEqual([200, 409]);
    expect(answersTo(h.statusId)).toHaveLength(1);
  });

  it('never sends a rejected reply and tells its author why', async () => {
    const h = await hold(cm, 'Can I pay in cash?');
    const noReason = await bob.post(api(`/inbox/held-replies/${h.heldId}/reject`), {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('reason');
    const res = await bob.post(api(`/inbox/held-replies/${h.heldId}/reject`), { reason: 'Wrong tone' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ data: HeldJson }>().data).toMatchObject({ status: 'rejected', reason: 'Wrong tone' });
    expect((await bob.post(api(`/inbox/held-replies/${h.heldId}/approve`))).statusCode).toBe(409);
    expect(answersTo(h.statusId)).toHaveLength(0);
    expect(await clockOf(h.itemId)).toBe('running');
    const notes = await t.ctx.database.db
      .selectFrom('notifications')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('user_id', '=', cm.userId)
      .where('type', '=', 'approval.decided')
      .execute();
    expect(notes).toHaveLength(1);
  });

  it('does not let the author approve their own reply', async () => {
    const h = await hold(owner, 'Where is my parcel?');
    expect((await held(owner, h.itemId))[0]!.canDecide).toBe(false);
    expect((await owner.post(api(`/inbox/held-replies/${h.heldId}/approve`))).statusCode).toBe(403);
    expect(answersTo(h.statusId)).toHaveLength(0);
    expect((await bob.post(api(`/inbox/held-replies/${h.heldId}/approve`))).statusCode).toBe(200);
    expect(answersTo(h.statusId)).toHaveLength(1);
  });

  it('keeps held replies inside their workspace', async () => {
    const h = await hold(cm, 'Gift wrapping?');
    const other = await signUp(t.app);
    const theirs = (path: string) => `/api/v1/workspaces/${other.workspaceId}${path}`;
    const list = await other.client.get(theirs('/inbox/held-replies'));
    expect(list.statusCode).toBe(200);
    expect(list.json<{ data: HeldJson[] }>().data).toEqual([]);
    expect((await other.client.post(theirs(`/inbox/held-replies/${h.heldId}/approve`))).statusCode).toBe(404);
    expect(
      (await other.client.post(theirs(`/inbox/held-replies/${h.heldId}/reject`), { reason: 'x' })).statusCode,
    ).toBe(404);
    // And a stranger to our workspace does not reach it at all.
    expect((await other.client.post(api(`/inbox/held-replies/${h.heldId}/approve`))).statusCode).toBe(404);
    expect(answersTo(h.statusId)).toHaveLength(0);
  });
});

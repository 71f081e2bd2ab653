import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { RESOURCE_FACTORIES, addMember } from '../support/resource-factories.js';
import { DIALECTS } from '../support/databases.js';

interface ContactJson {
  id: string;
  network: string;
  personId: string | null;
}
interface ProfileJson {
  contact: ContactJson;
  linked: ContactJson[];
  counts: {
    items: number;
    questions: number;
    byNetwork: { key: string; count: number }[];
    bySentiment: { positive: number; neutral: number; negative: number };
  };
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  sentimentTrend: { month: string; positive: number; neutral: number; negative: number }[];
  items: { id: string; network: string }[];
}

describe.each(DIALECTS)('inbox contact profiles and people on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let base: string;

  /** An item and its author; the author is then given the network, handle and name asked. */
  async function authored(
    workspaceId: string,
    client: Client,
    who: { network: string; handle: string; name: string; at: string; sentiment: string },
  ) {
    const db = t.app.ctx.database.db;
    const itemId = await RESOURCE_FACTORIES['inbox-item']!({ app: t.app, ownerClient: client, workspaceId });
    const { contact_id: contactId } = await db
      .selectFrom('inbox_items')
      .select('contact_id')
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('inbox_contacts')
      .set({ network: who.network, handle: who.handle, display_name: who.name })
      .where('id', '=', contactId)
      .execute();
    await db
      .updateTable('inbox_items')
      .set({ network: who.network, occurred_at: who.at, sentiment: who.sentiment })
      .where('id', '=', itemId)
      .execute();
    return { itemId, contactId };
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    base = `/api/v1/workspaces/${ws}/inbox/contacts`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('suggests, links and shows one person’s history across networks, then unlinks', async () => {
    const zoeSky = await authored(ws, owner, {
      network: 'bluesky',
      handle: 'zoe.bsky.social',
      name: 'Zoé Martin',
      at: '2026-01-10T09:00:00.000Z',
      sentiment: 'negative',
    });
    const zoeMasto = await authored(ws, owner, {
      network: 'mastodon',
      handle: 'zoe@mastodon.example',
      name: 'zoe martin',
      at: '2026-03-05T09:00:00.000Z',
      sentiment: 'positive',
    });
    const other = await authored(ws, owner, {
      network: 'mastodon',
      handle: 'bob@mastodon.example',
      name: 'Bob',
      at: '2026-02-01T09:00:00.000Z',
      sentiment: 'neutral',
    });

    const sugg = await owner.get(`${base}/${zoeSky.contactId}/suggestions`);
    expect(sugg.statusCode).toBe(200);
    const suggestions = sugg.json<{ data: { contact: ContactJson; reasons: string[] }[] }>().data;
    expect(suggestions.map((s) => [s.contact.id, s.reasons])).toEqual([
      [zoeMasto.contactId, ['same_name', 'same_handle']],
    ]);

    // A search reaches any contact, same network included, and still says what matches.
    const search = (await owner.get(`${base}/${zoeSky.contactId}/suggestions?q=BOB`)).json<{
      data: { contact: ContactJson; reasons: string[] }[];
    }>().data;
    expect(search.map((s) => [s.contact.id, s.reasons])).toEqual([[other.contactId, []]]);
    expect((await owner.get(`${base}/${zoeSky.contactId}/suggestions?q=`)).statusCode).toBe(400);

    const alone = (await owner.get(`${base}/${zoeSky.contactId}`)).json<{ data: ProfileJson }>().data;
    expect(alone.linked.map((c) => c.id)).toEqual([zoeSky.contactId]);
    expect(alone.counts.items).toBe(1);

    const linked = await owner.post(`${base}/${zoeSky.contactId}/links`, { contactId: zoeMasto.contactId });
    expect(linked.statusCode).toBe(200);
    const person = linked.json<{ data: ProfileJson }>().data;
    expect(new Set(person.linked.map((c) => c.id))).toEqual(new Set([zoeSky.contactId, zoeMasto.contactId]));
    expect(person.linked[0]!.personId).not.toBeNull();
    expect(person.counts).toMatchObject({
      items: 2,
      questions: 2,
      bySentiment: { positive: 1, negative: 1 },
    });
    expect(person.counts.byNetwork.map((n) => n.key).sort()).toEqual(['bluesky', 'mastodon']);
    expect(person.firstSeenAt).toBe('2026-01-10T09:00:00.000Z');
    expect(person.lastSeenAt).toBe('2026-03-05T09:00:00.000Z');
    expect(person.sentimentTrend).toEqual([
      { month: '2026-01', positive: 0, neutral: 0, negative: 1 },
      { month: '2026-03', positive: 1, neutral: 0, negative: 0 },
    ]);
    expect(person.items.map((i) => i.id)).toEqual([zoeMasto.itemId, zoeSky.itemId]);

    // The conversation view's history now crosses networks.
    const detail = (await owner.get(`/api/v1/workspaces/${ws}/inbox/items/${zoeMasto.itemId}`)).json<{
      history: { id: string }[];
    }>();
    expect(detail.history.map((h) => h.id)).toEqual([zoeSky.itemId]);
    // Already linked: no longer suggested, and linking again is a conflict.
    const after = (await owner.get(`${base}/${zoeSky.contactId}/suggestions`)).json<{ data: unknown[] }>();
    expect(after.data).toEqual([]);
    expect(
      (await owner.post(`${base}/${zoeMasto.contactId}/links`, { contactId: zoeSky.contactId })).statusCode,
    ).toBe(409);

    // Linking a third contact to one of them joins the same person.
    const three = await owner.post(`${base}/${other.contactId}/links`, { contactId: zoeMasto.contactId });
    expect(three.json<{ data: ProfileJson }>().data.linked).toHaveLength(3);

    const out = await owner.delete(`${base}/${zoeMasto.contactId}/links`);
    expect(out.statusCode).toBe(200);
    expect(out.json<{ data: ProfileJson }>().data.linked.map((c) => c.id)).toEqual([zoeMasto.contactId]);
    const rest = (await owner.get(`${base}/${zoeSky.contactId}`)).json<{ data: ProfileJson }>().data;
    expect(new Set(rest.linked.map((c) => c.id))).toEqual(new Set([zoeSky.contactId, other.contactId]));
    // The last pair split: nobody keeps a person of one.
    await owner.delete(`${base}/${zoeSky.contactId}/links`);
    const bob = (await owner.get(`${base}/${other.contactId}`)).json<{ data: ProfileJson }>().data;
    expect(bob.contact.personId).toBeNull();
    expect((await owner.delete(`${base}/${other.contactId}/links`)).statusCode).toBe(409);

    const audit = (await owner.get(`/api/v1/workspaces/${ws}/audit?action=inbox.contact.link`)).json<{
      data: unknown[];
    }>();
    expect(audit.data).toHaveLength(2);
  });

  it('refuses bad links naming the field, never reaches another workspace, and follows the policy', async () => {
    const mine = await authored(ws, owner, {
      network: 'mastodon',
      handle: 'ann@mastodon.example',
      name: 'Ann',
      at: '2026-02-01T09:00:00.000Z',
      sentiment: 'neutral',
    });
    const stranger = await signUp(t.app);
    const theirs = await authored(stranger.workspaceId, stranger.client, {
      network: 'bluesky',
      handle: 'ann.bsky.social',
      name: 'Ann',
      at: '2026-02-01T09:00:00.000Z',
      sentiment: 'neutral',
    });
    for (const contactId of [theirs.contactId, mine.contactId, 'missing']) {
      const res = await owner.post(`${base}/${mine.contactId}/links`, { contactId });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('contactId');
    }
    // Same name in another workspace: never suggested.
    const sugg = (await owner.get(`${base}/${mine.contactId}/suggestions`)).json<{ data: unknown[] }>();
    expect(sugg.data).toEqual([]);
    expect((await stranger.client.get(`${base}/${mine.contactId}`)).statusCode).toBe(404);

    const peer = await authored(ws, owner, {
      network: 'bluesky',
      handle: 'ann.bsky.social',
      name: 'Ann',
      at: '2026-02-02T09:00:00.000Z',
      sentiment: 'neutral',
    });
    const analyst = await addMember(t.app, ws, 'analyst');
    expect((await analyst.client.get(`${base}/${mine.contactId}`)).statusCode).toBe(200);
    expect(
      (await analyst.client.post(`${base}/${mine.contactId}/links`, { contactId: peer.contactId }))
        .statusCode,
    ).toBe(403);
    const cm = await addMember(t.app, ws, 'community_manager');
    expect(
      (await cm.client.post(`${base}/${mine.contactId}/links`, { contactId: peer.contactId })).statusCode,
    ).toBe(200);
  });
});

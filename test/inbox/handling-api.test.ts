import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember } from '../support/resource-factories.js';
import { DIALECTS } from '../support/databases.js';

interface RuleJson {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  stopProcessing: boolean;
}

describe.each(DIALECTS)('inbox handling API on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    base = `/api/v1/workspaces/${ws}/inbox`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates, validates, orders, tries and deletes routing rules', async () => {
    const cm = await addMember(t.app, ws, 'community_manager');
    const refund = await owner.post(`${base}/rules`, {
      name: 'Refunds to billing',
      conditions: { keywords: ['refund', 'remboursement'], isQuestion: true },
      actions: { assigneeId: cm.userId, priority: 'high', tags: ['refund'] },
      stopProcessing: true,
    });
    expect(refund.statusCode, refund.body).toBe(201);
    const r1 = refund.json<{ data: RuleJson }>().data;
    expect(r1).toMatchObject({ position: 1, enabled: true, stopProcessing: true });
    const angry = await owner.post(`${base}/rules`, {
      name: 'Angry people',
      conditions: { sentiments: ['negative'], pattern: '(order|commande)\\s*#?\\d{4,}' },
      actions: { priority: 'urgent', targetMinutes: 30 },
    });
    expect(angry.statusCode, angry.body).toBe(201);
    const r2 = angry.json<{ data: RuleJson }>().data;
    expect(r2.position).toBe(2);

    const catastrophic = await owner.post(`${base}/rules`, {
      name: 'Bad',
      conditions: { pattern: '(a+)+$' },
      actions: { tags: ['x'] },
    });
    expect(catastrophic.statusCode).toBe(400);
    expect(catastrophic.body).toContain('conditions.pattern');
    const broken = await owner.post(`${base}/rules`, {
      name: 'Bad',
      conditions: { pattern: '(unclosed' },
      actions: { tags: ['x'] },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).toContain('conditions.pattern');
    const analyst = await addMember(t.app, ws, 'analyst');
    const cannot = await owner.post(`${base}/rules`, {
      name: 'To the analyst',
      conditions: {},
      actions: { assigneeId: analyst.userId },
    });
    expect(cannot.statusCode).toBe(400);
    expect(cannot.body).toContain('actions.assigneeId');
    expect(
      (await owner.post(`${base}/rules`, { name: 'Nothing', conditions: {}, actions: {} })).statusCode,
    ).toBe(400);

    // Community managers read rules and try them; only admins and owners change them.
    expect((await cm.client.get(`${base}/rules`)).statusCode).toBe(200);
    expect(
      (await cm.client.post(`${base}/rules`, { name: 'x', conditions: {}, actions: { tags: ['x'] } }))
        .statusCode,
    ).toBe(403);

    const tried = await cm.client.post(`${base}/rules/test`, {
      text: 'Where is my refund? Still nothing, this is unacceptable.',
      network: 'mastodon',
    });
    expect(tried.statusCode, tried.body).toBe(200);
    expect(tried.json()).toMatchObject({
      matched: [{ ruleId: r1.id, name: 'Refunds to billing' }],
      result: { actions: { assigneeId: cm.userId, priority: 'high', tags: ['refund'] }, isQuestion: true },
    });

    const reordered = await owner.post(`${base}/rules/reorder`, { ids: [r2.id, r1.id] });
    expect(reordered.statusCode, reordered.body).toBe(200);
    expect(reordered.json<{ data: RuleJson[] }>().data.map((r) => [r.id, r.position])).toEqual([
      [r2.id, 1],
      [r1.id, 2],
    ]);
    expect((await owner.post(`${base}/rules/reorder`, { ids: [r2.id] })).statusCode).toBe(400);

    const disabled = await owner.patch(`${base}/rules/${r1.id}`, { enabled: false });
    expect(disabled.json<{ data: RuleJson }>().data.enabled).toBe(false);
    const none = await owner.post(`${base}/rules/test`, { text: 'Where is my refund?' });
    expect(none.json<{ matched: unknown[] }>().matched).toEqual([]);

    expect((await owner.delete(`${base}/rules/${r1.id}`)).statusCode).toBe(204);
    expect((await owner.get(`${base}/rules`)).json<{ data: RuleJson[] }>().data.map((r) => r.id)).toEqual([
      r2.id,
    ]);
    expect((await owner.patch(`${base}/rules/${r1.id}`, { enabled: true })).statusCode).toBe(404);

    const audit = (await owner.get(`/api/v1/workspaces/${ws}/audit?action=inbox.rule.create`)).json<{
      data: unknown[];
    }>();
    expect(audit.data).toHaveLength(2);
  });

  it('keeps saved replies, refuses unknown variables and filters by language', async () => {
    const cm = await addMember(t.app, ws, 'community_manager');
    const fr = await cm.client.post(`${base}/saved-replies`, {
      title: 'Livraison',
      body: 'Bonjour {{contact.name}}, {{agent.name}} de {{workspace.name}} regarde votre commande.',
      language: 'fr',
      tags: ['shipping'],
    });
    expect(fr.statusCode, fr.body).toBe(201);
    const any = await cm.client.post(`${base}/saved-replies`, {
      title: 'Thanks',
      body: '🙏 {{contact.handle}}',
    });
    expect(any.statusCode).toBe(201);
    const en = await cm.client.post(`${base}/saved-replies`, {
      title: 'Shipping',
      body: 'Hi!',
      language: 'en',
    });
    expect(en.statusCode).toBe(201);

    const bad = await cm.client.post(`${base}/saved-replies`, { title: 'Bad', body: 'Order {{order.id}}' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body');
    expect(bad.body).toContain('order.id');

    const titles = (q: string) =>
      cm.client
        .get(`${base}/saved-replies${q}`)
        .then((r) => r.json<{ data: { title: string }[] }>().data.map((d) => d.title));
    expect(await titles('?language=fr')).toEqual(['Livraison', 'Thanks']);
    expect(await titles('?q=commande')).toEqual(['Livraison']);

    const id = fr.json<{ data: { id: string } }>().data.id;
    const patched = await cm.client.patch(`${base}/saved-replies/${id}`, {
      title: 'Livraison (FR)',
      tags: ['a', 'a'],
    });
    expect(patched.json<{ data: { title: string; tags: string[] } }>().data).toMatchObject({
      title: 'Livraison (FR)',
      tags: ['a'],
    });
    expect((await cm.client.patch(`${base}/saved-replies/${id}`, { body: '{{nope}}' })).statusCode).toBe(400);
    expect((await cm.client.delete(`${base}/saved-replies/${id}`)).statusCode).toBe(204);
    expect(await titles('?language=fr')).toEqual(['Thanks']);

    const analyst = await addMember(t.app, ws, 'analyst');
    expect((await analyst.client.get(`${base}/saved-replies`)).statusCode).toBe(200);
    expect((await analyst.client.post(`${base}/saved-replies`, { title: 'x', body: 'y' })).statusCode).toBe(
      403,
    );
  });

  it('shows default response targets and lets admins change them', async () => {
    const initial = await owner.get(`${base}/settings`);
    expect(initial.statusCode).toBe(200);
    expect(initial.json()).toEqual({
      data: {
        clock: 'around_the_clock',
        targets: [
          { network: 'x', priority: null, minutes: 30 },
          { network: 'bluesky', priority: null, minutes: 240 },
          { network: 'mastodon', priority: null, minutes: 240 },
        ],
        updatedAt: null,
      },
    });
    const put = await owner.put(`${base}/settings`, {
      clock: 'business',
      targets: [
        { network: 'mastodon', priority: null, minutes: 120 },
        { network: 'mastodon', priority: 'urgent', minutes: 15 },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json<{ data: { clock: string; updatedAt: string | null } }>().data).toMatchObject({
      clock: 'business',
    });
    expect(
      (await owner.get(`${base}/settings`)).json<{ data: { targets: unknown[] } }>().data.targets,
    ).toHaveLength(2);

    const duplicate = await owner.put(`${base}/settings`, {
      clock: 'business',
      targets: [
        { network: 'x', priority: 'high', minutes: 10 },
        { network: 'x', priority: 'high', minutes: 20 },
      ],
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toContain('targets.1.priority');
    expect(
      (
        await owner.put(`${base}/settings`, {
          clock: 'business',
          targets: [{ network: 'x', priority: null, minutes: 0 }],
        })
      ).statusCode,
    ).toBe(400);
    const cm = await addMember(t.app, ws, 'community_manager');
    expect((await cm.client.get(`${base}/settings`)).statusCode).toBe(200);
    expect((await cm.client.put(`${base}/settings`, { clock: 'business', targets: [] })).statusCode).toBe(
      403,
    );
  });
});

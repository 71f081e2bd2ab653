import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember } from '../support/resource-factories.js';
import { createSite, publishLink, report, SHOP, visit, type SiteJson } from './conversions.support.js';

interface ListJson {
  data: {
    from: string;
    to: string;
    timeZone: string;
    conversions: {
      id: string;
      type: string;
      valueMinor: number | null;
      currency: string | null;
      attribution: string;
    }[];
    totals: {
      count: number;
      attributed: number;
      unattributed: number;
      byCurrency: { currency: string; valueMinor: number; count: number }[];
    };
  };
}

describe.each(DIALECTS)('conversion sites and the conversion list on %s', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: Client;
  let ws: string;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
    clock.set('2026-10-20T09:00:00.000Z');
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    base = `/api/v1/workspaces/${ws}`;
  });
  afterAll(async () => t.close());

  const list = async (query: string, client = owner, workspaceId = ws) => {
    const res = await client.get(`/api/v1/workspaces/${workspaceId}/analytics/conversions?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<ListJson>().data;
  };

  it('creates, lists, changes and revokes a site key, with normalised origins and audit entries', async () => {
    const site = await createSite(owner, ws, {
      label: 'Shop',
      allowedOrigins: ['https://Shop.example/checkout', 'https://shop.example', 'http://localhost:8080'],
    });
    expect(site.key).toMatch(/^pk_[A-Za-z0-9_-]{24}$/);
    expect(site.allowedOrigins).toEqual([SHOP, 'http://localhost:8080']);
    expect(site.attributionDays).toBe(30);

    const bad = await owner.post(`${base}/conversion-sites`, {
      label: 'X',
      allowedOrigins: [SHOP, 'shop.example'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('allowedOrigins.1');

    const patched = await owner.patch(`${base}/conversion-sites/${site.id}`, {
      label: 'Main shop',
      attributionDays: 7,
    });
    expect(patched.json<{ data: SiteJson }>().data).toMatchObject({ label: 'Main shop', attributionDays: 7 });
    expect((await owner.delete(`${base}/conversion-sites/${site.id}`)).statusCode).toBe(204);
    const listed = (await owner.get(`${base}/conversion-sites`)).json<{ data: SiteJson[] }>().data;
    expect(listed.find((s) => s.id === site.id)?.revokedAt).toBe(clock.now().toISOString());
    const stillRevoked = await owner.patch(`${base}/conversion-sites/${site.id}`, { label: 'Again' });
    expect(stillRevoked.statusCode).toBe(400);

    const audit = await t.ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', ws)
      .where('object_id', '=', site.id)
      .orderBy('created_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'conversion_sites.create',
      'conversion_sites.update',
      'conversion_sites.revoke',
    ]);
  });

  it('lets analysts read conversions but not manage site keys', async () => {
    const analyst = await addMember(t.app, ws, 'analyst');
    expect((await analyst.client.get(`${base}/conversion-sites`)).statusCode).toBe(403);
    const create = await analyst.client.post(`${base}/conversion-sites`, {
      label: 'X',
      allowedOrigins: [SHOP],
    });
    expect(create.statusCode).toBe(403);
    expect((await analyst.client.get(`${base}/analytics/conversions`)).statusCode).toBe(200);
  });

  it('lists conversions over local days with totals per currency, across a daylight-saving change', async () => {
    const site = await createSite(owner, ws, { label: 'List shop', allowedOrigins: [SHOP] });
    const link = await publishLink(t, ws);
    await visit(t, link.code);
    clock.set('2026-10-27T09:00:00.000Z');
    // Europe/Paris leaves summer time on 2026-10-25: 22:30 UTC on the 24th is 00:30 on the 25th there.
    const sale = (value: number, currency: string, occurredAt: string, extra: Record<string, unknown> = {}) =>
      report(t, { key: site.key, type: 'sale', value, currency, occurredAt, ...extra });
    expect((await sale(20, 'EUR', '2026-10-24T22:30:00.000Z', { linkCode: link.code })).statusCode).toBe(202);
    expect((await sale(5.5, 'EUR', '2026-10-24T21:30:00.000Z')).statusCode).toBe(202);
    expect((await sale(1000, 'JPY', '2026-10-25T23:30:00.000Z')).statusCode).toBe(202);
    expect(
      (await report(t, { key: site.key, type: 'lead', occurredAt: '2026-10-25T12:00:00.000Z' })).statusCode,
    ).toBe(202);

    const day25 = await list('from=2026-10-25&to=2026-10-25');
    expect(day25.timeZone).toBe('Europe/Paris');
    // 23:30 UTC on the 25th is already the 26th in Paris (UTC+1 after the change).
    expect(day25.totals).toEqual({
      count: 2,
      attributed: 1,
      unattributed: 1,
      byCurrency: [{ currency: 'EUR', valueMinor: 2000, count: 1 }],
    });
    const day24 = await list('from=2026-10-24&to=2026-10-24');
    expect(day24.totals.byCurrency).toEqual([{ currency: 'EUR', valueMinor: 550, count: 1 }]);

    const all = await list('from=2026-10-24&to=2026-10-26');
    expect(all.totals.count).toBe(4);
    expect(all.totals.byCurrency).toEqual([
      { currency: 'EUR', valueMinor: 2550, count: 2 },
      { currency: 'JPY', valueMinor: 1000, count: 1 },
    ]);
    expect(all.conversions.map((c) => c.valueMinor)).toEqual([1000, null, 2000, 550]);
    const leads = await list('from=2026-10-24&to=2026-10-26&type=lead');
    expect(leads.conversions.map((c) => c.type)).toEqual(['lead']);
    expect(leads.totals).toMatchObject({ count: 1, byCurrency: [] });

    const backwards = await owner.get(`${base}/analytics/conversions?from=2026-10-26&to=2026-10-24`);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('from');
  });

  it('keeps workspaces apart: another workspace’s key never reaches this workspace’s links or list', async () => {
    const other = await signUp(t.app, { workspaceName: 'Other' });
    const otherSite = await createSite(other.client, other.workspaceId, {
      label: 'Theirs',
      allowedOrigins: [SHOP],
    });
    const link = await publishLink(t, ws, 'Isolation');
    await visit(t, link.code);
    const res = await report(t, {
      key: otherSite.key,
      type: 'sale',
      linkCode: link.code,
      utm: { campaign: 'isolation' },
      externalId: 'iso-1',
    });
    expect(res.statusCode).toBe(202);
    const row = await t.ctx.database.db
      .selectFrom('conversions')
      .selectAll()
      .where('id', '=', res.json<{ data: { id: string } }>().data.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      workspace_id: other.workspaceId,
      attribution: 'none',
      link_id: null,
      click_id: null,
    });

    const today = clock.now().toISOString().slice(0, 10);
    const ours = await list(`from=${today}&to=${today}`);
    expect(ours.conversions.some((c) => c.id === row.id)).toBe(false);
    const theirs = await list(`from=${today}&to=${today}`, other.client, other.workspaceId);
    expect(theirs.conversions.map((c) => c.id)).toEqual([row.id]);
    const peek = await owner.get(`${base}/conversion-sites/${otherSite.id}`);
    expect(peek.statusCode).toBe(404);
  });
});

import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import {
  conversionRow,
  createSite,
  freshIp,
  GOOGLEBOT,
  publishLink,
  report,
  SHOP,
  visit,
  type SiteJson,
} from './conversions.support.js';

interface ReportJson {
  data: { id: string; duplicate: boolean; attribution: string };
}

describe.each(DIALECTS)('conversion reports on %s', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: Client;
  let ws: string;
  let site: SiteJson;
  let longSite: SiteJson;
  let revoked: SiteJson;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
    clock.set('2026-12-01T09:00:00.000Z');
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    site = await createSite(owner, ws);
    // Made up front: the clock jumps past the session's lifetime later on.
    longSite = await createSite(owner, ws, {
      label: 'Long window',
      allowedOrigins: [SHOP],
      attributionDays: 45,
    });
    revoked = await createSite(owner, ws, { label: 'Old shop', allowedOrigins: [SHOP] });
    const gone = await owner.delete(`/api/v1/workspaces/${ws}/conversion-sites/${revoked.id}`);
    if (gone.statusCode !== 204) throw new Error(`revoking answered ${gone.statusCode}`);
  });
  afterAll(async () => t.close());

  const later = (ms: number) => clock.set(new Date(clock.now().getTime() + ms).toISOString());
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;

  it('attributes a conversion with a link code to that link’s last human click', async () => {
    const link = await publishLink(t, ws);
    await visit(t, link.code);
    later(HOUR);
    const clickId = await visit(t, link.code);
    later(DAY);
    const res = await report(t, {
      key: site.key,
      type: 'sale',
      value: 49.9,
      currency: 'eur',
      linkCode: link.code,
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.headers['access-control-allow-origin']).toBe(SHOP);
    expect(res.headers['cache-control']).toBe('no-store');
    const { data } = res.json<ReportJson>();
    expect(data).toMatchObject({ duplicate: false, attribution: 'link_code' });
    const row = await conversionRow(t, data.id);
    expect(row).toMatchObject({
      workspace_id: ws,
      site_id: site.id,
      type: 'sale',
      currency: 'EUR',
      link_id: link.linkId,
      click_id: clickId,
      variant_id: link.variantId,
      post_id: link.postId,
      attribution: 'link_code',
      link_code: link.code,
      occurred_at: clock.now().toISOString(),
    });
    expect(Number(row.value_minor)).toBe(4990);
    expect(row.visitor_hash).toMatch(/^[A-Za-z0-9_-]{20,}/);
  });

  it('ignores bot clicks, even later ones', async () => {
    const link = await publishLink(t, ws);
    const human = await visit(t, link.code);
    later(HOUR);
    await visit(t, link.code, GOOGLEBOT);
    later(HOUR);
    const res = await report(t, { key: site.key, type: 'lead', linkCode: link.code });
    const row = await conversionRow(t, res.json<ReportJson>().data.id);
    expect(row.click_id).toBe(human);

    const botOnly = await publishLink(t, ws);
    await visit(t, botOnly.code, GOOGLEBOT);
    later(HOUR);
    const none = await report(t, { key: site.key, type: 'lead', linkCode: botOnly.code });
    expect(none.json<ReportJson>().data.attribution).toBe('none');
    expect((await conversionRow(t, none.json<ReportJson>().data.id)).click_id).toBeNull();
  });

  it('leaves a click older than the window unattributed, and a longer window reaches it', async () => {
    const link = await publishLink(t, ws);
    await visit(t, link.code);
    later(31 * DAY);
    const res = await report(t, { key: site.key, type: 'sale', linkCode: link.code, externalId: 'late-1' });
    expect(res.json<ReportJson>().data.attribution).toBe('none');
    const row = await conversionRow(t, res.json<ReportJson>().data.id);
    expect(row).toMatchObject({ attribution: 'none', link_id: null, click_id: null, link_code: link.code });

    const again = await report(t, {
      key: longSite.key,
      type: 'sale',
      linkCode: link.code,
      externalId: 'late-2',
    });
    expect(again.json<ReportJson>().data.attribution).toBe('link_code');
  });

  it('attributes by UTM campaign (and content) to the last click of a link carrying it', async () => {
    const first = await publishLink(t, ws, 'Salon de l’Été 2027');
    const second = await publishLink(t, ws, 'Salon de l’Été 2027');
    const other = await publishLink(t, ws, 'Winter');
    const firstClick = await visit(t, first.code);
    later(HOUR);
    const secondClick = await visit(t, second.code);
    later(HOUR);
    await visit(t, other.code);
    later(HOUR);
    const content = new URL(first.finalUrl).searchParams.get('utm_content')!;
    const utm = { source: 'bluesky', medium: 'social', campaign: 'salon-de-l-ete-2027' };

    const byCampaign = await report(t, { key: site.key, type: 'sign_up', utm });
    expect(byCampaign.json<ReportJson>().data.attribution).toBe('utm_campaign');
    expect((await conversionRow(t, byCampaign.json<ReportJson>().data.id)).click_id).toBe(secondClick);

    const byContent = await report(t, { key: site.key, type: 'sign_up', utm: { ...utm, content } });
    const row = await conversionRow(t, byContent.json<ReportJson>().data.id);
    expect(row).toMatchObject({ attribution: 'utm_campaign', click_id: firstClick, post_id: first.postId });
    expect(JSON.parse(row.utm!)).toEqual({ ...utm, content });

    const unknown = await report(t, { key: site.key, type: 'sign_up', utm: { campaign: 'nothing-like-it' } });
    expect(unknown.json<ReportJson>().data.attribution).toBe('none');
    const bare = await report(t, { key: site.key, type: 'other' });
    expect(bare.json<ReportJson>().data.attribution).toBe('none');
  });

  it('counts the same externalId once', async () => {
    const body = { key: site.key, type: 'sale', value: 10, currency: 'USD', externalId: 'order-1001' };
    const first = (await report(t, body)).json<ReportJson>().data;
    const second = await report(t, body);
    expect(second.statusCode).toBe(202);
    expect(second.json<ReportJson>().data).toEqual({ ...first, duplicate: true });
    const rows = await t.ctx.database.db
      .selectFrom('conversions')
      .select('id')
      .where('site_id', '=', site.id)
      .where('external_id', '=', 'order-1001')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('answers CORS preflights for listed origins only, and refuses reports from other origins', async () => {
    const preflight = (origin: string) =>
      t.app.inject({
        method: 'OPTIONS',
        url: '/c/v1/conversions',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const ok = await preflight('https://shop.example');
    expect(ok.statusCode).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe(SHOP);
    expect(ok.headers['access-control-allow-methods']).toBe('POST');
    expect(ok.headers['access-control-allow-headers']).toBe('content-type');
    const refused = await preflight('https://evil.example');
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();

    const res = await report(t, { key: site.key, type: 'sale' }, 'https://evil.example');
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    // A site's own server sends no Origin: accepted (a non-browser could forge one anyway).
    expect((await report(t, { key: site.key, type: 'sale' }, null)).statusCode).toBe(202);
  });

  it('answers an unknown or revoked key with 404, and bad fields with 400 naming them', async () => {
    const unknown = await report(t, { key: 'pk_unknown', type: 'sale' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ code: string }>().code).toBe('not_found');

    expect((await report(t, { key: revoked.key, type: 'sale' })).statusCode).toBe(404);

    const fieldOf = async (body: Record<string, unknown>) => {
      const res = await report(t, { key: site.key, type: 'sale', ...body });
      expect(res.statusCode, res.body).toBe(400);
      return res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    };
    expect(await fieldOf({ value: 10 })).toContain('currency');
    expect(await fieldOf({ value: 10, currency: 'XYZ' })).toContain('currency');
    expect(await fieldOf({ type: 'purchase' })).toContain('type');
    expect(await fieldOf({ value: -1, currency: 'EUR' })).toContain('value');
    expect(await fieldOf({ occurredAt: 'yesterday' })).toContain('occurredAt');
    expect(await fieldOf({ occurredAt: '2030-01-01T00:00:00Z' })).toContain('occurredAt');
  });

  it('counts a pixel and answers a 1×1 GIF that is never cached', async () => {
    const link = await publishLink(t, ws);
    const clickId = await visit(t, link.code);
    later(HOUR);
    const res = await t.app.inject({
      method: 'GET',
      url: `/c/v1/pixel.gif?key=${site.key}&type=application&value=12.5&currency=EUR&code=${link.code}&externalId=px-1`,
      headers: { referer: `${SHOP}/thanks?order=1`, 'x-forwarded-for': freshIp() },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('image/gif');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.rawPayload.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    const row = await t.ctx.database.db
      .selectFrom('conversions')
      .selectAll()
      .where('site_id', '=', site.id)
      .where('external_id', '=', 'px-1')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      type: 'application',
      currency: 'EUR',
      click_id: clickId,
      attribution: 'link_code',
    });
    expect(Number(row.value_minor)).toBe(1250);

    const elsewhere = await t.app.inject({
      method: 'GET',
      url: `/c/v1/pixel.gif?key=${site.key}&type=lead`,
      headers: { referer: 'https://evil.example/', 'x-forwarded-for': freshIp() },
    });
    expect(elsewhere.statusCode).toBe(403);
    const badValue = await t.app.inject({
      method: 'GET',
      url: `/c/v1/pixel.gif?key=${site.key}&type=sale&value=lots&currency=EUR`,
      headers: { 'x-forwarded-for': freshIp() },
    });
    expect(badValue.statusCode).toBe(400);
    expect(badValue.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('value');
  });

  it('serves the script as JavaScript, under 2 KB, posting to this server', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/c/v1/script.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(Buffer.byteLength(res.body)).toBeLessThan(2048);
    expect(res.body).toContain(JSON.stringify(`${t.ctx.config.publicUrl}/c/v1/conversions`));
    expect(res.body).toContain('sessionStorage');
    // It parses as a script.
    expect(() => new vm.Script(res.body)).not.toThrow();
  });

  it('runs the script: it keeps the landing page’s tags and reports through the endpoint', async () => {
    const link = await publishLink(t, ws, 'Script test');
    const clickId = await visit(t, link.code);
    later(HOUR);
    const script = (await t.app.inject({ method: 'GET', url: '/c/v1/script.js' })).body;
    const storage = new Map<string, string>();
    const sent: { url: string; init: { method: string; body: string; headers: Record<string, string> } }[] =
      [];
    const page = (search: string) => {
      const window: Record<string, unknown> = {
        location: { search },
        sessionStorage: {
          getItem: (k: string) => storage.get(k) ?? null,
          setItem: (k: string, v: string) => void storage.set(k, v),
        },
        fetch: async (
          url: string,
          init: { method: string; body: string; headers: Record<string, string> },
        ) => {
          sent.push({ url, init });
          const res = await report(t, JSON.parse(init.body) as Record<string, unknown>);
          return { ok: res.statusCode === 202 };
        },
      };
      vm.runInNewContext(script, {
        window,
        document: { currentScript: { getAttribute: (n: string) => (n === 'data-key' ? site.key : null) } },
        URLSearchParams,
      });
      return window as { presence: { conversion(c: Record<string, unknown>): Promise<boolean> } };
    };
    // The landing page carries the tags; the thank-you page, later in the same tab, does not.
    page(new URL(link.finalUrl).search);
    const thanks = page('?order=42');
    await expect(
      thanks.presence.conversion({ type: 'sale', value: 19.99, currency: 'EUR', externalId: 42 }),
    ).resolves.toBe(true);
    expect(sent[0]!.url).toBe(`${t.ctx.config.publicUrl}/c/v1/conversions`);
    const body = JSON.parse(sent[0]!.init.body) as Record<string, unknown>;
    expect(body).toEqual({
      key: site.key,
      type: 'sale',
      value: 19.99,
      currency: 'EUR',
      externalId: '42',
      // The redirect's utm_id carries the link's code to the landing page: attributed to that exact link.
      linkCode: link.code,
      utm: {
        source: 'bluesky',
        medium: 'social',
        campaign: 'script-test',
        content: new URL(link.finalUrl).searchParams.get('utm_content'),
      },
    });
    const row = await t.ctx.database.db
      .selectFrom('conversions')
      .selectAll()
      .where('site_id', '=', site.id)
      .where('external_id', '=', '42')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ attribution: 'link_code', click_id: clickId });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { DIALECTS } from '../support/databases.js';
import { Client, createTestApp, signUp, type TestApp } from '../support/app.js';
import { addMember } from '../support/resource-factories.js';

interface Entry {
  id: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  createdAt: string;
}
interface Page {
  data: Entry[];
  nextCursor: string | null;
}

describe.each(DIALECTS)('audit log on %s', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: Client;
  let ws: string;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
    ({ client: owner, workspaceId: ws } = await signUp(t.app, { workspaceName: 'Audit Co' }));
    base = `/api/v1/workspaces/${ws}`;
    clock.advance(3600_000); // 10:00
    expect((await owner.patch(base, { name: 'Audit Company' })).statusCode).toBe(200);
    clock.advance(3600_000); // 11:00
    expect((await owner.patch(base, { currency: 'USD', timeZone: 'America/New_York' })).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  const page = async (c: Client, query = '') => {
    const res = await c.get(`${base}/audit${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page>();
  };

  it('records a workspace change with who, what, when and before/after', async () => {
    const { data } = await page(owner, '?action=workspace.updated');
    expect(data).toHaveLength(2);
    const [latest, first] = data;
    expect(first!.before).toEqual({ name: 'Audit Co' });
    expect(first!.after).toEqual({ name: 'Audit Company' });
    expect(first!.actorUserId).toBe(owner.userId);
    expect(first!.objectType).toBe('workspace');
    expect(first!.objectId).toBe(ws);
    expect(first!.createdAt).toBe('2026-01-15T10:00:00.000Z');
    expect(latest!.before).toEqual({ currency: 'EUR', timeZone: 'Europe/Paris' });
    expect(latest!.after).toEqual({ currency: 'USD', timeZone: 'America/New_York' });
  });

  it('filters by action, object, actor and period', async () => {
    const created = await page(owner, '?action=workspace.created');
    expect(created.data.map((e) => e.action)).toEqual(['workspace.created']);
    expect((await page(owner, `?objectType=workspace&objectId=${ws}`)).data.length).toBeGreaterThanOrEqual(3);
    expect((await page(owner, '?objectType=nothing-like-this')).data).toEqual([]);
    expect((await page(owner, `?actorUserId=${owner.userId}&action=workspace.updated`)).data).toHaveLength(2);
    const between = await page(owner, '?from=2026-01-15T09:30:00Z&to=2026-01-15T10:30:00%2B00:00');
    expect(between.data.map((e) => e.summary)).toEqual(['Updated settings: name']);
    // A bare date is a whole UTC day.
    expect((await page(owner, '?action=workspace.updated&from=2026-01-15&to=2026-01-15')).data).toHaveLength(
      2,
    );
    expect((await page(owner, '?action=workspace.updated&to=2026-01-14')).data).toHaveLength(0);
  });

  it('rejects an unreadable or inverted period, naming the field', async () => {
    const bad = await owner.get(`${base}/audit?from=yesterday`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('from');
    const inverted = await owner.get(`${base}/audit?from=2026-02-01&to=2026-01-01`);
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().errors[0].field).toBe('to');
    expect((await owner.get(`${base}/audit?limit=500`)).statusCode).toBe(400);
  });

  it('pages with a stable cursor until the end', async () => {
    for (let i = 0; i < 4; i += 1) {
      clock.advance(60_000);
      await owner.patch(base, { name: `Audit Company ${i}` });
    }
    const all = (await page(owner, '?limit=200')).data;
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const p: Page = await page(owner, `?limit=2${cursor ? `&before=${cursor}` : ''}`);
      expect(p.data.length).toBeLessThanOrEqual(2);
      seen.push(...p.data.map((e) => e.id));
      cursor = p.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(seen).toEqual(all.map((e) => e.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(all.length).toBeGreaterThanOrEqual(7);
  });

  it('exports CSV with a header, the same filters, and formula cells neutralised', async () => {
    clock.advance(60_000);
    await owner.patch(base, { name: '=HYPERLINK("http://evil.test","click")' });
    const res = await owner.get(`${base}/audit.csv?action=workspace.updated`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="presence-audit-2026-01-15\.csv"$/,
    );
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'createdAt,actorLabel,actorUserId,action,objectType,objectId,summary,before,after,ip,id',
    );
    const rows = lines.slice(1).filter(Boolean);
    expect(rows.length).toBe((await page(owner, '?action=workspace.updated&limit=200')).data.length);
    expect(rows.every((r) => r.includes(',workspace.updated,'))).toBe(true);
    expect(rows[0]).toContain('"{""name"":""=HYPERLINK(\\""http://evil.test\\"",\\""click\\"")""}"');
    expect(res.body).not.toContain(',=HYPERLINK');
    const bad = await owner.get(`${base}/audit.csv?from=2026-02-01&to=2026-01-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('is for owners and admins: an editor gets 403, an admin reads it', async () => {
    const editor = await addMember(t.app, ws, 'editor');
    for (const path of ['audit', 'audit.csv']) {
      const res = await editor.client.get(`${base}/${path}`);
      expect(res.statusCode, path).toBe(403);
      expect(res.json().code).toBe('forbidden');
    }
    const admin = await addMember(t.app, ws, 'admin');
    expect((await page(admin.client)).data.length).toBeGreaterThan(0);
  });

  it('shows only its own workspace', async () => {
    const other = await signUp(t.app, { workspaceName: 'Elsewhere' });
    await other.client.patch(`/api/v1/workspaces/${other.workspaceId}`, { name: 'Elsewhere Ltd' });
    const mine = (await page(owner, '?limit=200')).data;
    expect(mine.some((e) => e.objectId === other.workspaceId)).toBe(false);
    const theirs = await other.client.get(`/api/v1/workspaces/${other.workspaceId}/audit?limit=200`);
    expect(theirs.json<Page>().data.every((e) => e.objectId !== ws)).toBe(true);
    expect((await other.client.get(`${base}/audit`)).statusCode).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type MemoryMailer, type TestApp } from '../support/app.js';
import { addMember } from '../support/members.js';
import { pdfText } from '../support/pdf-text.js';
import { createSite, publishLink, report, visit } from './conversions.support.js';

/** The report downloads and schedules through HTTP, on live figures computed by the engine. */

interface ScheduleJson {
  id: string;
  kind: string;
  cadence: string;
  format: string;
  language: string;
  recipients: string[];
  nextRunAt: string;
  lastRunAt: string | null;
}

describe.each(DIALECTS)('management reports on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let ownerMemberId: string;
  let executive: Client;
  let approver: Client;
  let otherWs: string;
  let otherMemberId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    const clock = t.clock as ManualClock;
    clock.set('2026-10-10T10:00:00.000Z');
    ({ client: owner, workspaceId: ws } = await signUp(t.app, { workspaceName: 'Acme =Bakery' }));
    const members = await owner.get(`/api/v1/workspaces/${ws}/members`);
    ownerMemberId = members
      .json<{ data: { id: string; userId: string }[] }>()
      .data.find((m) => m.userId === owner.userId)!.id;
    executive = (await addMember(t.app, t.mailer as MemoryMailer, owner, ws, 'executive')).client;
    approver = (await addMember(t.app, t.mailer as MemoryMailer, owner, ws, 'approver')).client;
    const other = await signUp(t.app, { workspaceName: 'Other' });
    otherWs = other.workspaceId;
    const otherMembers = await other.client.get(`/api/v1/workspaces/${otherWs}/members`);
    otherMemberId = otherMembers.json<{ data: { id: string }[] }>().data[0]!.id;

    // October 2026: two human clicks on a tracked link and a €49.90 sale attributed to it.
    const site = await createSite(owner, ws);
    const link = await publishLink(t, ws);
    await visit(t, link.code);
    await visit(t, link.code);
    const sale = await report(t, {
      key: site.key,
      type: 'sale',
      value: 49.9,
      currency: 'EUR',
      linkCode: link.code,
    });
    if (sale.statusCode !== 202) throw new Error(`sale answered ${sale.statusCode} ${sale.body}`);
    // The other workspace's sale must never show in ours.
    const otherSite = await createSite(other.client, otherWs);
    const otherLink = await publishLink(t, otherWs);
    await report(t, {
      key: otherSite.key,
      type: 'sale',
      value: 777,
      currency: 'EUR',
      linkCode: otherLink.code,
    });
    clock.set('2026-11-02T09:00:00.000Z');
  });
  afterAll(async () => t.close());

  const base = () => `/api/v1/workspaces/${ws}/analytics`;

  it('downloads the monthly PDF with the live figures, in English and in French', async () => {
    const en = await owner.get(`${base()}/reports/monthly.pdf?month=2026-10&lang=en`);
    expect(en.statusCode, en.body).toBe(200);
    expect(en.headers['content-type']).toBe('application/pdf');
    expect(en.headers['content-disposition']).toBe('attachment; filename="presence-report-2026-10-en.pdf"');
    const text = pdfText(en.rawPayload);
    expect(text).toContain('Monthly performance report');
    expect(text).toContain('October 2026');
    expect(text).toContain('Europe/Paris');
    expect(text).toContain('€49.90'); // attributed value
    expect(text).not.toContain('€777');
    expect(text).toMatch(/Link clicks\n2\n/); // the headline tile: two human clicks
    const fr = await owner.get(`${base()}/reports/monthly.pdf?month=2026-10&lang=fr`);
    const f = pdfText(fr.rawPayload);
    expect(f).toContain('Rapport mensuel de performance');
    expect(f).toContain('Octobre 2026');
    expect(f).toContain('49,90 €');
  });

  it('defaults to the last whole month in the workspace language', async () => {
    const res = await owner.get(`${base()}/reports/monthly.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('presence-report-2026-10-en.pdf');
  });

  it('exports the same figures as CSV, formula-safe', async () => {
    const res = await owner.get(`${base()}/reports/monthly.csv?month=2026-10&lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="presence-report-2026-10-en.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'section,scope,scope_id,metric,label,value,unit,currency,target,previous,status,note',
    );
    expect(lines.find((l) => l.startsWith('roi,workspace,') && l.includes(',attributed_value,'))).toContain(
      ',49.90,currency,EUR,',
    );
    expect(lines.find((l) => l.startsWith('roa,workspace,') && l.includes(',link_clicks,'))).toContain(
      ',2,count,',
    );
    // Nothing published reported engagements: empty with a reason, never 0.
    const eng = lines.find((l) => l.startsWith('roa,workspace,') && l.includes(',engagements,'))!;
    expect(eng).toMatch(/,engagements,Engagements,,count,/);
  });

  it('downloads the executive briefing for any days, one page, in French', async () => {
    const res = await owner.get(`${base()}/reports/briefing.pdf?from=2026-10-01&to=2026-10-31&lang=fr`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="presence-briefing-2026-10-fr.pdf"',
    );
    const text = pdfText(res.rawPayload);
    expect(text).toContain('SYNTHÈSE POUR LA DIRECTION');
    expect(text).toContain('49,90 €');
    const week = await owner.get(`${base()}/reports/briefing.pdf?from=2026-10-05&to=2026-10-11&lang=en`);
    expect(week.headers['content-disposition']).toBe(
      'attachment; filename="presence-briefing-2026-10-05_2026-10-11-en.pdf"',
    );
  });

  it('names the bad field', async () => {
    const month = await owner.get(`${base()}/reports/monthly.pdf?month=2026-13`);
    expect(month.statusCode).toBe(400);
    expect(month.body).toContain('month');
    const lang = await owner.get(`${base()}/reports/monthly.csv?lang=de`);
    expect(lang.statusCode).toBe(400);
    expect(lang.body).toContain('lang');
  });

  it('lets the executive read reports but not schedule them; the approver reads none', async () => {
    expect((await executive.get(`${base()}/reports/monthly.pdf?month=2026-10`)).statusCode).toBe(200);
    expect((await executive.get(`${base()}/report-schedules`)).statusCode).toBe(200);
    const create = await executive.post(`${base()}/report-schedules`, {
      kind: 'monthly_report',
      cadence: 'monthly',
      recipients: [ownerMemberId],
    });
    expect(create.statusCode).toBe(403);
    expect((await approver.get(`${base()}/reports/briefing.pdf`)).statusCode).toBe(403);
  });

  it('creates, lists, changes and removes a schedule, next run on the workspace clock', async () => {
    const res = await owner.post(`${base()}/report-schedules`, {
      kind: 'monthly_report',
      cadence: 'monthly',
      format: 'csv',
      recipients: [ownerMemberId],
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json<{ data: ScheduleJson }>().data;
    expect(s).toMatchObject({ kind: 'monthly_report', cadence: 'monthly', format: 'csv', language: 'en' });
    // Now is 2 Nov 2026 10:00 in Paris: the next 1st at 08:00 is 1 Dec (UTC+1).
    expect(s.nextRunAt).toBe('2026-12-01T07:00:00.000Z');
    const weekly = await owner.patch(`${base()}/report-schedules/${s.id}`, {
      cadence: 'weekly',
      language: 'fr',
    });
    expect(weekly.statusCode, weekly.body).toBe(200);
    expect(weekly.json<{ data: ScheduleJson }>().data).toMatchObject({
      cadence: 'weekly',
      language: 'fr',
      nextRunAt: '2026-11-09T07:00:00.000Z',
    });
    const list = await owner.get(`${base()}/report-schedules`);
    expect(list.json<{ data: ScheduleJson[] }>().data.map((x) => x.id)).toContain(s.id);
    expect((await owner.delete(`${base()}/report-schedules/${s.id}`)).statusCode).toBe(204);
    expect((await owner.delete(`${base()}/report-schedules/${s.id}`)).statusCode).toBe(404);
  });

  it('refuses a CSV briefing and recipients from another workspace, naming the field', async () => {
    const csv = await owner.post(`${base()}/report-schedules`, {
      kind: 'executive_briefing',
      cadence: 'weekly',
      format: 'csv',
      recipients: [ownerMemberId],
    });
    expect(csv.statusCode).toBe(400);
    expect(csv.json<{ field?: string }>().field ?? csv.body).toContain('format');
    const stranger = await owner.post(`${base()}/report-schedules`, {
      kind: 'monthly_report',
      cadence: 'monthly',
      recipients: [otherMemberId],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toContain('recipients');
    const none = await owner.post(`${base()}/report-schedules`, {
      kind: 'monthly_report',
      cadence: 'monthly',
      recipients: [],
    });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('recipients');
  });
});

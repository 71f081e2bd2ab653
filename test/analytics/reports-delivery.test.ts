import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import { SmtpMailer } from '../../src/modules/mail/mailers.js';
import { deliverDueReports } from '../../src/modules/analytics/reports/report-delivery.js';
import { DIALECTS } from '../support/databases.js';
import { MemoryMailer, createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember } from '../support/members.js';
import { SmtpCapture } from '../support/smtp.js';

/**
 * Scheduled delivery: due schedules are claimed once (two workers in parallel send one report), the
 * report is rendered for the period that ended, and each recipient receives it attached, through the
 * outbox, from a real SMTP peer's point of view.
 */

describe.each(DIALECTS)('scheduled report delivery on %s', (dialect) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let clock: ManualClock;
  let owner: Client;
  let ownerEmail: string;
  let ws: string;
  let ownerMemberId: string;
  let analystEmail: string;
  let analystMemberId: string;

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    // Members join through invitations read from memory; the app's mail then goes to the SMTP peer.
    const memory = new MemoryMailer();
    const smtpMailer = new SmtpMailer(smtp.url, 'Presence <no-reply@presence.local>');
    let useSmtp = false;
    t = await createTestApp(dialect, {
      clock: 'manual',
      mailer: {
        kind: 'smtp',
        deliver: (m) => (useSmtp ? smtpMailer.deliver(m) : memory.deliver(m)),
        close: () => smtpMailer.close(),
      },
    });
    clock = t.clock as ManualClock;
    clock.set('2026-10-20T10:00:00.000Z');
    const up = await signUp(t.app, { workspaceName: 'Acme' });
    ({ client: owner, workspaceId: ws, email: ownerEmail } = up);
    const analyst = await addMember(t.app, memory, owner, ws, 'analyst');
    analystEmail = analyst.email;
    analystMemberId = analyst.memberId;
    const members = await owner.get(`/api/v1/workspaces/${ws}/members`);
    ownerMemberId = members
      .json<{ data: { id: string; userId: string }[] }>()
      .data.find((m) => m.userId === owner.userId)!.id;
    useSmtp = true;
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('sends a due weekly briefing exactly once, attached, to every recipient', async () => {
    const res = await owner.post(`/api/v1/workspaces/${ws}/analytics/report-schedules`, {
      kind: 'executive_briefing',
      cadence: 'weekly',
      language: 'fr',
      recipients: [ownerMemberId, analystMemberId],
    });
    expect(res.statusCode, res.body).toBe(201);
    const schedule = res.json<{ data: { id: string; nextRunAt: string } }>().data;
    // Tuesday 20 Oct 2026: the next Monday 08:00 in Paris is after the October change (UTC+1).
    expect(schedule.nextRunAt).toBe('2026-10-26T07:00:00.000Z');

    // Not due yet: nothing is sent.
    expect(await deliverDueReports(t.ctx)).toEqual({ sent: 0, failed: 0 });
    clock.set('2026-10-26T07:01:00.000Z');
    // Two workers at once: the conditional claim lets one of them send.
    const [a, b] = await Promise.all([deliverDueReports(t.ctx), deliverDueReports(t.ctx)]);
    expect(a.sent + b.sent).toBe(1);
    expect(await deliverDueReports(t.ctx)).toEqual({ sent: 0, failed: 0 });

    const mine = await smtp.waitFor(ownerEmail);
    const theirs = await smtp.waitFor(analystEmail);
    for (const m of [mine, theirs]) {
      expect(m.subject).toBe('Acme — synthèse pour la direction, 19 oct. 2026 – 25 oct. 2026');
      expect(m.text).toContain('presence-briefing-2026-10-19_2026-10-25-fr.pdf');
      expect(m.raw).toMatch(/Content-Type: application\/pdf;?\s*(name=)?/i);
      expect(m.raw).toMatch(
        /Content-Disposition: attachment;\s*filename=presence-briefing-2026-10-19_2026-10-25-fr\.pdf/i,
      );
      expect(m.raw).toContain('JVBERi0'); // base64 of "%PDF-"
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages.filter((m) => m.to.includes(ownerEmail.toLowerCase()))).toHaveLength(1);

    const outbox = await t.ctx.database.db
      .selectFrom('mail_outbox')
      .select(['status', 'kind', 'attachments'])
      .where('workspace_id', '=', ws)
      .where('kind', '=', 'report')
      .execute();
    expect(outbox).toHaveLength(2);
    expect(outbox.every((r) => r.status === 'sent' && r.attachments?.includes('presence-briefing'))).toBe(
      true,
    );

    const after = await owner.get(`/api/v1/workspaces/${ws}/analytics/report-schedules`);
    const row = after
      .json<{ data: { id: string; nextRunAt: string; lastRunAt: string; lastError: string | null }[] }>()
      .data.find((s) => s.id === schedule.id)!;
    expect(row).toMatchObject({
      nextRunAt: '2026-11-02T07:00:00.000Z',
      lastRunAt: '2026-10-26T07:01:00.000Z',
      lastError: null,
    });
  });

  it('keeps the report in the outbox and retries it when the SMTP peer refuses', async () => {
    const res = await owner.post(`/api/v1/workspaces/${ws}/analytics/report-schedules`, {
      kind: 'monthly_report',
      cadence: 'monthly',
      format: 'csv',
      recipients: [ownerMemberId],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<{ data: { nextRunAt: string } }>().data.nextRunAt).toBe('2026-11-01T07:00:00.000Z');
    clock.set('2026-11-01T07:00:00.000Z');
    smtp.refusing = true;
    expect((await deliverDueReports(t.ctx)).sent).toBe(1);
    const failed = await t.ctx.database.db
      .selectFrom('mail_outbox')
      .select(['id', 'status', 'next_attempt_at'])
      .where('workspace_id', '=', ws)
      .where('subject', 'like', '%October 2026%')
      .executeTakeFirstOrThrow();
    expect(failed.status).toBe('failed');
    smtp.refusing = false;
    clock.set(new Date(Date.parse(failed.next_attempt_at!) + 1000).toISOString());
    const { MailService } = await import('../../src/modules/mail/mail.service.js');
    expect((await new MailService(t.ctx).retryDue()).delivered).toBeGreaterThanOrEqual(1);
    const mail = await smtp.waitFor(ownerEmail);
    expect(mail.subject).toBe('Acme — performance report, October 2026');
    expect(mail.raw).toMatch(/filename=presence-report-2026-10-en\.csv/);
  });
});

import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACT_PATHS } from '../../src/app/bootstrap.js';
import { ManualClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import { LogMailer, SmtpMailer } from '../../src/modules/mail/mailers.js';
import type { Mailer } from '../../src/modules/mail/mail.port.js';
import { runInBackground, settleBackgroundWork } from '../../src/modules/mail/background.js';
import { MailService, type OutgoingMail } from '../../src/modules/mail/mail.service.js';
import { OutboxRepository } from '../../src/modules/mail/outbox.repository.js';
import { MAX_MAIL_ATTEMPTS } from '../../src/modules/mail/retry-policy.js';
import { createTestApp, signUp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { linkIn, SmtpCapture } from '../support/smtp.js';

const message = (to: string, workspaceId: string | null): OutgoingMail => ({
  kind: 'test',
  to,
  workspaceId,
  message: { subject: 'Hello', text: 'Open https://presence.test/x/secret-link-value', html: '<p>Hi</p>' },
});

/** A mailer that always fails, like an SMTP relay that is down. */
const broken: Mailer = {
  kind: 'smtp',
  deliver: async () => {
    throw new Error('connect ECONNREFUSED 127.0.0.1:1');
  },
  close: async () => {},
};

describe.each(DIALECTS)('mail outbox on %s', (dialect) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let smtpMailer: SmtpMailer;
  let clock: ManualClock;
  let workspaceId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
    smtp = await SmtpCapture.start();
    smtpMailer = new SmtpMailer(smtp.url, 'Presence <no-reply@presence.local>');
    workspaceId = (await signUp(t.app)).workspaceId;
  });
  afterAll(async () => {
    await smtpMailer.close();
    await smtp.stop();
    await t.close();
  });
  const service = (mailer: Mailer) => new MailService({ ...t.ctx, mailer });

  it('keeps a refused message as failed with a backoff, then delivers it on the worker pass', async () => {
    const mail = service(smtpMailer);
    smtp.refusing = true;
    const failed = await mail.send(message('refused@example.test', workspaceId));
    smtp.refusing = false;
    expect(failed.status).toBe('failed');
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/451/);
    expect(failed.nextAttemptAt).toBe(new Date(clock.now().getTime() + 60_000).toISOString());

    expect((await mail.retryDue()).attempted).toBe(0); // not due yet
    clock.advance(61_000);
    expect(await mail.retryDue()).toEqual({ attempted: 1, delivered: 1, failed: 0 });
    const [row] = (await mail.list(workspaceId)).filter((m) => m.id === failed.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null, nextAttemptAt: null });
    expect(row?.sentAt).toBe(clock.now().toISOString());
    expect((await smtp.waitFor('refused@example.test')).subject).toBe('Hello');
  });

  it('stops automatic attempts after the bound but keeps the message', async () => {
    const mail = service(broken);
    const first = await mail.send(message('down@example.test', workspaceId));
    for (let i = 1; i < MAX_MAIL_ATTEMPTS; i += 1) {
      clock.advance(7 * 3600_000);
      await mail.retryDue(100);
    }
    const repo = new OutboxRepository(t.ctx.database.db);
    const row = await repo.findById(first.id);
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_MAIL_ATTEMPTS, next_attempt_at: null });
    expect(row?.last_error).toContain('ECONNREFUSED');
    clock.advance(7 * 3600_000);
    expect((await mail.retryDue(100)).attempted).toBe(0);
    expect((await repo.findById(first.id))?.status).toBe('failed');
  });

  it('writes to the log without SMTP and keeps an outbox row with the link', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'info', redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
      { write: (s: string) => void lines.push(s) },
    );
    const mail = new MailService({ ...t.ctx, mailer: new LogMailer(logger), logger });
    const sent = await mail.send(message('nosmtp@example.test', workspaceId));
    expect(sent.status).toBe('logged');
    expect(sent.sentAt).not.toBeNull();
    const listed = (await mail.list(workspaceId)).find((m) => m.id === sent.id);
    expect(listed?.text).toContain('https://presence.test/x/secret-link-value');
    expect(lines.join('\n')).toContain('https://presence.test/x/secret-link-value');
  });

  it('never lists personal mail and keeps its body only until it is delivered', async () => {
    const mail = service(smtpMailer);
    smtp.refusing = true;
    const personal = await mail.send(message('me@example.test', null));
    smtp.refusing = false;
    const repo = new OutboxRepository(t.ctx.database.db);
    expect((await repo.findById(personal.id))?.text_body).toContain('secret-link-value');
    expect((await mail.list(workspaceId)).some((m) => m.id === personal.id)).toBe(false);
    clock.advance(61_000);
    await mail.retryDue();
    const after = await repo.findById(personal.id);
    expect(after?.status).toBe('sent');
    expect(after?.text_body).not.toContain('secret-link-value');
    expect(after?.html_body).toBeNull();
    expect(linkIn(await smtp.waitFor('me@example.test'), '/x/')).toBe(
      'https://presence.test/x/secret-link-value',
    );
  });

  it('runs background work after the caller returns and lets tests wait for it', async () => {
    let id = '';
    runInBackground(t.ctx, 'test', async () => {
      id = (await service(smtpMailer).send(message('later@example.test', workspaceId))).id;
    });
    expect(id).toBe('');
    await settleBackgroundWork(t.ctx.database);
    expect((await new OutboxRepository(t.ctx.database.db).findById(id))?.status).toBe('sent');
    await smtp.waitFor('later@example.test');
  });

  it('picks up a message whose delivery was interrupted once its lease ends', async () => {
    const repo = new OutboxRepository(t.ctx.database.db);
    const id = newId();
    await repo.insert({
      id,
      workspace_id: workspaceId,
      kind: 'test',
      to_address: 'crashed@example.test',
      subject: 'Interrupted',
      text_body: 'body',
      html_body: null,
      status: 'queued',
      attempts: 1,
      last_error: null,
      next_attempt_at: new Date(clock.now().getTime() + 60_000).toISOString(),
      sent_at: null,
      created_at: clock.now().toISOString(),
    });
    const mail = service(smtpMailer);
    expect((await mail.retryDue()).attempted).toBe(0); // still leased
    clock.advance(5 * 60_000);
    expect((await mail.retryDue()).delivered).toBe(1);
    expect((await repo.findById(id))?.attempts).toBe(2);
    expect((await smtp.waitFor('crashed@example.test')).subject).toBe('Interrupted');
  });
});

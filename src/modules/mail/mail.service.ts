import type { AppContext } from '../../app/context.js';
import { conflict, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { OutboxRepository, type MailRow, type MailStatus } from './outbox.repository.js';
import { DELIVERY_LEASE_MS, nextAttemptAt } from './retry-policy.js';
import type { RenderedMail } from './templates/render.js';
import type { MailAttachment } from './mail.port.js';
import { decodeAttachments, encodeAttachments } from './attachments.js';

/** What a module hands to the mail service: who, what, and whose it is. */
export interface OutgoingMail {
  /** What the message is for, e.g. `invitation` or `password_reset`. */
  kind: string;
  to: string;
  /** The workspace whose admins may see and retry it; null for personal mail nobody else may read. */
  workspaceId: string | null;
  message: RenderedMail;
  /** Files to send with it (a scheduled report), stored in the outbox with the message. */
  attachments?: MailAttachment[];
}

/** A message as the outbox page shows it. */
export interface MailView {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
}

// Personal mail (a password-reset link) is kept only until it is delivered: afterwards nobody may read
// it, so the stored copy would only be a live link waiting in a database dump.
const DELIVERED_PERSONAL_BODY = '(personal message: content removed after delivery)';

/** Turns an outbox row into what the API shows. */
export function presentMail(row: MailRow): MailView {
  return {
    id: row.id,
    kind: row.kind,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    status: row.status as MailStatus,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/**
 * Outgoing mail: each message is written to the outbox first, then handed to the mailer (SMTP, or the
 * log when SMTP is not configured). A failure keeps the message as `failed` with a backoff; the worker's
 * `mail.retry` task and admins retry it. Nothing is dropped silently.
 */
export class MailService {
  private readonly repo: OutboxRepository;
  constructor(private readonly ctx: Pick<AppContext, 'database' | 'mailer' | 'clock' | 'logger'>) {
    this.repo = new OutboxRepository(ctx.database.db);
  }

  /** Records the message and delivers it now; a delivery failure is recorded, not thrown. */
  async send(mail: OutgoingMail): Promise<MailView> {
    const row = await this.record(mail);
    await this.deliver(row);
    return presentMail((await this.repo.findById(row.id)) ?? row);
  }

  /** The workspace's outbox, newest first. */
  async list(workspaceId: string, limit = 200): Promise<MailView[]> {
    return (await this.repo.listForWorkspace(workspaceId, limit)).map(presentMail);
  }

  /** An admin's retry: delivers now whatever the backoff says, unless already delivered or in flight. */
  async retry(actor: Actor, id: string): Promise<MailView> {
    const row = await this.repo.findInWorkspace(actor.workspaceId, id);
    if (!row) throw notFound('Mail');
    if (row.status === 'sent') throw conflict('This message was already delivered');
    const now = this.ctx.clock.now();
    const lease = new Date(now.getTime() + DELIVERY_LEASE_MS).toISOString();
    if (!(await this.repo.claim(id, now.toISOString(), lease, true))) {
      throw conflict('This message is being delivered right now');
    }
    const claimed = await this.repo.findById(id);
    if (!claimed) throw notFound('Mail');
    await this.deliver(claimed);
    const after = presentMail((await this.repo.findById(id)) ?? claimed);
    await new AuditService(this.ctx.database.db, this.ctx.clock).record(actor, {
      action: 'mail.retried',
      objectType: 'mail',
      objectId: id,
      summary: `Retried mail “${row.subject}” to ${row.to_address}: ${after.status}`,
      before: { status: row.status, attempts: row.attempts, lastError: row.last_error },
      after: { status: after.status, attempts: after.attempts, lastError: after.lastError },
    });
    return after;
  }

  /** The worker's pass: one attempt for each due message (failed after backoff, or interrupted). */
  async retryDue(limit = 20): Promise<{ attempted: number; delivered: number; failed: number }> {
    const now = this.ctx.clock.now();
    const lease = new Date(now.getTime() + DELIVERY_LEASE_MS).toISOString();
    const result = { attempted: 0, delivered: 0, failed: 0 };
    for (const id of await this.repo.findDueIds(now.toISOString(), limit)) {
      // Another worker (or an admin's retry) may have taken it since we listed it.
      if (!(await this.repo.claim(id, now.toISOString(), lease, false))) continue;
      const row = await this.repo.findById(id);
      if (!row) continue;
      result.attempted += 1;
      if (await this.deliver(row)) result.delivered += 1;
      else result.failed += 1;
    }
    return result;
  }

  /** Writes the message as queued, holding a delivery lease so the worker leaves it alone for now. */
  private async record(mail: OutgoingMail): Promise<MailRow> {
    const now = this.ctx.clock.now();
    const row: MailRow = {
      id: newId(now.getTime()),
      workspace_id: mail.workspaceId,
      kind: mail.kind,
      to_address: mail.to,
      subject: mail.message.subject,
      text_body: mail.message.text,
      html_body: mail.message.html ?? null,
      status: 'queued',
      attempts: 1,
      last_error: null,
      next_attempt_at: new Date(now.getTime() + DELIVERY_LEASE_MS).toISOString(),
      sent_at: null,
      created_at: now.toISOString(),
      attachments: encodeAttachments(mail.attachments),
    };
    await this.repo.insert(row);
    return row;
  }

  /** One attempt for a row this process holds; true when the mailer took the message. */
  private async deliver(row: MailRow): Promise<boolean> {
    try {
      const delivery = await this.ctx.mailer.deliver({
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        ...(row.html_body ? { html: row.html_body } : {}),
        ...(row.attachments ? { attachments: decodeAttachments(row.attachments) } : {}),
      });
      await this.repo.recordDelivered(
        row.id,
        delivery.status,
        this.ctx.clock.now().toISOString(),
        row.workspace_id === null ? { text_body: DELIVERED_PERSONAL_BODY, html_body: null } : undefined,
      );
      return true;
    } catch (err) {
      const next = nextAttemptAt(this.ctx.clock.now(), row.attempts);
      const error = errorText(err);
      await this.repo.recordFailure(row.id, error, next?.toISOString() ?? null);
      this.ctx.logger.warn(
        { mailId: row.id, kind: row.kind, attempts: row.attempts, err: error, nextAttemptAt: next },
        next ? 'mail delivery failed; it will be retried' : 'mail delivery failed; automatic retries used up',
      );
      return false;
    }
  }
}

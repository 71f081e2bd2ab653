import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { MailOutboxTable } from '../../db/tables/foundation.tables.js';

export type MailRow = Selectable<MailOutboxTable>;
export type MailStatus = 'queued' | 'sent' | 'logged' | 'failed';

/**
 * SQL for the mail outbox: every message is a row before it is handed to the mailer, so a crash or an
 * SMTP outage never loses one. Rows with `workspace_id` null are personal mail (password reset) and are
 * never listed for any workspace.
 */
export class OutboxRepository {
  constructor(private readonly db: Kysely<DB>) {}

  // Insertable: `attachments` may be left out (plain messages, rows written by older callers).
  async insert(row: Insertable<MailOutboxTable>): Promise<void> {
    await this.db.insertInto('mail_outbox').values(row).execute();
  }

  /** One message of the workspace (never a personal one). */
  async findInWorkspace(workspaceId: string, id: string): Promise<MailRow | undefined> {
    return this.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Any message by id, for the delivery loop (which also carries personal mail). */
  async findById(id: string): Promise<MailRow | undefined> {
    return this.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The workspace's mail, newest first. */
  async listForWorkspace(workspaceId: string, limit: number): Promise<MailRow[]> {
    return this.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  /** Ids of messages whose next attempt is due: failed ones after their backoff, interrupted ones. */
  async findDueIds(nowIso: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('status', 'in', ['queued', 'failed'])
      .where('next_attempt_at', '<=', nowIso)
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /**
   * Takes a message for one delivery attempt: counts the attempt and sets a lease, only if nobody else
   * holds it. `manual` (an admin's retry) also takes failed messages still waiting for their backoff,
   * given-up ones and logged ones; it never takes a delivered one or one being delivered right now.
   */
  async claim(id: string, nowIso: string, leaseUntilIso: string, manual: boolean): Promise<boolean> {
    const r = await this.db
      .updateTable('mail_outbox')
      .set((eb) => ({
        status: 'queued',
        attempts: eb('attempts', '+', 1),
        next_attempt_at: leaseUntilIso,
        last_error: null,
      }))
      .where('id', '=', id)
      .where((eb) =>
        manual
          ? eb.or([
              eb('status', 'in', ['failed', 'logged']),
              eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', nowIso)]),
            ])
          : eb.and([eb('status', 'in', ['queued', 'failed']), eb('next_attempt_at', '<=', nowIso)]),
      )
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Records a delivery (sent over SMTP, or written to the log), optionally with scrubbed bodies. */
  async recordDelivered(
    id: string,
    status: 'sent' | 'logged',
    atIso: string,
    bodies?: { text_body: string; html_body: string | null },
  ): Promise<void> {
    await this.db
      .updateTable('mail_outbox')
      .set({ status, sent_at: atIso, next_attempt_at: null, last_error: null, ...(bodies ?? {}) })
      .where('id', '=', id)
      .execute();
  }

  /** Records a failed attempt; `nextAttemptAtIso` null means automatic attempts are used up. */
  async recordFailure(id: string, error: string, nextAttemptAtIso: string | null): Promise<void> {
    await this.db
      .updateTable('mail_outbox')
      .set({ status: 'failed', last_error: error, next_attempt_at: nextAttemptAtIso })
      .where('id', '=', id)
      .execute();
  }
}

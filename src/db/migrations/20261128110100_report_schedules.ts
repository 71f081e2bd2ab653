import type { Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

/**
 * Management reports (issue 8): schedules that e-mail the monthly report or the executive briefing,
 * and attachments on the mail outbox so a scheduled report waits in the outbox with its file like any
 * other message (retries included).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('report_schedules')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('recipients', t.json, (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('next_run_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_run_at', t.timestamp)
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_schedules_workspace_idx')
    .on('report_schedules')
    .columns(['workspace_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('report_schedules_due_idx')
    .on('report_schedules')
    .column('next_run_at')
    .execute();

  // JSON text on both engines: [{ filename, contentType, content (base64) }], null for plain messages.
  await db.schema.alterTable('mail_outbox').addColumn('attachments', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mail_outbox').dropColumn('attachments').execute();
  await db.schema.dropTable('report_schedules').execute();
}

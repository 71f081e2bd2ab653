import type { Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

/**
 * Posting slots (weekly wall-clock times per connected account, read in the workspace's time zone) and
 * personal iCalendar feeds (issue 4). A feed stores only the SHA-256 of its secret, like API tokens.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('posting_slots')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('account_id', t.id, (c) => c.notNull().references('connected_accounts.id').onDelete('cascade'))
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('posting_slots_uq', ['account_id', 'weekday', 'time'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_used_at', t.timestamp)
    .addColumn('revoked_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('calendar_feeds_owner_idx')
    .on('calendar_feeds')
    .columns(['workspace_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calendar_feeds').execute();
  await db.schema.dropTable('posting_slots').execute();
}

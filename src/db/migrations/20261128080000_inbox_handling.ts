import type { Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

/**
 * Handling the inbox (issue 7): routing rules applied at ingestion, saved replies, the replies sent
 * from Presence (recorded before the network call so a failure is kept and a retry reuses the same
 * idempotency key), internal notes, and each workspace's first-response targets.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('inbox_rules')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('stop_processing', 'integer', (c) => c.notNull())
    .addColumn('conditions', t.json, (c) => c.notNull())
    .addColumn('actions', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inbox_rules_ws_idx')
    .on('inbox_rules')
    .columns(['workspace_id', 'position'])
    .execute();

  await db.schema
    .createTable('inbox_saved_replies')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('tags', t.json, (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inbox_saved_replies_ws_idx')
    .on('inbox_saved_replies')
    .column('workspace_id')
    .execute();

  await db.schema
    .createTable('inbox_replies')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('item_id', t.id, (c) => c.notNull().references('inbox_items.id').onDelete('cascade'))
    .addColumn('account_id', t.id, (c) => c.notNull().references('connected_accounts.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    // pending (in flight, or interrupted) | sent | failed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('remote_id', 'text')
    .addColumn('url', 'text')
    // What the connector receives on every attempt: the network finds the earlier reply instead of a second.
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('author_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('failure_code', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('raw_error', t.json)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('sent_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('inbox_replies_item_idx')
    .on('inbox_replies')
    .columns(['item_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('inbox_notes')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('item_id', t.id, (c) => c.notNull().references('inbox_items.id').onDelete('cascade'))
    .addColumn('author_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inbox_notes_item_idx')
    .on('inbox_notes')
    .columns(['item_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('inbox_settings')
    .addColumn('workspace_id', t.id, (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    // business | around_the_clock
    .addColumn('clock', 'text', (c) => c.notNull())
    // [{ network, priority | null, minutes }]
    .addColumn('targets', t.json, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'inbox_settings',
    'inbox_notes',
    'inbox_replies',
    'inbox_saved_replies',
    'inbox_rules',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

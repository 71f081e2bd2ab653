import type { Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

/**
 * Replies held for approval (issue 7, reply circuit): a reply that an approval circuit governs is kept
 * here instead of being sent; approving it sends it through the normal replies path, once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('held_replies')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('item_id', t.id, (c) => c.notNull().references('inbox_items.id').onDelete('cascade'))
    .addColumn('author_id', t.id, (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('circuit_id', t.id, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', t.id)
    .addColumn('decided_at', t.timestamp)
    .addColumn('reason', 'text')
    // Also the id of the inbox reply an approval creates, so a repeated approval finds it.
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('held_replies_ws_status_idx')
    .on('held_replies')
    .columns(['workspace_id', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('held_replies').execute();
}

import type { Kysely } from 'kysely';

/**
 * The inbox list at volume (issue 7 benchmark, 80,000 items in a workspace): the list is always newest
 * first, and most filters (network, question, account, search, "everything") do not start with a state,
 * so the existing (workspace_id, state, occurred_at) index could not give the order: every query sorted
 * the whole workspace before keeping 51 rows. Walking (workspace_id, occurred_at, id) backwards stops at
 * the page size instead; the id breaks ties as the cursor does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('inbox_items_recent_idx')
    .on('inbox_items')
    .columns(['workspace_id', 'occurred_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('inbox_items_recent_idx').execute();
}

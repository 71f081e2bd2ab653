import type { Kysely } from 'kysely';

/**
 * Snapshots taken on demand ("Refresh metrics now") are stored beside the scheduled ones but flagged,
 * so they never stand in for a schedule point: the 1 h, 6 h… readings still happen at their time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('post_metric_snapshots')
    .addColumn('on_demand', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('post_metric_snapshots').dropColumn('on_demand').execute();
}

import type { Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

/**
 * Metric snapshots collected over time (issue 8): one row per published variant at each schedule point
 * (1 h, 6 h, 24 h, 7 d after publication, then daily to day 30) and one row per account per day. The
 * metrics are a JSON object holding only what the network reported; what it does not expose is listed
 * in `unavailable` (decision 0016 explains why a JSON row rather than a row per metric).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('post_metric_snapshots')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('variant_id', t.id, (c) => c.notNull().references('post_variants.id').onDelete('cascade'))
    .addColumn('account_id', t.id, (c) => c.notNull().references('connected_accounts.id').onDelete('cascade'))
    .addColumn('network', 'text', (c) => c.notNull())
    .addColumn('observed_at', t.timestamp, (c) => c.notNull())
    .addColumn('due_at', t.timestamp, (c) => c.notNull())
    .addColumn('metrics', t.json, (c) => c.notNull())
    .addColumn('unavailable', t.json, (c) => c.notNull())
    .addColumn('gone', 'integer', (c) => c.notNull())
    // One answer per schedule point: a job run twice (at-least-once delivery) stores nothing more.
    .addUniqueConstraint('post_metric_snapshots_due_uq', ['variant_id', 'due_at'])
    .execute();
  // A variant's series in time order; the workspace's snapshots over a period (dashboards).
  await db.schema
    .createIndex('post_metric_snapshots_variant_idx')
    .on('post_metric_snapshots')
    .columns(['variant_id', 'observed_at'])
    .execute();
  await db.schema
    .createIndex('post_metric_snapshots_workspace_idx')
    .on('post_metric_snapshots')
    .columns(['workspace_id', 'observed_at'])
    .execute();

  await db.schema
    .createTable('account_metric_snapshots')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('account_id', t.id, (c) => c.notNull().references('connected_accounts.id').onDelete('cascade'))
    .addColumn('observed_at', t.timestamp, (c) => c.notNull())
    .addColumn('metrics', t.json, (c) => c.notNull())
    .addColumn('unavailable', t.json, (c) => c.notNull())
    .execute();
  // An account's series over a period, and its latest snapshot (the daily task).
  await db.schema
    .createIndex('account_metric_snapshots_account_idx')
    .on('account_metric_snapshots')
    .columns(['account_id', 'observed_at'])
    .execute();
  await db.schema
    .createIndex('account_metric_snapshots_workspace_idx')
    .on('account_metric_snapshots')
    .columns(['workspace_id', 'observed_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('account_metric_snapshots').execute();
  await db.schema.dropTable('post_metric_snapshots').execute();
}

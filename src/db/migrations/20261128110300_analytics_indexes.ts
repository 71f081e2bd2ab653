import type { Kysely } from 'kysely';

/**
 * Indexes the indicator engine reads by (decision 0017): the variants a workspace published in a
 * period, the human clicks of a workspace in a period (the workspace scope counts every link, so the
 * (link_id, clicked_at) index does not serve it), and approvals by first submission. Snapshots already
 * have (variant_id, observed_at), conversions (workspace_id, occurred_at).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('post_variants_published_idx')
    .on('post_variants')
    .columns(['workspace_id', 'status', 'published_at'])
    .execute();
  await db.schema
    .createIndex('link_clicks_workspace_idx')
    .on('link_clicks')
    .columns(['workspace_id', 'clicked_at'])
    .execute();
  await db.schema
    .createIndex('approval_requests_submitted_idx')
    .on('approval_requests')
    .columns(['workspace_id', 'first_submitted_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('approval_requests_submitted_idx').execute();
  await db.schema.dropIndex('link_clicks_workspace_idx').execute();
  await db.schema.dropIndex('post_variants_published_idx').execute();
}

import type { Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

/**
 * Tracked short links (issue 4): one row per (variant, URL) rewritten at publish time, and one row per
 * visit of /l/{code}. Links point at posts and variants with ON DELETE SET NULL so deleting a post
 * never breaks a link already published on a network; clicks go with their link.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('tracked_links')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('post_id', t.id, (c) => c.references('posts.id').onDelete('set null'))
    .addColumn('variant_id', t.id, (c) => c.references('post_variants.id').onDelete('set null'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('target_url', 'text', (c) => c.notNull())
    .addColumn('final_url', 'text', (c) => c.notNull())
    .addColumn('network', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    // A retried publish finds the code it created the first time instead of minting a second one.
    .addUniqueConstraint('tracked_links_variant_url_uq', ['variant_id', 'target_url'])
    .execute();
  await db.schema
    .createIndex('tracked_links_post_idx')
    .on('tracked_links')
    .columns(['workspace_id', 'post_id'])
    .execute();

  await db.schema
    .createTable('link_clicks')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('link_id', t.id, (c) => c.notNull().references('tracked_links.id').onDelete('cascade'))
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('clicked_at', t.timestamp, (c) => c.notNull())
    .addColumn('is_bot', 'integer', (c) => c.notNull())
    .addColumn('bot_reason', 'text')
    .addColumn('referrer_host', 'text')
    .addColumn('country', 'text')
    .addColumn('visitor_hash', 'text', (c) => c.notNull())
    .execute();
  // Counts per link, day series over a period, and the double-click look-back all read by link and time.
  await db.schema
    .createIndex('link_clicks_link_time_idx')
    .on('link_clicks')
    .columns(['link_id', 'clicked_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('link_clicks').execute();
  await db.schema.dropTable('tracked_links').execute();
}

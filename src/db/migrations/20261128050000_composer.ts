import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

// Composer (issue 4): thread parts, Mastodon visibility and content warning per variant; whether the
// post's links are rewritten to tracked short links at publish time.

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('post_variants')
    .addColumn('thread', t.json, (c) => c.notNull().defaultTo(sql`'[]'`))
    .execute();
  await db.schema.alterTable('post_variants').addColumn('visibility', 'text').execute();
  await db.schema.alterTable('post_variants').addColumn('content_warning', 'text').execute();
  // Attempts made before the user's last "retry": a retry gives the variant a fresh attempt budget.
  await db.schema
    .alterTable('post_variants')
    .addColumn('attempt_base', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('posts')
    .addColumn('track_links', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // The composer's list filters by author and the calendar's mix by pillar.
  await db.schema
    .createIndex('posts_workspace_created_idx')
    .on('posts')
    .columns(['workspace_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('posts_workspace_created_idx').execute();
  await db.schema.alterTable('posts').dropColumn('track_links').execute();
  await db.schema.alterTable('post_variants').dropColumn('attempt_base').execute();
  await db.schema.alterTable('post_variants').dropColumn('content_warning').execute();
  await db.schema.alterTable('post_variants').dropColumn('visibility').execute();
  await db.schema.alterTable('post_variants').dropColumn('thread').execute();
}

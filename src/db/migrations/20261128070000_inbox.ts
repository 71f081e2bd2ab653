import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

/**
 * The unified inbox (issue 7): the people who write to us (contacts, one per network identity),
 * the conversations they start (items: replies, mentions, quotes, direct messages — likes and reposts
 * are metrics, not conversations), and one polling cursor per connected account.
 *
 * An item is unique per (account, remote id): polling twice, or two workers polling at once, never
 * makes a duplicate. Items keep the clock fields the response-time indicators need.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('inbox_contacts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('network', 'text', (c) => c.notNull())
    .addColumn('remote_id', 'text', (c) => c.notNull())
    .addColumn('handle', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text')
    .addColumn('avatar_url', 'text')
    .addColumn('profile_url', 'text')
    .addColumn('followers', 'integer')
    .addColumn('first_seen_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('inbox_contacts_remote_uq', ['workspace_id', 'network', 'remote_id'])
    .execute();

  await db.schema
    .createTable('inbox_items')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('account_id', t.id, (c) => c.notNull().references('connected_accounts.id').onDelete('cascade'))
    .addColumn('network', 'text', (c) => c.notNull())
    .addColumn('remote_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('contact_id', t.id, (c) => c.notNull().references('inbox_contacts.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('subject_remote_id', 'text')
    .addColumn('parent_remote_id', 'text')
    .addColumn('root_remote_id', 'text')
    // The conversation: the root of the network thread, or the item itself.
    .addColumn('thread_key', 'text', (c) => c.notNull())
    // Our published variant the conversation hangs on, when there is one.
    .addColumn('variant_id', t.id, (c) => c.references('post_variants.id').onDelete('set null'))
    .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('is_question', 'integer', (c) => c.notNull())
    .addColumn('sentiment', 'text', (c) => c.notNull())
    .addColumn('sentiment_score', 'real', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('assignee_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('department_id', t.id, (c) => c.references('departments.id').onDelete('set null'))
    .addColumn('tags', t.json, (c) => c.notNull())
    // The response clock: target in minutes, when it falls due, when the first answer went out.
    .addColumn('target_minutes', 'integer')
    .addColumn('due_at', t.timestamp)
    .addColumn('first_response_at', t.timestamp)
    .addColumn('first_response_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('first_response_source', 'text')
    .addColumn('breached_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('inbox_items_remote_uq', ['account_id', 'remote_id'])
    .execute();
  // The inbox list: a workspace's items by state, newest first; and the clocks due soonest.
  await db.schema
    .createIndex('inbox_items_list_idx')
    .on('inbox_items')
    .columns(['workspace_id', 'state', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('inbox_items_thread_idx')
    .on('inbox_items')
    .columns(['workspace_id', 'thread_key'])
    .execute();
  await db.schema.createIndex('inbox_items_contact_idx').on('inbox_items').column('contact_id').execute();
  await sql`create index inbox_items_due_idx on inbox_items (due_at) where first_response_at is null and breached_at is null`.execute(
    db,
  );

  await db.schema
    .createTable('inbox_cursors')
    .addColumn('account_id', t.id, (c) =>
      c.primaryKey().references('connected_accounts.id').onDelete('cascade'),
    )
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('cursor', 'text')
    .addColumn('interval_seconds', 'integer', (c) => c.notNull())
    .addColumn('next_poll_at', t.timestamp, (c) => c.notNull())
    // A poller holds the account until then; another worker skips it (several workers on PostgreSQL).
    .addColumn('lease_until', t.timestamp)
    .addColumn('last_polled_at', t.timestamp)
    .addColumn('last_error', 'text')
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inbox_cursors_due_idx').on('inbox_cursors').column('next_poll_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['inbox_cursors', 'inbox_items', 'inbox_contacts']) {
    await db.schema.dropTable(table).execute();
  }
}

import type { Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

/**
 * Approvals (issue 6): circuits per workspace, one approval request per post and submission cycle
 * holding the engine's state (with its step log, for the cycle-time indicators), an append-only event
 * log for replay and audit, post versions (snapshots; diffs are computed on read), comments with
 * mentions, and review links for outside reviewers (only the SHA-256 of the token is stored).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('approval_circuits')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', t.json, (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('approval_circuits_ws_idx')
    .on('approval_circuits')
    .column('workspace_id')
    .execute();

  await db.schema
    .createTable('post_versions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('post_id', t.id, (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    // submitted | edited
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('snapshot', t.json, (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('post_versions_post_number_uq')
    .on('post_versions')
    .columns(['post_id', 'number'])
    .unique()
    .execute();

  await db.schema
    .createTable('approval_requests')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('post_id', t.id, (c) => c.notNull().references('posts.id').onDelete('cascade'))
    // 1 for the first request of a post; a post rejected for good starts a new request when resubmitted.
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('circuit_id', t.id)
    .addColumn('content_type', 'text', (c) => c.notNull())
    // The engine's ApprovalState as JSON, circuit snapshot and step log included.
    .addColumn('state', t.json, (c) => c.notNull())
    // Copied out of the state for queries (inbox, indicators).
    .addColumn('status', 'text', (c) => c.notNull())
    // Bumped at every save: a save conditional on it never overwrites a decision taken meanwhile.
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('submitted_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('current_version_id', t.id, (c) => c.references('post_versions.id').onDelete('set null'))
    .addColumn('first_submitted_at', t.timestamp)
    .addColumn('approved_at', t.timestamp)
    // The earliest pending timer of the state: a sweep re-queues timers whose job was lost.
    .addColumn('next_timer_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('approval_requests_next_timer_idx')
    .on('approval_requests')
    .column('next_timer_at')
    .execute();
  await db.schema
    .createIndex('approval_requests_post_uq')
    .on('approval_requests')
    .columns(['post_id', 'number'])
    .unique()
    .execute();
  await db.schema
    .createIndex('approval_requests_ws_status_idx')
    .on('approval_requests')
    .columns(['workspace_id', 'status'])
    .execute();

  await db.schema
    .createTable('approval_events')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('request_id', t.id, (c) => c.notNull().references('approval_requests.id').onDelete('cascade'))
    .addColumn('post_id', t.id, (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    // The engine's ApprovalEvent as JSON: replaying them from the initial state rebuilds the state.
    .addColumn('event', t.json, (c) => c.notNull())
    .addColumn('actor_name', 'text')
    .addColumn('step_index', 'integer')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('approval_events_request_idx')
    .on('approval_events')
    .columns(['request_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('post_comments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('post_id', t.id, (c) => c.notNull().references('posts.id').onDelete('cascade'))
    // member (author_id: user id) | external (author_id: review link id)
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addColumn('author_id', t.id)
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('mentions', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('post_comments_post_idx')
    .on('post_comments')
    .columns(['post_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('review_links')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('post_id', t.id, (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('reviewer_name', 'text', (c) => c.notNull())
    .addColumn('reviewer_email', 'text')
    // The label of the circuit's `external` approver this reviewer stands for; null: comments only.
    .addColumn('external_id', 'text')
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('revoked_at', t.timestamp)
    .addColumn('last_used_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_links_post_idx').on('review_links').column('post_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'review_links',
    'post_comments',
    'approval_events',
    'approval_requests',
    'post_versions',
    'approval_circuits',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

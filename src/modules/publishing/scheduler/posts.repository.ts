import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { toAccountRecord, type ConnectedAccountRecord } from './connected-accounts.repository.js';
import {
  toPost,
  toVariant,
  variantRow,
  type NewPost,
  type NewVariant,
  type PostRecord,
  type VariantPatch,
  type VariantRecord,
} from './posts.records.js';
import type { ConnectedAccountsTable, PostsTable } from './publishing.tables.js';
import type { FailureCode, VariantStatus } from './publishing.types.js';

// The record types and row mappers live in posts.records.ts; re-exported for existing importers.
export {
  toPost,
  toVariant,
  variantRow,
  type NewPost,
  type NewVariant,
  type PostRecord,
  type VariantPatch,
  type VariantRecord,
} from './posts.records.js';

/**
 * Posts and their variants (one per connected account). Every method filters by workspace. Status
 * changes made by the scheduler are conditional on the current status, so a cancel racing a publish
 * never resurrects a post; the composer uses `update` / `setStatus` and then asks the
 * `PublishScheduler` to (un)schedule.
 */
export class PostsRepository {
  readonly #db: Kysely<DB>;

  constructor(db: Kysely<DB>) {
    this.#db = db;
  }

  /** Creates a post (the container; variants carry the content). */
  async createPost(p: NewPost): Promise<PostRecord> {
    const row: Insertable<PostsTable> & { track_links: number } = {
      id: p.id,
      workspace_id: p.workspaceId,
      title: p.title,
      objective_id: p.objectiveId ?? null,
      action_id: p.actionId ?? null,
      pillar_id: p.pillarId ?? null,
      track_links: p.trackLinks === false ? 0 : 1,
      created_by: p.createdBy ?? null,
      created_at: p.now,
      updated_at: p.now,
    };
    await this.#db.insertInto('posts').values(row).execute();
    return toPost({
      ...row,
      objective_id: row.objective_id ?? null,
      action_id: row.action_id ?? null,
      pillar_id: row.pillar_id ?? null,
      created_by: row.created_by ?? null,
    });
  }

  /** Changes a post's own fields (title, links to the strategy, link tracking). */
  async updatePost(
    workspaceId: string,
    id: string,
    patch: {
      title?: string;
      objectiveId?: string | null;
      actionId?: string | null;
      pillarId?: string | null;
      trackLinks?: boolean;
    },
    now: string,
  ): Promise<void> {
    await this.#db
      .updateTable('posts')
      .set({
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.objectiveId !== undefined ? { objective_id: patch.objectiveId } : {}),
        ...(patch.actionId !== undefined ? { action_id: patch.actionId } : {}),
        ...(patch.pillarId !== undefined ? { pillar_id: patch.pillarId } : {}),
        ...(patch.trackLinks !== undefined ? { track_links: patch.trackLinks ? 1 : 0 } : {}),
        updated_at: now,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** Removes variants the composer dropped; never one being or already published. */
  async deleteVariants(workspaceId: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#db
      .deleteFrom('post_variants')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [...ids])
      .where('status', 'not in', ['publishing', 'published'])
      .execute();
  }

  /**
   * Variants of an account that failed only because it needed reconnecting (after a reconnect they
   * can go back to their schedule).
   */
  async listFailedForReconnect(workspaceId: string, accountId: string): Promise<VariantRecord[]> {
    const rows = await this.#db
      .selectFrom('post_variants')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', accountId)
      .where('status', '=', 'failed')
      .where('failure_code', '=', 'account_needs_reconnect')
      .execute();
    return rows.map(toVariant);
  }

  /** One post of the workspace, or null. */
  async getPost(workspaceId: string, id: string): Promise<PostRecord | null> {
    const r = await this.#db
      .selectFrom('posts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toPost(r) : null;
  }

  /**
   * What publishing needs from a variant's post: whether links are tracked, and the campaign name
   * UTM tags carry (the plan action's title, else the objective's, else null).
   */
  async getPublishContext(
    workspaceId: string,
    postId: string,
  ): Promise<{ trackLinks: boolean; campaign: string | null } | null> {
    const r = await this.#db
      .selectFrom('posts as p')
      .leftJoin('strategy_actions as a', (j) =>
        j.onRef('a.id', '=', 'p.action_id').onRef('a.workspace_id', '=', 'p.workspace_id'),
      )
      .leftJoin('strategy_objectives as o', (j) =>
        j.onRef('o.id', '=', 'p.objective_id').onRef('o.workspace_id', '=', 'p.workspace_id'),
      )
      .select(['p.track_links', 'a.title as action_title', 'o.title as objective_title'])
      .where('p.workspace_id', '=', workspaceId)
      .where('p.id', '=', postId)
      .executeTakeFirst();
    if (!r) return null;
    return { trackLinks: r.track_links === 1, campaign: r.action_title ?? r.objective_title ?? null };
  }

  /** Deletes a post and (by cascade) its variants and their attempts. */
  async deletePost(workspaceId: string, id: string): Promise<boolean> {
    const res = await this.#db
      .deleteFrom('posts')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  }

  /** Adds variants (many at once: the benchmark and bulk scheduling insert in chunks). */
  async createVariants(variants: readonly NewVariant[]): Promise<void> {
    for (let i = 0; i < variants.length; i += 500) {
      await this.#db
        .insertInto('post_variants')
        .values(variants.slice(i, i + 500).map(variantRow))
        .execute();
    }
  }

  /** One variant of the workspace, or null. */
  async getVariant(workspaceId: string, id: string): Promise<VariantRecord | null> {
    const r = await this.#db
      .selectFrom('post_variants')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toVariant(r) : null;
  }

  /**
   * A variant with its account and the account's sealed credentials, in one query: what the
   * scheduler needs for each job. Null when either is gone.
   */
  async getForPublish(
    workspaceId: string,
    id: string,
  ): Promise<{ variant: VariantRecord; account: ConnectedAccountRecord; sealedCredentials: string } | null> {
    const r = await this.#db
      .selectFrom('post_variants as v')
      .innerJoin('connected_accounts as a', 'a.id', 'v.account_id')
      .selectAll('v')
      .select([
        'a.network',
        'a.remote_id as a_remote_id',
        'a.handle',
        'a.display_name',
        'a.avatar_url',
        'a.profile_url',
        'a.credentials',
        'a.health_status',
        'a.health_reason',
        'a.health_detail',
        'a.health_checked_at',
        'a.rate_limited_until',
        'a.created_at as a_created_at',
        'a.updated_at as a_updated_at',
      ])
      .where('v.workspace_id', '=', workspaceId)
      .where('v.id', '=', id)
      .executeTakeFirst();
    if (!r) return null;
    const account: ConnectedAccountsTable = {
      id: r.account_id,
      workspace_id: r.workspace_id,
      network: r.network,
      remote_id: r.a_remote_id,
      handle: r.handle,
      display_name: r.display_name,
      avatar_url: r.avatar_url,
      profile_url: r.profile_url,
      credentials: r.credentials,
      health_status: r.health_status,
      health_reason: r.health_reason,
      health_detail: r.health_detail,
      health_checked_at: r.health_checked_at,
      rate_limited_until: r.rate_limited_until,
      created_at: r.a_created_at,
      updated_at: r.a_updated_at,
    };
    return { variant: toVariant(r), account: toAccountRecord(account), sealedCredentials: r.credentials };
  }

  /** The variants of a post, oldest first. */
  async listVariants(workspaceId: string, postId: string): Promise<VariantRecord[]> {
    const rows = await this.#db
      .selectFrom('post_variants')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('post_id', '=', postId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toVariant);
  }

  /** Variants scheduled (or published) in [from, to), for the calendar. */
  async listVariantsBetween(workspaceId: string, from: string, to: string): Promise<VariantRecord[]> {
    const rows = await this.#db
      .selectFrom('post_variants')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('scheduled_at', '>=', from)
      .where('scheduled_at', '<', to)
      .orderBy('scheduled_at')
      .orderBy('id')
      .execute();
    return rows.map(toVariant);
  }

  /** Edits content or time of a variant that is not being published; false when it is or is gone. */
  async updateVariant(workspaceId: string, id: string, patch: VariantPatch, now: string): Promise<boolean> {
    const res = await this.#db
      .updateTable('post_variants')
      .set({
        ...(patch.text !== undefined ? { text: patch.text } : {}),
        ...(patch.media !== undefined ? { media: JSON.stringify(patch.media) } : {}),
        ...(patch.thread !== undefined ? { thread: JSON.stringify(patch.thread) } : {}),
        ...(patch.firstComment !== undefined ? { first_comment: patch.firstComment } : {}),
        ...(patch.visibility !== undefined ? { visibility: patch.visibility } : {}),
        ...(patch.contentWarning !== undefined ? { content_warning: patch.contentWarning } : {}),
        ...(patch.scheduledAt !== undefined ? { scheduled_at: patch.scheduledAt } : {}),
        updated_at: now,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', 'not in', ['publishing', 'published'])
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }

  /**
   * A user's retry of a failed variant: back to `scheduled` at `at` with a fresh automatic retry
   * budget (counted after `attemptBase` attempts). False when it is no longer failed.
   */
  async retryFailed(
    workspaceId: string,
    id: string,
    at: string,
    attemptBase: number,
    now: string,
  ): Promise<boolean> {
    const res = await this.#db
      .updateTable('post_variants')
      .set({
        status: 'scheduled',
        scheduled_at: at,
        attempt_base: attemptBase,
        failure_code: null,
        failure_reason: null,
        raw_error: null,
        updated_at: now,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', '=', 'failed')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }

  /**
   * Moves a variant to `to` only from one of `from` (the lifecycle guard); clears the failure when
   * leaving `failed`. False when the variant was in another status.
   */
  async setStatus(
    workspaceId: string,
    id: string,
    from: readonly VariantStatus[],
    to: VariantStatus,
    now: string,
  ): Promise<boolean> {
    const res = await this.#db
      .updateTable('post_variants')
      .set({
        status: to,
        updated_at: now,
        ...(to !== 'failed' ? { failure_code: null, failure_reason: null, raw_error: null } : {}),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', 'in', [...from])
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }

  /** Records a successful publication. */
  async markPublished(
    workspaceId: string,
    id: string,
    r: { remoteId: string; remoteUrl: string; publishedAt: string; late: boolean },
  ): Promise<boolean> {
    const res = await this.#db
      .updateTable('post_variants')
      .set({
        status: 'published',
        remote_id: r.remoteId,
        remote_url: r.remoteUrl,
        published_at: r.publishedAt,
        published_late: r.late ? 1 : 0,
        failure_code: null,
        failure_reason: null,
        raw_error: null,
        updated_at: r.publishedAt,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      // True only for the call that published it: the outcome listeners fire once.
      .where('status', '!=', 'published')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }

  /** Records a failure the user must act on (the content and schedule are kept). */
  async markFailed(
    workspaceId: string,
    id: string,
    f: { code: FailureCode; reason: string; rawError: Record<string, unknown> | null; now: string },
    from: readonly VariantStatus[] = ['scheduled', 'publishing'],
  ): Promise<boolean> {
    const res = await this.#db
      .updateTable('post_variants')
      .set({
        status: 'failed',
        failure_code: f.code,
        failure_reason: f.reason,
        raw_error: f.rawError === null ? null : JSON.stringify(f.rawError),
        updated_at: f.now,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', 'in', [...from])
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }

  /**
   * Across workspaces (worker only): variants `scheduled` or `publishing` whose time is before
   * `before`, with their workspace's missed-post policy (default publish_late).
   */
  async listOverdue(before: string, limit = 1000): Promise<(VariantRecord & { missedPolicy: string })[]> {
    const rows = await this.#db
      .selectFrom('post_variants as v')
      .leftJoin('publishing_settings as s', 's.workspace_id', 'v.workspace_id')
      .selectAll('v')
      .select('s.missed_post_policy')
      .where('v.status', 'in', ['scheduled', 'publishing'])
      .where('v.scheduled_at', '<', before)
      .orderBy('v.scheduled_at')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...toVariant(r), missedPolicy: r.missed_post_policy ?? 'publish_late' }));
  }
}

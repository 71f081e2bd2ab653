import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { toAccountRecord, type ConnectedAccountRecord } from './connected-accounts.repository.js';
import type { ConnectedAccountsTable, PostVariantsTable, PostsTable } from './publishing.tables.js';
import type { FailureCode, MediaRef, VariantStatus } from './publishing.types.js';

export interface PostRecord {
  id: string;
  workspaceId: string;
  title: string;
  objectiveId: string | null;
  actionId: string | null;
  pillarId: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface VariantRecord {
  id: string;
  workspaceId: string;
  postId: string;
  accountId: string;
  text: string;
  media: MediaRef[];
  firstComment: string | null;
  scheduledAt: string | null;
  status: VariantStatus;
  remoteId: string | null;
  remoteUrl: string | null;
  publishedAt: string | null;
  publishedLate: boolean;
  failureCode: FailureCode | null;
  failureReason: string | null;
  /** The redacted ConnectorError JSON of the last failure. */
  rawError: Record<string, unknown> | null;
  idempotencyKey: string;
  createdAt: string;
  updatedAt: string;
}

export interface NewPost {
  id: string;
  workspaceId: string;
  title: string;
  objectiveId?: string | null;
  actionId?: string | null;
  pillarId?: string | null;
  createdBy?: string | null;
  now: string;
}

export interface NewVariant {
  id: string;
  workspaceId: string;
  postId: string;
  accountId: string;
  text: string;
  media?: MediaRef[];
  firstComment?: string | null;
  scheduledAt?: string | null;
  status?: VariantStatus;
  now: string;
}

function toPost(r: PostsTable): PostRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    title: r.title,
    objectiveId: r.objective_id,
    actionId: r.action_id,
    pillarId: r.pillar_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toVariant(r: PostVariantsTable): VariantRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    postId: r.post_id,
    accountId: r.account_id,
    text: r.text,
    media: JSON.parse(r.media) as MediaRef[],
    firstComment: r.first_comment,
    scheduledAt: r.scheduled_at,
    status: r.status as VariantStatus,
    remoteId: r.remote_id,
    remoteUrl: r.remote_url,
    publishedAt: r.published_at,
    publishedLate: r.published_late === 1,
    failureCode: r.failure_code,
    failureReason: r.failure_reason,
    rawError: r.raw_error === null ? null : (JSON.parse(r.raw_error) as Record<string, unknown>),
    idempotencyKey: r.idempotency_key,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The row of a new variant; its idempotency key is its id (stable for every attempt, unique). */
export function variantRow(v: NewVariant): PostVariantsTable {
  return {
    id: v.id,
    workspace_id: v.workspaceId,
    post_id: v.postId,
    account_id: v.accountId,
    text: v.text,
    media: JSON.stringify(v.media ?? []),
    first_comment: v.firstComment ?? null,
    scheduled_at: v.scheduledAt ?? null,
    status: v.status ?? 'draft',
    remote_id: null,
    remote_url: null,
    published_at: null,
    published_late: 0,
    failure_code: null,
    failure_reason: null,
    raw_error: null,
    idempotency_key: `presence-${v.id}`,
    created_at: v.now,
    updated_at: v.now,
  };
}

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
    const row: PostsTable = {
      id: p.id,
      workspace_id: p.workspaceId,
      title: p.title,
      objective_id: p.objectiveId ?? null,
      action_id: p.actionId ?? null,
      pillar_id: p.pillarId ?? null,
      created_by: p.createdBy ?? null,
      created_at: p.now,
      updated_at: p.now,
    };
    await this.#db.insertInto('posts').values(row).execute();
    return toPost(row);
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
  async updateVariant(
    workspaceId: string,
    id: string,
    patch: { text?: string; media?: MediaRef[]; firstComment?: string | null; scheduledAt?: string | null },
    now: string,
  ): Promise<boolean> {
    const res = await this.#db
      .updateTable('post_variants')
      .set({
        ...(patch.text !== undefined ? { text: patch.text } : {}),
        ...(patch.media !== undefined ? { media: JSON.stringify(patch.media) } : {}),
        ...(patch.firstComment !== undefined ? { first_comment: patch.firstComment } : {}),
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
  ): Promise<void> {
    await this.#db
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
      .execute();
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

import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { isUniqueViolation } from '../../jobs/sql-job-queue.js';
import type { PublishAttemptsTable } from './publishing.tables.js';
import type { AttemptOutcome, MissedPostPolicy } from './publishing.types.js';

export interface AttemptRecord {
  id: string;
  variantId: string;
  number: number;
  startedAt: string;
  finishedAt: string | null;
  outcome: AttemptOutcome | null;
  error: Record<string, unknown> | null;
}

function toAttempt(r: PublishAttemptsTable): AttemptRecord {
  return {
    id: r.id,
    variantId: r.variant_id,
    number: r.number,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    outcome: r.outcome as AttemptOutcome | null,
    error: r.error === null ? null : (JSON.parse(r.error) as Record<string, unknown>),
  };
}

/**
 * The publish attempts of variants: one row written BEFORE each network call, finished after it. A
 * row left unfinished means its worker died mid-call; the unique (variant, number) makes two workers
 * racing for the same variant collide instead of both publishing.
 */
export class PublishAttemptsRepository {
  readonly #db: Kysely<DB>;

  constructor(db: Kysely<DB>) {
    this.#db = db;
  }

  /** The latest attempt of a variant, or null. */
  async last(workspaceId: string, variantId: string): Promise<AttemptRecord | null> {
    const r = await this.#db
      .selectFrom('publish_attempts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('variant_id', '=', variantId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r ? toAttempt(r) : null;
  }

  /** Every attempt of a variant, first to last (the post's history in the UI). */
  async list(workspaceId: string, variantId: string): Promise<AttemptRecord[]> {
    const rows = await this.#db
      .selectFrom('publish_attempts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('variant_id', '=', variantId)
      .orderBy('number')
      .execute();
    return rows.map(toAttempt);
  }

  /**
   * Claims a variant for a network call: moves it to `publishing` (from `scheduled` or `publishing`)
   * and writes attempt `number`, in one transaction, before the call. Null when the variant left those
   * statuses (cancelled, published) or another worker wrote that attempt number first.
   */
  async begin(
    workspaceId: string,
    variantId: string,
    number: number,
    id: string,
    now: string,
  ): Promise<AttemptRecord | null> {
    const row: PublishAttemptsTable = {
      id,
      workspace_id: workspaceId,
      variant_id: variantId,
      number,
      started_at: now,
      finished_at: null,
      outcome: null,
      error: null,
    };
    try {
      return await this.#db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('post_variants')
          .set({ status: 'publishing', updated_at: now })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', variantId)
          .where('status', 'in', ['scheduled', 'publishing'])
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) return null;
        await trx.insertInto('publish_attempts').values(row).execute();
        return toAttempt(row);
      });
    } catch (err) {
      if (isUniqueViolation(err)) return null;
      throw err;
    }
  }

  /** Closes an attempt with its outcome (only one still open: a finished attempt is history). */
  async finish(
    workspaceId: string,
    id: string,
    outcome: AttemptOutcome,
    error: Record<string, unknown> | null,
    now: string,
  ): Promise<void> {
    await this.#db
      .updateTable('publish_attempts')
      .set({ outcome, error: error === null ? null : JSON.stringify(error), finished_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('finished_at', 'is', null)
      .execute();
  }
}

/** The workspace's publishing settings (defaults when never saved). */
export class PublishingSettingsRepository {
  readonly #db: Kysely<DB>;

  constructor(db: Kysely<DB>) {
    this.#db = db;
  }

  /** The missed-post policy; `publish_late` until the workspace chooses. */
  async missedPostPolicy(workspaceId: string): Promise<MissedPostPolicy> {
    const r = await this.#db
      .selectFrom('publishing_settings')
      .select('missed_post_policy')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return r?.missed_post_policy === 'flag' ? 'flag' : 'publish_late';
  }

  /** Saves the missed-post policy. */
  async setMissedPostPolicy(workspaceId: string, policy: MissedPostPolicy, now: string): Promise<void> {
    await this.#db
      .insertInto('publishing_settings')
      .values({ workspace_id: workspaceId, missed_post_policy: policy, updated_at: now })
      .onConflict((oc) =>
        oc.column('workspace_id').doUpdateSet({ missed_post_policy: policy, updated_at: now }),
      )
      .execute();
  }
}

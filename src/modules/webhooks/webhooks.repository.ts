import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { WebhookDeliveriesTable, WebhooksTable } from './webhooks.tables.js';

export type WebhookRow = WebhooksTable;
export type DeliveryRow = WebhookDeliveriesTable;

/** What an attempt changes on its delivery row. */
export interface AttemptOutcome {
  status: 'pending' | 'delivered' | 'failed';
  nextAttemptAt: string | null;
  statusCode: number | null;
  response: string | null;
  error: string | null;
  durationMs: number | null;
  deliveredAt: string | null;
}

/** Webhooks and their delivery log; every query is scoped to one workspace. */
export class WebhooksRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: WebhookRow): Promise<void> {
    await this.db.insertInto('webhooks').values(row).execute();
  }

  /** One webhook of the workspace, or undefined. */
  async find(workspaceId: string, id: string): Promise<WebhookRow | undefined> {
    return this.db
      .selectFrom('webhooks')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The workspace's webhooks, oldest first. */
  async list(workspaceId: string): Promise<WebhookRow[]> {
    return this.db
      .selectFrom('webhooks')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  /** The active webhooks of the workspace (callers filter by subscribed event). */
  async listActive(workspaceId: string): Promise<WebhookRow[]> {
    return this.db
      .selectFrom('webhooks')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('active', '=', 1)
      .execute();
  }

  async update(
    workspaceId: string,
    id: string,
    patch: Partial<
      Pick<
        WebhookRow,
        'url' | 'kind' | 'events' | 'secret' | 'active' | 'disabled_reason' | 'description' | 'updated_at'
      >
    >,
  ): Promise<void> {
    await this.db
      .updateTable('webhooks')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** Deletes a webhook (its deliveries go with it); true when there was one. */
  async delete(workspaceId: string, id: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('webhooks')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async insertDeliveries(rows: readonly DeliveryRow[]): Promise<void> {
    if (rows.length)
      await this.db
        .insertInto('webhook_deliveries')
        .values([...rows])
        .execute();
  }

  /** One delivery of one webhook of the workspace, or undefined. */
  async findDelivery(workspaceId: string, id: string, webhookId?: string): Promise<DeliveryRow | undefined> {
    let q = this.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id);
    if (webhookId !== undefined) q = q.where('webhook_id', '=', webhookId);
    return q.executeTakeFirst();
  }

  /** A page of a webhook's deliveries, newest first; `before` is the last id of the previous page. */
  async listDeliveries(
    workspaceId: string,
    webhookId: string,
    limit: number,
    before?: string,
  ): Promise<DeliveryRow[]> {
    let q = this.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('webhook_id', '=', webhookId);
    // Ids are time-ordered (UUIDv7), so the id alone is a stable cursor.
    if (before) q = q.where('id', '<', before);
    return q.orderBy('id', 'desc').limit(limit).execute();
  }

  /**
   * Takes the next attempt of a due pending delivery: bumps its count and moves its time to
   * `leaseUntil` only if nobody else did since it was read. Two workers handed the same job (the queue
   * delivers at least once) never both send it, and one that dies mid-attempt leaves the delivery due
   * again when the lease ends.
   */
  async claimAttempt(id: string, seenAttempts: number, now: string, leaseUntil: string): Promise<boolean> {
    const r = await this.db
      .updateTable('webhook_deliveries')
      .set({ attempts: seenAttempts + 1, next_attempt_at: leaseUntil })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where('attempts', '=', seenAttempts)
      .where('next_attempt_at', '<=', now)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Writes what one attempt gave. */
  async recordAttempt(id: string, o: AttemptOutcome): Promise<void> {
    await this.db
      .updateTable('webhook_deliveries')
      .set({
        status: o.status,
        next_attempt_at: o.nextAttemptAt,
        last_status_code: o.statusCode,
        last_response: o.response,
        last_error: o.error,
        duration_ms: o.durationMs,
        delivered_at: o.deliveredAt,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Pending deliveries due before `before`, oldest first: the sweep requeues those whose job was lost. */
  async findOverdue(before: string, limit: number): Promise<Pick<DeliveryRow, 'id' | 'workspace_id'>[]> {
    return this.db
      .selectFrom('webhook_deliveries')
      .select(['id', 'workspace_id'])
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<', before)
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute();
  }

  /** The workspace's language, for chat presets. */
  async workspaceLocale(workspaceId: string): Promise<string> {
    const r = await this.db
      .selectFrom('workspaces')
      .select('locale')
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    return r?.locale ?? 'en';
  }
}

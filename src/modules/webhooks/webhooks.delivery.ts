import type { AppContext } from '../../app/context.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { WEBHOOK_DELIVER_JOB, type WebhookDeliverPayload } from './webhooks.jobs.js';
import { slackBody, teamsBody } from './webhooks.presets.js';
import {
  WebhooksRepository,
  type AttemptOutcome,
  type DeliveryRow,
  type WebhookRow,
} from './webhooks.repository.js';
import { nextRetryDelay } from './webhooks.retry.js';
import { postWebhook, type SendResult } from './webhooks.sender.js';
import { signatureHeader } from './webhooks.signing.js';
import type { EventEnvelope, WebhookKind } from './webhooks.types.js';
import { webhookUrlProblem } from './webhooks.url.js';

// Longer than the receiver's timeout: while an attempt is in flight nobody else starts one.
const ATTEMPT_LEASE_MS = 60_000;

type Ctx = Pick<AppContext, 'database' | 'secrets' | 'clock' | 'logger' | 'queue'>;

/** Options tests use to make the jitter predictable. */
export interface DeliveryOptions {
  random?: () => number;
}

/**
 * Creates deliveries and attempts them. Each attempt is claimed on the row (attempt count), sent,
 * and its outcome written back; a retryable failure schedules the next attempt as a queue job with
 * `runAt`, so retries survive restarts and are spread across workers.
 */
export class WebhookDeliveries {
  private readonly repo: WebhooksRepository;
  private readonly random: () => number;

  constructor(
    private readonly ctx: Ctx,
    opts: DeliveryOptions = {},
  ) {
    this.repo = new WebhooksRepository(ctx.database.db);
    this.random = opts.random ?? Math.random;
  }

  /** The webhook secret in clear (sealed bound to the webhook id). */
  openSecret(hook: Pick<WebhookRow, 'id' | 'secret'>): string {
    return this.ctx.secrets.open(hook.secret, hook.id);
  }

  /** Writes one pending delivery of `envelope` per webhook; returns the rows (not yet queued). */
  async record(hooks: readonly WebhookRow[], envelope: EventEnvelope): Promise<DeliveryRow[]> {
    const now = this.ctx.clock.now();
    const rows: DeliveryRow[] = hooks.map((h) => ({
      id: newId(now.getTime()),
      workspace_id: envelope.workspaceId,
      webhook_id: h.id,
      event_id: envelope.id,
      event_type: envelope.type,
      payload: JSON.stringify(envelope),
      attempts: 0,
      status: 'pending',
      next_attempt_at: now.toISOString(),
      last_status_code: null,
      last_response: null,
      last_error: null,
      duration_ms: null,
      created_at: now.toISOString(),
      delivered_at: null,
    }));
    await this.repo.insertDeliveries(rows);
    return rows;
  }

  /** Queues the first attempt of each delivery. */
  async enqueue(rows: readonly Pick<DeliveryRow, 'id' | 'workspace_id'>[], runAt?: Date): Promise<void> {
    await this.ctx.queue.sendMany(
      WEBHOOK_DELIVER_JOB,
      rows.map((r) => ({
        payload: { workspaceId: r.workspace_id, deliveryId: r.id },
        opts: { singletonKey: r.id, ...(runAt ? { runAt } : {}) },
      })),
    );
  }

  /**
   * Queues again the pending deliveries more than `graceMs` past their time: their job was lost (the
   * process died between writing the row and sending the job). A job still waiting holds the
   * singleton key, so this never doubles one.
   */
  async requeueOverdue(graceMs = 15 * 60_000, limit = 200): Promise<number> {
    const before = new Date(this.ctx.clock.now().getTime() - graceMs).toISOString();
    const rows = await this.repo.findOverdue(before, limit);
    if (rows.length) await this.enqueue(rows);
    return rows.length;
  }

  /** The job handler: one attempt of a pending delivery; anything else (done, taken) is left alone. */
  async handle(job: WebhookDeliverPayload): Promise<void> {
    const row = await this.repo.findDelivery(job.workspaceId, job.deliveryId);
    if (!row || row.status !== 'pending') return;
    // Not due yet (another worker's attempt is in flight, or this job ran early): come back at the
    // delivery's time, when it will be done or, if that worker died, due again.
    if (row.next_attempt_at && Date.parse(row.next_attempt_at) > this.ctx.clock.now().getTime()) {
      await this.enqueue([row], new Date(row.next_attempt_at));
      return;
    }
    await this.attempt(row);
  }

  /** Sends a pending delivery now; returns the row afterwards (unchanged if another worker had it). */
  async attempt(row: DeliveryRow): Promise<DeliveryRow> {
    const now = this.ctx.clock.now();
    const lease = new Date(now.getTime() + ATTEMPT_LEASE_MS).toISOString();
    if (!(await this.repo.claimAttempt(row.id, row.attempts, now.toISOString(), lease))) {
      return (await this.repo.findDelivery(row.workspace_id, row.id)) ?? row;
    }
    const attempts = row.attempts + 1;
    const hook = await this.repo.find(row.workspace_id, row.webhook_id);
    const outcome = await this.send(hook, row, attempts);
    await this.repo.recordAttempt(row.id, outcome);
    if (outcome.status === 'pending' && outcome.nextAttemptAt) {
      await this.enqueue([row], new Date(outcome.nextAttemptAt));
    }
    return (await this.repo.findDelivery(row.workspace_id, row.id)) ?? row;
  }

  private async send(
    hook: WebhookRow | undefined,
    row: DeliveryRow,
    attempts: number,
  ): Promise<AttemptOutcome> {
    const none = {
      statusCode: null,
      response: null,
      durationMs: null,
      deliveredAt: null,
      nextAttemptAt: null,
    };
    if (!hook) return { ...none, status: 'failed', error: 'The webhook was deleted' };
    if (!hook.active) return { ...none, status: 'failed', error: 'The webhook is switched off' };
    const problem = await webhookUrlProblem(hook.url);
    // A refused address will not become acceptable by waiting: fail at once, with the reason.
    if (problem) return { ...none, status: 'failed', error: `Refused: ${problem}` };

    const envelope = JSON.parse(row.payload) as EventEnvelope;
    const { body, headers } = await this.request(hook, row, envelope);
    const result = await postWebhook(hook.url, body, headers);
    return this.judge(hook, row, attempts, result);
  }

  /** The body and headers of one attempt: signed JSON, or a chat preset. */
  private async request(
    hook: WebhookRow,
    row: DeliveryRow,
    envelope: EventEnvelope,
  ): Promise<{ body: string; headers: Record<string, string> }> {
    const kind = hook.kind as WebhookKind;
    const headers: Record<string, string> = {
      'Presence-Event': row.event_type,
      'Presence-Delivery': row.id,
    };
    switch (kind) {
      case 'slack':
      case 'teams': {
        // Chat webhooks ignore extra headers and signatures; the sentence is all they show.
        const locale = await this.repo.workspaceLocale(row.workspace_id);
        const preset = kind === 'slack' ? slackBody(envelope, locale) : teamsBody(envelope, locale);
        return { body: JSON.stringify(preset), headers };
      }
      case 'generic': {
        const ts = Math.floor(this.ctx.clock.now().getTime() / 1000);
        const body = row.payload;
        return {
          body,
          headers: {
            ...headers,
            'Presence-Timestamp': String(ts),
            'Presence-Signature': signatureHeader(this.openSecret(hook), ts, body),
          },
        };
      }
    }
  }

  /** Turns the receiver's answer into the delivery's next state. */
  private async judge(
    hook: WebhookRow,
    row: DeliveryRow,
    attempts: number,
    result: SendResult,
  ): Promise<AttemptOutcome> {
    const now = this.ctx.clock.now();
    const base =
      result.kind === 'response'
        ? { statusCode: result.status, response: result.body, error: null, durationMs: result.durationMs }
        : { statusCode: null, response: null, error: result.error, durationMs: result.durationMs };
    if (result.kind === 'response' && result.status >= 200 && result.status < 300) {
      return { ...base, status: 'delivered', nextAttemptAt: null, deliveredAt: now.toISOString() };
    }
    if (result.kind === 'response' && result.status === 410) {
      await this.disableGone(hook, row);
      return { ...base, status: 'failed', nextAttemptAt: null, deliveredAt: null };
    }
    const retryAfter = result.kind === 'response' ? result.retryAfterMs : null;
    const delay = nextRetryDelay(attempts, retryAfter, this.random());
    if (delay === null) return { ...base, status: 'failed', nextAttemptAt: null, deliveredAt: null };
    return {
      ...base,
      status: 'pending',
      nextAttemptAt: new Date(now.getTime() + delay).toISOString(),
      deliveredAt: null,
    };
  }

  /** 410 Gone: the receiver says this endpoint is no more, so stop sending to it (and say why). */
  private async disableGone(hook: WebhookRow, row: DeliveryRow): Promise<void> {
    const now = this.ctx.clock.now().toISOString();
    await this.repo.update(hook.workspace_id, hook.id, {
      active: 0,
      disabled_reason: 'gone',
      updated_at: now,
    });
    await new AuditService(this.ctx.database.db, this.ctx.clock).record(
      { workspaceId: hook.workspace_id, userId: null, label: 'Presence (webhooks)' },
      {
        action: 'webhook.disabled',
        objectType: 'webhook',
        objectId: hook.id,
        summary: `Switched off the webhook to ${new URL(hook.url).host}: it answered 410 Gone`,
        before: { active: true },
        after: { active: false, reason: 'gone', deliveryId: row.id },
      },
    );
    this.ctx.logger.warn(
      { webhookId: hook.id, deliveryId: row.id },
      'webhook answered 410 Gone; switched off',
    );
  }
}

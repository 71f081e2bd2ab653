import type { AppContext } from '../../app/context.js';
import { conflict, invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { WebhookDeliveries } from './webhooks.delivery.js';
import { WebhooksRepository, type DeliveryRow, type WebhookRow } from './webhooks.repository.js';
import type { DeliveryView, WebhookCreate, WebhookUpdate, WebhookView } from './webhooks.schemas.js';
import { newWebhookSecret } from './webhooks.signing.js';
import type { DeliveryStatus, EventEnvelope, EventType, WebhookKind } from './webhooks.types.js';
import { webhookUrlProblem } from './webhooks.url.js';

/** Turns a row into what the API shows (never the secret). */
export function presentWebhook(r: WebhookRow): WebhookView {
  return {
    id: r.id,
    url: r.url,
    kind: r.kind as WebhookKind,
    events: JSON.parse(r.events) as EventType[],
    active: r.active === 1,
    disabledReason: r.disabled_reason,
    description: r.description,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Turns a delivery row into a log entry. */
export function presentDelivery(r: DeliveryRow): DeliveryView {
  return {
    id: r.id,
    webhookId: r.webhook_id,
    eventId: r.event_id,
    eventType: r.event_type,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
    attempts: r.attempts,
    status: r.status as DeliveryStatus,
    nextAttemptAt: r.next_attempt_at,
    lastStatusCode: r.last_status_code,
    lastResponse: r.last_response,
    lastError: r.last_error,
    durationMs: r.duration_ms,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
  };
}

// The audit log names the receiver by host only: paths of chat webhooks carry their own secret.
function hostOf(url: string): string {
  return new URL(url).host;
}

/** Managing a workspace's webhooks: create (secret shown once), change, rotate, test, redeliver. */
export class WebhooksService {
  private readonly repo: WebhooksRepository;
  private readonly audit: AuditService;

  constructor(private readonly ctx: AppContext) {
    this.repo = new WebhooksRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async list(actor: Actor): Promise<WebhookView[]> {
    return (await this.repo.list(actor.workspaceId)).map(presentWebhook);
  }

  async get(actor: Actor, id: string): Promise<WebhookView> {
    return presentWebhook(await this.require(actor.workspaceId, id));
  }

  /** Creates a webhook and returns its secret: the only time it is shown. */
  async create(actor: Actor, input: WebhookCreate): Promise<{ webhook: WebhookView; secret: string }> {
    await this.checkUrl(input.url);
    const now = this.ctx.clock.now().toISOString();
    const id = newId();
    const secret = newWebhookSecret();
    const row: WebhookRow = {
      id,
      workspace_id: actor.workspaceId,
      url: input.url,
      kind: input.kind,
      events: JSON.stringify([...new Set(input.events)]),
      secret: this.ctx.secrets.seal(secret, id),
      active: 1,
      disabled_reason: null,
      description: input.description,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
    await this.repo.insert(row);
    const webhook = presentWebhook(row);
    await this.audit.record(actor, {
      action: 'webhook.created',
      objectType: 'webhook',
      objectId: id,
      summary: `Added a ${webhook.kind} webhook to ${hostOf(webhook.url)}`,
      after: { host: hostOf(webhook.url), kind: webhook.kind, events: webhook.events },
    });
    return { webhook, secret };
  }

  async update(actor: Actor, id: string, input: WebhookUpdate): Promise<WebhookView> {
    const before = await this.require(actor.workspaceId, id);
    if (input.url !== undefined && input.url !== before.url) await this.checkUrl(input.url);
    const now = this.ctx.clock.now().toISOString();
    await this.repo.update(actor.workspaceId, id, {
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.events !== undefined ? { events: JSON.stringify([...new Set(input.events)]) } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      // Switching a webhook back on clears why it had been switched off.
      ...(input.active !== undefined ? { active: input.active ? 1 : 0, disabled_reason: null } : {}),
      updated_at: now,
    });
    const after = await this.get(actor, id);
    const was = presentWebhook(before);
    await this.audit.record(actor, {
      action: 'webhook.updated',
      objectType: 'webhook',
      objectId: id,
      summary: `Changed the webhook to ${hostOf(after.url)}`,
      before: { host: hostOf(was.url), kind: was.kind, events: was.events, active: was.active },
      after: { host: hostOf(after.url), kind: after.kind, events: after.events, active: after.active },
    });
    return after;
  }

  /** A new secret; the old one stops verifying at once. Returned this once. */
  async rotateSecret(actor: Actor, id: string): Promise<{ webhook: WebhookView; secret: string }> {
    const row = await this.require(actor.workspaceId, id);
    const secret = newWebhookSecret();
    await this.repo.update(actor.workspaceId, id, {
      secret: this.ctx.secrets.seal(secret, id),
      updated_at: this.ctx.clock.now().toISOString(),
    });
    await this.audit.record(actor, {
      action: 'webhook.secret_rotated',
      objectType: 'webhook',
      objectId: id,
      summary: `Rotated the signing secret of the webhook to ${hostOf(row.url)}`,
    });
    return { webhook: await this.get(actor, id), secret };
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const row = await this.require(actor.workspaceId, id);
    await this.repo.delete(actor.workspaceId, id);
    await this.audit.record(actor, {
      action: 'webhook.deleted',
      objectType: 'webhook',
      objectId: id,
      summary: `Removed the webhook to ${hostOf(row.url)}`,
      before: { host: hostOf(row.url), kind: row.kind, events: JSON.parse(row.events) as unknown },
    });
  }

  /**
   * Queues a `ping` to this webhook for right now and returns the pending delivery (the log shows the
   * answer a moment later); a switched-off webhook is refused.
   */
  async test(actor: Actor, id: string): Promise<DeliveryView> {
    const hook = await this.require(actor.workspaceId, id);
    if (hook.active !== 1) throw conflict('This webhook is switched off: switch it on to test it');
    const now = this.ctx.clock.now();
    const envelope: EventEnvelope = {
      id: newId(now.getTime()),
      type: 'ping',
      createdAt: now.toISOString(),
      workspaceId: actor.workspaceId,
      data: { webhookId: id, message: 'Test event sent from Presence' },
    };
    const deliveries = new WebhookDeliveries(this.ctx);
    const [row] = await deliveries.record([hook], envelope);
    await deliveries.enqueue([row!]);
    await this.audit.record(actor, {
      action: 'webhook.tested',
      objectType: 'webhook',
      objectId: id,
      summary: `Sent a test event to ${hostOf(hook.url)}`,
      after: { deliveryId: row!.id },
    });
    return presentDelivery(row!);
  }

  async deliveries(
    actor: Actor,
    id: string,
    limit: number,
    before?: string,
  ): Promise<{ data: DeliveryView[]; nextBefore: string | null }> {
    await this.require(actor.workspaceId, id);
    const rows = await this.repo.listDeliveries(actor.workspaceId, id, limit + 1, before);
    const page = rows.slice(0, limit);
    return {
      data: page.map(presentDelivery),
      nextBefore: rows.length > limit ? page[page.length - 1]!.id : null,
    };
  }

  /**
   * Sends a past delivery's event again as a new delivery (the log keeps both), queued for now. The
   * event id is unchanged, so a receiver that already processed it can tell.
   */
  async redeliver(actor: Actor, id: string, deliveryId: string): Promise<DeliveryView> {
    const hook = await this.require(actor.workspaceId, id);
    const old = await this.repo.findDelivery(actor.workspaceId, deliveryId, id);
    if (!old) throw notFound('Delivery');
    if (hook.active !== 1) throw conflict('This webhook is switched off: switch it on to redeliver');
    const deliveries = new WebhookDeliveries(this.ctx);
    const [row] = await deliveries.record([hook], JSON.parse(old.payload) as EventEnvelope);
    await deliveries.enqueue([row!]);
    await this.audit.record(actor, {
      action: 'webhook.redelivered',
      objectType: 'webhook',
      objectId: id,
      summary: `Redelivered ${old.event_type} to ${hostOf(hook.url)}`,
      after: { fromDeliveryId: old.id, deliveryId: row!.id },
    });
    return presentDelivery(row!);
  }

  private async require(workspaceId: string, id: string): Promise<WebhookRow> {
    const row = await this.repo.find(workspaceId, id);
    if (!row) throw notFound('Webhook');
    return row;
  }

  private async checkUrl(url: string): Promise<void> {
    const problem = await webhookUrlProblem(url);
    if (problem) throw invalid('url', problem);
  }
}

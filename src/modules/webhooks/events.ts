import type { AppContext } from '../../app/context.js';
import { newId } from '../../core/ids.js';
import { WebhookDeliveries } from './webhooks.delivery.js';
import { WebhooksRepository } from './webhooks.repository.js';
import type { EventEnvelope, EventType } from './webhooks.types.js';

export type { EventType } from './webhooks.types.js';
export { EVENT_TYPES } from './webhooks.types.js';

/** Whether a stored events column lists `type`. */
export function subscribes(events: string, type: string): boolean {
  try {
    const list = JSON.parse(events) as unknown;
    return Array.isArray(list) && list.includes(type);
  } catch {
    return false;
  }
}

/**
 * Records one delivery per active webhook of the workspace subscribed to `type` and queues it. The
 * sending happens in the worker, so a slow or broken receiver never slows the caller; and an event is
 * a side effect of work already done (a post published), so a failure here is logged, never thrown.
 */
export async function emitEvent(
  ctx: AppContext,
  workspaceId: string,
  type: EventType,
  data: Record<string, unknown>,
): Promise<void> {
  try {
    const hooks = (await new WebhooksRepository(ctx.database.db).listActive(workspaceId)).filter((h) =>
      subscribes(h.events, type),
    );
    if (!hooks.length) return;
    const now = ctx.clock.now();
    const envelope: EventEnvelope = {
      id: newId(now.getTime()),
      type,
      createdAt: now.toISOString(),
      workspaceId,
      data,
    };
    const deliveries = new WebhookDeliveries(ctx);
    await deliveries.enqueue(await deliveries.record(hooks, envelope));
  } catch (err) {
    ctx.logger.error(
      { workspaceId, type, err: err instanceof Error ? err.message : String(err) },
      'webhook event could not be recorded',
    );
  }
}

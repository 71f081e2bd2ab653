import type { AppContext } from '../../../app/context.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import { AuditService } from '../../audit/audit.service.js';
import { ApprovalsRepository } from '../../approvals/approvals.repository.js';
import { circuitOf } from '../../approvals/circuits.service.js';
import { selectCircuit } from '../../approvals/engine/index.js';
import { HeldRepliesRepository } from './held-replies.repository.js';

export interface HeldAnswer {
  held: true;
  heldReplyId: string;
}

/**
 * Holds a reply when an approval circuit governs replies on the item's network (the engine's own
 * circuit choice among circuits naming content type `reply`, by network; replies have no objective nor pillar). Returns
 * null when no circuit applies: the reply goes out at once. A held reply is not an answer, so the
 * item's clock keeps running until it is approved and sent.
 */
export async function holdIfGoverned(
  ctx: AppContext,
  actor: Actor,
  item: { id: string; network: string; contact_handle: string },
  text: string,
): Promise<HeldAnswer | null> {
  // Only circuits that name `reply`: a catch-all circuit written for posts would otherwise start holding
  // every answer of the inbox the day it is saved.
  const circuits = (await new ApprovalsRepository(ctx.database.db).listCircuits(actor.workspaceId))
    .map(circuitOf)
    .filter((c) => c.match.contentTypes.includes('reply'));
  const { circuit } = selectCircuit(circuits, {
    type: 'reply',
    objectiveIds: [],
    networks: [item.network],
    sensitivePillar: false,
  });
  if (!circuit) return null;
  const id = newId();
  const now = ctx.clock.now().toISOString();
  await new HeldRepliesRepository(ctx.database.db).insert({
    id,
    workspace_id: actor.workspaceId,
    item_id: item.id,
    author_id: actor.userId,
    text,
    circuit_id: circuit.id,
    status: 'pending',
    decided_by: null,
    decided_at: null,
    reason: null,
    idempotency_key: newId(),
    created_at: now,
    updated_at: now,
  });
  await new AuditService(ctx.database.db, ctx.clock).record(actor, {
    action: 'inbox.reply.held',
    objectType: 'inbox_item',
    objectId: item.id,
    summary: `Reply to ${item.contact_handle} held for approval (${circuit.name})`,
    after: { heldReplyId: id, text, circuitId: circuit.id },
  });
  return { held: true, heldReplyId: id };
}

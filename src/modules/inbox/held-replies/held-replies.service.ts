import type { AppContext } from '../../../app/context.js';
import { conflict, forbidden, notFound } from '../../../app/errors.js';
import { actorCan, type Actor } from '../../../app/http/principal.js';
import { AuditService } from '../../audit/audit.service.js';
import { ApprovalsRepository } from '../../approvals/approvals.repository.js';
import { circuitOf } from '../../approvals/circuits.service.js';
import { DirectoryRepository } from '../../approvals/directory.repository.js';
import { resolveApprovers } from '../../approvals/engine/index.js';
import { notify } from '../../notifications/notifications.service.js';
import type { ReplyView } from '../replies/replies.schemas.js';
import { InboxRepliesService } from '../replies/replies.service.js';
import { HeldRepliesRepository } from './held-replies.repository.js';
import type { HeldRepliesTable } from './held-replies.tables.js';

export interface HeldReplyView {
  id: string;
  itemId: string;
  authorId: string;
  text: string;
  circuitId: string;
  status: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  createdAt: string;
  /** Whether the caller may approve or reject it now. */
  canDecide: boolean;
}

/**
 * Replies a reply circuit holds: listed for everyone handling the inbox, decided by the approvers of
 * the circuit's FIRST step only (multi-step circuits are not walked for replies: one decision sends).
 * Nobody decides on their own reply unless the circuit allows it.
 */
export class HeldRepliesService {
  readonly #repo: HeldRepliesRepository;

  constructor(private readonly ctx: AppContext) {
    this.#repo = new HeldRepliesRepository(ctx.database.db);
  }

  async list(actor: Actor, filter: { status?: string; itemId?: string }): Promise<HeldReplyView[]> {
    const rows = await this.#repo.list(actor.workspaceId, filter);
    const deciders = await this.#decidersFor(actor.workspaceId, rows);
    const decides = actorCan(actor, 'approvals.decide');
    return rows.map((r) =>
      this.#present(r, decides && r.status === 'pending' && this.#may(deciders, r, actor)),
    );
  }

  async approve(actor: Actor, id: string): Promise<{ heldReply: HeldReplyView; reply: ReplyView }> {
    const row = await this.#decidable(actor, id);
    const at = this.ctx.clock.now().toISOString();
    if (
      !(await this.#repo.decide(actor.workspaceId, id, {
        status: 'approved',
        by: actor.userId,
        at,
        reason: null,
      }))
    )
      throw conflict('This reply was already decided');
    await new AuditService(this.ctx.database.db, this.ctx.clock).record(actor, {
      action: 'inbox.reply.approved',
      objectType: 'inbox_item',
      objectId: row.item_id,
      summary: 'Approved a held reply',
      after: { heldReplyId: id },
    });
    let reply: ReplyView;
    try {
      reply = await new InboxRepliesService(this.ctx).sendApproved(actor, {
        key: row.idempotency_key,
        itemId: row.item_id,
        text: row.text,
        authorId: row.author_id,
      });
    } catch (err) {
      // Never left "approved" but unsent without a trace: failed, and the reply (if recorded) can be retried.
      await this.#repo.settle(id, 'failed', this.ctx.clock.now().toISOString());
      throw err;
    }
    await this.#repo.settle(
      id,
      reply.status === 'sent' ? 'sent' : 'failed',
      this.ctx.clock.now().toISOString(),
    );
    return { heldReply: this.#present((await this.#repo.get(actor.workspaceId, id))!, false), reply };
  }

  async reject(actor: Actor, id: string, reason: string): Promise<HeldReplyView> {
    const row = await this.#decidable(actor, id);
    const at = this.ctx.clock.now().toISOString();
    if (
      !(await this.#repo.decide(actor.workspaceId, id, { status: 'rejected', by: actor.userId, at, reason }))
    )
      throw conflict('This reply was already decided');
    await new AuditService(this.ctx.database.db, this.ctx.clock).record(actor, {
      action: 'inbox.reply.rejected',
      objectType: 'inbox_item',
      objectId: row.item_id,
      summary: 'Rejected a held reply',
      after: { heldReplyId: id, reason },
    });
    await notify(this.ctx, {
      workspaceId: actor.workspaceId,
      userIds: [row.author_id],
      type: 'approval.decided',
      params: { decision: 'rejected', title: row.text.slice(0, 80), reason },
      link: `/w/${actor.workspaceId}/inbox?item=${row.item_id}`,
    });
    return this.#present((await this.#repo.get(actor.workspaceId, id))!, false);
  }

  async #decidable(actor: Actor, id: string): Promise<HeldRepliesTable> {
    const row = await this.#repo.get(actor.workspaceId, id);
    if (!row) throw notFound('held reply');
    if (row.status !== 'pending') throw conflict('This reply was already decided');
    const deciders = await this.#decidersFor(actor.workspaceId, [row]);
    if (!this.#may(deciders, row, actor)) throw forbidden('You are not an approver of this reply');
    return row;
  }

  /** Per circuit: who its first step resolves to today, and whether authors may approve themselves. */
  async #decidersFor(workspaceId: string, rows: HeldRepliesTable[]) {
    const out = new Map<string, { members: Set<string>; self: boolean } | null>();
    const ids = [...new Set(rows.map((r) => r.circuit_id))];
    if (!ids.length) return out;
    const approvals = new ApprovalsRepository(this.ctx.database.db);
    const directory = await new DirectoryRepository(this.ctx.database.db).directory(workspaceId);
    for (const id of ids) {
      const stored = await approvals.getCircuit(workspaceId, id);
      const circuit = stored ? circuitOf(stored) : null;
      const step = circuit?.steps[0];
      out.set(
        id,
        circuit && step
          ? {
              members: new Set(
                resolveApprovers(step, directory)
                  .filter((a) => a.kind === 'member')
                  .map((a) => a.id),
              ),
              self: circuit.allowSelfApproval,
            }
          : null,
      );
    }
    return out;
  }

  #may(
    deciders: Map<string, { members: Set<string>; self: boolean } | null>,
    row: HeldRepliesTable,
    actor: Actor,
  ): boolean {
    const d = deciders.get(row.circuit_id);
    if (row.author_id === actor.userId && !d?.self) return false;
    // A circuit deleted (or emptied) since the reply was held: anyone allowed to decide approvals may,
    // so the reply is never stranded; still never its author.
    if (!d) return true;
    return d.members.has(actor.userId);
  }

  #present(r: HeldRepliesTable, canDecide: boolean): HeldReplyView {
    return {
      id: r.id,
      itemId: r.item_id,
      authorId: r.author_id,
      text: r.text,
      circuitId: r.circuit_id,
      status: r.status,
      decidedBy: r.decided_by,
      decidedAt: r.decided_at,
      reason: r.reason,
      createdAt: r.created_at,
      canDecide,
    };
  }
}

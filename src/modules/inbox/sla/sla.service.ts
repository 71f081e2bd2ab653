import type { AppContext } from '../../../app/context.js';
import { notify } from '../../notifications/notifications.service.js';
import { emitEvent } from '../../webhooks/events.js';
import { SlaRepository, type OverdueItem } from './sla.repository.js';

/**
 * Flags items that passed their first-response target without an answer, once: the conditional
 * update is the lock, so of several workers only one notifies. The assignee is told; without one,
 * the members of the item's department; without one, the workspace's owners and admins. Webhooks
 * subscribed to `sla.breached` get the event.
 *
 * What counts as answered: a first response sent from Presence or seen on the network (it stops the
 * clock). An item closed or marked spam without an answer ("handled without reply") is never flagged
 * afterwards; flagged items keep `breached_at`, which with `is_question` is what the indicators and
 * the analytics read as late questions.
 */
export class SlaService {
  readonly #repo: SlaRepository;

  constructor(private readonly ctx: AppContext) {
    this.#repo = new SlaRepository(ctx.database.db);
  }

  /** Flags and announces every newly overdue item (at most `limit` per run); returns how many. */
  async checkBreaches(limit = 200): Promise<number> {
    const now = this.ctx.clock.now().toISOString();
    let flagged = 0;
    for (const item of await this.#repo.overdue(now, limit)) {
      if (!(await this.#repo.markBreached(item.id, now))) continue;
      flagged += 1;
      await this.#announce(item, now);
    }
    return flagged;
  }

  async #recipients(item: OverdueItem): Promise<string[]> {
    // An assignee who left the workspace is skipped: someone must still hear about it.
    if (item.assignee_id) {
      const still = await this.#repo.members(item.workspace_id, [item.assignee_id]);
      if (still.length) return still;
    }
    if (item.department_id) {
      const members = await this.#repo.departmentMembers(item.workspace_id, item.department_id);
      if (members.length) return members;
    }
    return this.#repo.admins(item.workspace_id);
  }

  async #announce(item: OverdueItem, now: string): Promise<void> {
    const excerpt = item.text.length > 60 ? `${item.text.slice(0, 59)}…` : item.text;
    try {
      await notify(this.ctx, {
        workspaceId: item.workspace_id,
        userIds: await this.#recipients(item),
        type: 'sla.breached',
        params: {
          title: `${item.contact_handle}: ${excerpt}`,
          network: item.network,
          handle: item.contact_handle,
        },
        link: `/w/${item.workspace_id}/inbox/${item.id}`,
      });
    } catch (err) {
      // The breach is recorded; a notification problem must not stop the other items.
      this.ctx.logger.error({ err, itemId: item.id }, 'sla.breached notification failed');
    }
    await emitEvent(this.ctx, item.workspace_id, 'sla.breached', {
      itemId: item.id,
      accountId: item.account_id,
      network: item.network,
      contactHandle: item.contact_handle,
      text: item.text,
      url: item.url,
      priority: item.priority,
      isQuestion: item.is_question === 1,
      occurredAt: item.occurred_at,
      targetMinutes: item.target_minutes,
      dueAt: item.due_at,
      breachedAt: now,
      assigneeId: item.assignee_id,
      departmentId: item.department_id,
    });
  }
}

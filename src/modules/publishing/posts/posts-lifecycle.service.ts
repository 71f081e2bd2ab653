import { ApprovalsService } from '../../approvals/approvals.service.js';
import { AppError, conflict, invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { PublishAttemptsRepository } from '../scheduler/publish-attempts.repository.js';
import { SlotsRepository } from '../slots/slots.repository.js';
import { nextFreeSlot } from '../slots/slots.rules.js';
import type { VariantStatus } from '../scheduler/publishing.types.js';
import type { Check } from './post-checks.js';
import type { TimeBody, VariantView } from './posts.schemas.js';
import { checksBlocking, type PostWithChecks, type PostsService } from './posts.service.js';
import { resolveScheduleTime } from './schedule-time.js';

// Statuses a variant may be scheduled from (approval states other than `approved` wait for the
// approval engine; `scheduled` again just moves it).
const SCHEDULABLE: readonly VariantStatus[] = ['draft', 'approved', 'failed', 'cancelled', 'scheduled'];
const NOT_PUBLISHED: readonly VariantStatus[] = [
  'draft',
  'pending_approval',
  'changes_requested',
  'approved',
  'scheduled',
  'failed',
];
// How far in the past a time may be before it is refused (clocks differ; "now" takes a moment to send).
const PAST_TOLERANCE_MS = 60_000;

/**
 * The scheduling lifecycle of a post's variants: schedule, publish now, queue into posting slots,
 * reschedule (keeping staggers), unschedule, retry, cancel. Status moves are guarded by the current
 * status (the repository's `setStatus`), and each scheduled variant gets exactly one waiting job.
 */
export class PostsLifecycle {
  constructor(private readonly s: PostsService) {}

  /** Schedules the selected (default: every schedulable) variants at one time. */
  async schedule(actor: Actor, id: string, body: TimeBody): Promise<PostWithChecks> {
    const resolved = resolveScheduleTime(body);
    const extra = resolved.shifted ? [dstCheck(resolved.shifted)] : [];
    return this.#scheduleEach(actor, id, body.variantIds, () => resolved.at, 'post.scheduled', extra);
  }

  /** Schedules the selected variants for now: the worker publishes them at once. */
  async publishNow(actor: Actor, id: string, variantIds?: string[]): Promise<PostWithChecks> {
    const now = this.s.ctx.clock.now();
    return this.#scheduleEach(actor, id, variantIds, () => now, 'post.published_now', []);
  }

  /** Each selected variant takes its account's next free posting slot (422 `no_free_slot` when none in 28 days). */
  async queue(actor: Actor, id: string, variantIds?: string[]): Promise<PostWithChecks> {
    const ws = actor.workspaceId;
    const now = this.s.ctx.clock.now();
    const slots = new SlotsRepository(this.s.ctx.database.db);
    const timeZone = await this.s.query.workspaceTimeZone(ws);
    const { data } = await this.s.withChecks(ws, id);
    const times = new Map<string, Date>();
    for (const v of this.#select(data.variants, variantIds)) {
      const taken = (await this.s.query.takenTimes(ws, v.accountId, now.toISOString())).filter(
        (t) => t !== v.scheduledAt,
      );
      const at = nextFreeSlot(await slots.list(ws, v.accountId), timeZone, now, taken);
      if (!at) {
        throw new AppError(
          422,
          'no_free_slot',
          `No free posting slot for ${v.accountHandle} in the next 28 days`,
          'accountId',
          {
            accountId: v.accountId,
            accountHandle: v.accountHandle,
          },
        );
      }
      times.set(v.id, at);
    }
    return this.#scheduleEach(actor, id, variantIds, (v) => times.get(v.id)!, 'post.queued', []);
  }

  /**
   * Moves the post: every variant not yet published shifts by the delta that brings the earliest one
   * to the new time, so staggers between networks are kept; variants without a time take the new time.
   */
  async reschedule(actor: Actor, id: string, body: TimeBody): Promise<PostWithChecks> {
    const ws = actor.workspaceId;
    const { at, shifted } = resolveScheduleTime(body);
    this.#refusePast(at);
    const before = await this.s.withChecks(ws, id);
    const movable = before.data.variants.filter((v) => NOT_PUBLISHED.includes(v.status));
    if (movable.length === 0) throw conflict('Nothing left to move: every variant is published or cancelled');
    const timed = movable.flatMap((v) => (v.scheduledAt ? [new Date(v.scheduledAt).getTime()] : []));
    const delta = timed.length > 0 ? at.getTime() - Math.min(...timed) : 0;
    const now = this.s.now();
    for (const v of movable) {
      const next = v.scheduledAt ? new Date(new Date(v.scheduledAt).getTime() + delta) : at;
      this.#refusePast(next);
      if (!(await this.s.posts.updateVariant(ws, v.id, { scheduledAt: next.toISOString() }, now))) continue;
      if (v.status === 'scheduled') await this.s.scheduler.schedule(ws, v.id, next);
    }
    // The approval's publication check follows the post's new time.
    await ApprovalsService.onPostRescheduled(this.s.ctx, ws, id);
    return this.#finish(
      actor,
      id,
      before,
      'post.rescheduled',
      `Moved post "${before.data.title}" to ${at.toISOString()}`,
      shifted ? [dstCheck(shifted)] : [],
    );
  }

  /** Scheduled variants go back to draft (keeping their time) and lose their job. */
  async unschedule(actor: Actor, id: string, variantIds?: string[]): Promise<PostWithChecks> {
    return this.#move(actor, id, variantIds, ['scheduled'], 'draft', 'post.unscheduled', 'Unscheduled');
  }

  /** Scheduled and failed variants are cancelled (their jobs removed). */
  async cancel(actor: Actor, id: string, variantIds?: string[]): Promise<PostWithChecks> {
    return this.#move(
      actor,
      id,
      variantIds,
      ['scheduled', 'failed'],
      'cancelled',
      'post.cancelled',
      'Cancelled',
    );
  }

  /**
   * A failed variant goes back to scheduled, now (or at its time when that is still ahead). Its
   * idempotency key is the variant's own and never changes, so a retry can never publish it twice.
   */
  async retry(actor: Actor, id: string, variantId: string): Promise<PostWithChecks> {
    const ws = actor.workspaceId;
    const before = await this.s.withChecks(ws, id);
    const index = before.data.variants.findIndex((v) => v.id === variantId);
    const v = before.data.variants[index];
    if (!v) throw notFound('Variant');
    if (v.status !== 'failed') throw conflict('Only a failed variant can be retried');
    this.#refuseBlocking(before, [index]);
    const now = this.s.ctx.clock.now();
    const at = v.scheduledAt && new Date(v.scheduledAt) > now ? new Date(v.scheduledAt) : now;
    const last = await new PublishAttemptsRepository(this.s.ctx.database.db).last(ws, v.id);
    if (await this.s.posts.retryFailed(ws, v.id, at.toISOString(), last?.number ?? 0, now.toISOString())) {
      await this.s.scheduler.schedule(ws, v.id, at);
    }
    return this.#finish(
      actor,
      id,
      before,
      'post.retried',
      `Retried ${v.network} variant of "${before.data.title}"`,
      [],
    );
  }

  async #scheduleEach(
    actor: Actor,
    id: string,
    variantIds: string[] | undefined,
    timeOf: (v: VariantView) => Date,
    action: string,
    extra: Check[],
  ): Promise<PostWithChecks> {
    const ws = actor.workspaceId;
    const before = await this.s.withChecks(ws, id);
    // A required approval circuit cannot be skipped by someone who may publish.
    if (!(await ApprovalsService.mayScheduleWithoutApproval(this.s.ctx, ws, id))) {
      throw new AppError(
        409,
        'approval_required',
        'This post must go through its approval circuit before it is scheduled: submit it for approval',
      );
    }
    const selected = this.#select(before.data.variants, variantIds);
    this.#refuseBlocking(
      before,
      selected.map((v) => before.data.variants.indexOf(v)),
      extra,
    );
    for (const v of selected) this.#refusePast(timeOf(v));
    const now = this.s.now();
    for (const v of selected) {
      const at = timeOf(v);
      if (!(await this.s.posts.updateVariant(ws, v.id, { scheduledAt: at.toISOString() }, now))) continue;
      if (await this.s.posts.setStatus(ws, v.id, SCHEDULABLE, 'scheduled', now)) {
        await this.s.scheduler.schedule(ws, v.id, at);
      }
    }
    await ApprovalsService.onPostRescheduled(this.s.ctx, ws, id);
    const when = selected.map((v) => `${v.network} ${timeOf(v).toISOString()}`).join(', ');
    return this.#finish(actor, id, before, action, `Scheduled "${before.data.title}": ${when}`, extra);
  }

  async #move(
    actor: Actor,
    id: string,
    variantIds: string[] | undefined,
    from: readonly VariantStatus[],
    to: VariantStatus,
    action: string,
    verb: string,
  ): Promise<PostWithChecks> {
    const ws = actor.workspaceId;
    const before = await this.s.withChecks(ws, id);
    const chosen = variantIds ? this.#pick(before.data.variants, variantIds) : before.data.variants;
    const now = this.s.now();
    let moved = 0;
    for (const v of chosen) {
      if (!from.includes(v.status)) continue;
      if (await this.s.posts.setStatus(ws, v.id, from, to, now)) {
        await this.s.scheduler.unschedule(v.id);
        moved += 1;
      }
    }
    if (moved === 0) throw conflict(`Nothing to change: no variant is ${from.join(' or ')}`);
    await ApprovalsService.onPostRescheduled(this.s.ctx, ws, id);
    return this.#finish(
      actor,
      id,
      before,
      action,
      `${verb} ${moved} variant(s) of "${before.data.title}"`,
      [],
    );
  }

  /** The variants named (400 for an id not in the post), or every one. */
  #pick(variants: VariantView[], ids: string[]): VariantView[] {
    return ids.map((vid, i) => {
      const v = variants.find((x) => x.id === vid);
      if (!v) throw invalid(`variantIds.${i}`, 'No such variant in this post');
      return v;
    });
  }

  /** The schedulable variants among those named (default: all); 409 when none is. */
  #select(variants: VariantView[], ids?: string[]): VariantView[] {
    const chosen = (ids ? this.#pick(variants, ids) : variants).filter((v) => SCHEDULABLE.includes(v.status));
    if (chosen.length === 0) throw conflict('No variant of this post can be scheduled');
    return chosen;
  }

  #refuseBlocking(current: PostWithChecks, indices: number[], extra: Check[] = []): void {
    const blocking = current.checks.items.filter(
      (c) => c.severity === 'error' && (c.variantIndex === null || indices.includes(c.variantIndex)),
    );
    if (blocking.length > 0) {
      throw checksBlocking({ ...current.checks, items: [...current.checks.items, ...extra], blocking: true });
    }
  }

  #refusePast(at: Date): void {
    if (at.getTime() < this.s.ctx.clock.now().getTime() - PAST_TOLERANCE_MS) {
      throw new AppError(422, 'scheduled_in_past', 'This time is in the past', 'scheduledAt');
    }
  }

  async #finish(
    actor: Actor,
    id: string,
    before: PostWithChecks,
    action: string,
    summary: string,
    extra: Check[],
  ): Promise<PostWithChecks> {
    const after = await this.s.withChecks(actor.workspaceId, id);
    await this.s.audit.record(actor, {
      action,
      objectType: 'post',
      objectId: id,
      summary,
      before: before.data,
      after: after.data,
    });
    return { data: after.data, checks: { ...after.checks, items: [...after.checks.items, ...extra] } };
  }
}

/** The info check telling the user their wall-clock time did not exist and was moved. */
function dstCheck(shifted: { asked: string; actual: string; timeZone: string }): Check {
  return {
    severity: 'info',
    code: 'time_shifted_by_dst',
    variantIndex: null,
    path: 'local',
    params: { ...shifted },
  };
}

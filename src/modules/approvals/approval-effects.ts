import type { AppContext } from '../../app/context.js';
import type { JobQueue } from '../jobs/job-queue.port.js';
import { notify } from '../notifications/notifications.service.js';
import type { NotificationType } from '../notifications/notifications.types.js';
import { PostsRepository } from '../publishing/scheduler/posts.repository.js';
import type { VariantStatus } from '../publishing/scheduler/publishing.types.js';
import type { PublishScheduler } from '../publishing/scheduler/scheduler.service.js';
import { createPublishScheduler } from '../publishing/scheduler/scheduler.factory.js';
import { emitEvent } from '../webhooks/events.js';
import { APPROVAL_TIMER_JOB } from './approvals.jobs.js';
import type { ApprovalEffect, ApprovalState, ApprovalStatus, NotifyReason } from './engine/index.js';

/**
 * What each notice reason becomes in the notifications module. Reasons without a notification type
 * yet (the author told of a decision or a comment) are shown in the post's timeline only; they need
 * a type in NOTIFICATION_TYPES to reach people (reported to the lead).
 */
const NOTICE_TYPE: Record<NotifyReason, NotificationType | null> = {
  review_requested: 'approval.requested',
  resubmitted_after_edit: 'approval.requested',
  escalated: 'approval.requested',
  reminder: 'approval.reminder',
  target_breached: 'approval.reminder',
  approval_overdue: 'approval.overdue',
  no_eligible_approver: 'approval.overdue',
  mentioned: 'mention',
  approved: 'approval.decided',
  rejected: 'approval.decided',
  changes_requested: 'approval.decided',
  commented: null,
};

/** Variant statuses each approval status moves variants from (the publishing side of the approval state). */
const VARIANTS_FROM: Partial<Record<ApprovalStatus, readonly VariantStatus[]>> = {
  in_review: ['draft', 'changes_requested', 'approved', 'scheduled', 'approval_overdue'],
  changes_requested: ['pending_approval', 'approval_overdue'],
  draft: ['pending_approval', 'changes_requested', 'approval_overdue'],
  rejected: ['pending_approval', 'changes_requested', 'approval_overdue'],
};
const VARIANTS_TO: Partial<Record<ApprovalStatus, VariantStatus>> = {
  in_review: 'pending_approval',
  changes_requested: 'changes_requested',
  draft: 'draft',
  // A rejected post goes back to its author as a draft; resubmitting it opens a new approval request.
  rejected: 'draft',
};

export interface EffectTarget {
  workspaceId: string;
  requestId: string;
  postId: string;
  title: string;
  state: ApprovalState;
}

/** Carries out the engine's effects: timers as jobs, notices, variant statuses, publication, webhooks. */
export class ApprovalEffects {
  readonly #posts: PostsRepository;
  #scheduler: PublishScheduler | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly queue: JobQueue,
  ) {
    this.#posts = new PostsRepository(ctx.database.db);
  }

  get scheduler(): PublishScheduler {
    this.#scheduler ??= createPublishScheduler(this.ctx, this.queue);
    return this.#scheduler;
  }

  /** Runs every effect in order; a notice or webhook problem never undoes the saved state. */
  async run(t: EffectTarget, effects: readonly ApprovalEffect[]): Promise<void> {
    for (const e of effects) await this.#one(t, e);
  }

  async #one(t: EffectTarget, e: ApprovalEffect): Promise<void> {
    switch (e.type) {
      case 'schedule_timer':
        await this.queue.send(
          APPROVAL_TIMER_JOB,
          { workspaceId: t.workspaceId, requestId: t.requestId, key: e.timer.key, kind: e.timer.kind },
          { runAt: new Date(e.timer.at), singletonKey: e.timer.key, retryLimit: 5, backoffMs: 30_000 },
        );
        return;
      case 'cancel_timer':
        // A courtesy: a timer that still fires is recognised as stale by the engine.
        await this.queue.cancelBySingletonKey(APPROVAL_TIMER_JOB, e.key);
        return;
      case 'notify':
        await this.#notify(
          t,
          e.reason,
          e.to.filter((a) => a.kind === 'member').map((a) => a.id),
          e.stepIndex,
        );
        return;
      case 'escalate':
        this.ctx.logger.info(
          { postId: t.postId, stepIndex: e.stepIndex, to: e.to.map((a) => a.id) },
          'approvals: step escalated',
        );
        return;
      case 'status_changed':
        await this.#statusChanged(t, e.from, e.to);
        return;
      case 'block_publication':
        await this.#block(t);
        return;
    }
  }

  async #notify(t: EffectTarget, reason: NotifyReason, userIds: string[], stepIndex: number | null) {
    const type = NOTICE_TYPE[reason];
    if (!type || userIds.length === 0) return;
    const step = stepIndex === null ? null : t.state.circuit.steps[stepIndex];
    await notify(this.ctx, {
      workspaceId: t.workspaceId,
      userIds,
      type,
      // `decision` picks the sentence (approved / rejected / changes requested) in both languages.
      params: {
        title: t.title || 'untitled',
        reason,
        decision: reason,
        ...(step ? { step: step.name } : {}),
      },
      link: `/w/${t.workspaceId}/posts/${t.postId}`,
    });
  }

  async #statusChanged(t: EffectTarget, from: ApprovalStatus, to: ApprovalStatus) {
    if (to === 'approved')
      await this.release(t.workspaceId, t.postId, [
        'pending_approval',
        'changes_requested',
        'approval_overdue',
        'draft',
      ]);
    else {
      const target = VARIANTS_TO[to];
      const fromList = VARIANTS_FROM[to];
      if (target && fromList) await this.#move(t, fromList, target);
    }
    const data = { postId: t.postId, title: t.title, status: to, round: t.state.round };
    if (to === 'in_review' && (from === 'draft' || from === 'changes_requested' || from === 'approved'))
      await emitEvent(this.ctx, t.workspaceId, 'post.submitted', data);
    if (to === 'approved') await emitEvent(this.ctx, t.workspaceId, 'post.approved', data);
    if (to === 'rejected') await emitEvent(this.ctx, t.workspaceId, 'post.rejected', data);
  }

  /** Moves variants between statuses, taking scheduled ones off the publishing queue. */
  async #move(t: EffectTarget, from: readonly VariantStatus[], to: VariantStatus): Promise<void> {
    const now = this.ctx.clock.now().toISOString();
    for (const v of await this.#posts.listVariants(t.workspaceId, t.postId)) {
      if (!from.includes(v.status)) continue;
      if (await this.#posts.setStatus(t.workspaceId, v.id, [v.status], to, now))
        if (v.status === 'scheduled') await this.scheduler.unschedule(v.id);
    }
  }

  /**
   * Final approval (or no approval needed): variants in `waiting` with a time ahead are scheduled and
   * queued; the others become `approved` and wait for someone to schedule them.
   */
  async release(workspaceId: string, postId: string, waiting: readonly VariantStatus[]): Promise<void> {
    const now = this.ctx.clock.now();
    for (const v of await this.#posts.listVariants(workspaceId, postId)) {
      if (!waiting.includes(v.status)) continue;
      const at = v.scheduledAt ? new Date(v.scheduledAt) : null;
      if (at && at.getTime() > now.getTime()) {
        if (await this.#posts.setStatus(workspaceId, v.id, [v.status], 'scheduled', now.toISOString()))
          await this.scheduler.schedule(workspaceId, v.id, at);
      } else await this.#posts.setStatus(workspaceId, v.id, [v.status], 'approved', now.toISOString());
    }
  }

  /** The publication time passed without approval: nothing of the post is published. */
  async #block(t: EffectTarget): Promise<void> {
    await this.#move(
      t,
      ['draft', 'pending_approval', 'changes_requested', 'approved', 'scheduled'],
      'approval_overdue',
    );
    await emitEvent(this.ctx, t.workspaceId, 'approval.overdue', {
      postId: t.postId,
      title: t.title,
      status: 'approval_overdue',
      publicationAt: t.state.publicationAt,
    });
  }
}

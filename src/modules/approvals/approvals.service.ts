import type { AppContext } from '../../app/context.js';
import { AppError, conflict, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import type { JobQueue } from '../jobs/job-queue.port.js';
import {
  PostsRepository,
  type PostRecord,
  type VariantRecord,
} from '../publishing/scheduler/posts.repository.js';
import { ApprovalEffects } from './approval-effects.js';
import { nextTimerAt } from './approval-timers.js';
import type { ApprovalTimerPayload } from './approvals.jobs.js';
import { ApprovalsRepository, type RequestRow } from './approvals.repository.js';
import { circuitOf } from './circuits.service.js';
import { DirectoryRepository } from './directory.repository.js';
import {
  apply,
  type ApplyResult,
  type ApprovalEvent,
  type ApprovalState,
  type ContentFacts,
  type EngineEnv,
  initialApprovalState,
  selectCircuit,
} from './engine/index.js';
import { PostReviewRepository } from './post-review.repository.js';
import { recordVersion } from './version-recorder.js';

/** Who caused an event, for the timeline: a member, an outside reviewer, or the clock. */
export interface EventSource {
  name: string | null;
  /** The member acting, for the audit log; null for the clock or an outside reviewer. */
  actor: Actor | null;
}

const MAX_SAVE_ATTEMPTS = 5;

/**
 * The approvals service: loads a post's approval state, feeds the engine an event, saves the new
 * state (conditional on the revision read, so simultaneous decisions never overwrite each other),
 * appends the event to the log and carries out the effects (decision 0015).
 */
export class ApprovalsService {
  readonly repo: ApprovalsRepository;
  readonly review: PostReviewRepository;
  readonly directory: DirectoryRepository;
  readonly posts: PostsRepository;
  readonly effects: ApprovalEffects;
  readonly #audit: AuditService;

  constructor(
    readonly ctx: AppContext,
    queue: JobQueue = ctx.queue,
  ) {
    const db = ctx.database.db;
    this.repo = new ApprovalsRepository(db);
    this.review = new PostReviewRepository(db);
    this.directory = new DirectoryRepository(db);
    this.posts = new PostsRepository(db);
    this.effects = new ApprovalEffects(ctx, queue);
    this.#audit = new AuditService(db, ctx.clock);
  }

  /**
   * The hook the posts PATCH must call after saving an edit: records a version and, when the post is
   * under review (or approved and its circuit says so), sends it back to step 1.
   */
  static async onPostEdited(
    ctx: AppContext,
    workspaceId: string,
    postId: string,
    editorId: string,
  ): Promise<void> {
    await new ApprovalsService(ctx).postEdited(workspaceId, postId, editorId);
  }

  /**
   * The hook the posts schedule/reschedule/unschedule routes must call after changing a post's times:
   * moves the publication check (and lifts "approval overdue" when the new time is ahead) without
   * restarting the review, since the content did not change.
   */
  static async onPostRescheduled(ctx: AppContext, workspaceId: string, postId: string): Promise<void> {
    const s = new ApprovalsService(ctx);
    const request = await s.repo.latestRequest(workspaceId, postId);
    if (!request) return;
    const variants = await s.posts.listVariants(workspaceId, postId);
    await s.transition(
      workspaceId,
      request.id,
      { type: 'rescheduled', at: s.now(), publicationAt: earliest(variants) },
      { name: null, actor: null },
    );
  }

  /** Whether the post may be scheduled without going through approval (for the posts routes to check). */
  static async mayScheduleWithoutApproval(
    ctx: AppContext,
    workspaceId: string,
    postId: string,
  ): Promise<boolean> {
    const s = new ApprovalsService(ctx);
    const latest = await s.repo.latestRequest(workspaceId, postId);
    if (latest) return latest.status === 'approved';
    const post = await s.posts.getPost(workspaceId, postId);
    if (!post) return false;
    const { circuit } = await s.selection(workspaceId, post, await s.posts.listVariants(workspaceId, postId));
    return circuit === null || !circuit.required;
  }

  now(): string {
    return this.ctx.clock.now().toISOString();
  }

  /** The engine's view of the workspace today. */
  async env(workspaceId: string): Promise<EngineEnv> {
    const hours = await this.directory.hours(workspaceId);
    return {
      directory: await this.directory.directory(workspaceId),
      calendar: hours
        ? { kind: 'business', timeZone: hours.timeZone, hours: hours.hours }
        : { kind: 'around_the_clock' },
    };
  }

  async post(workspaceId: string, postId: string): Promise<PostRecord> {
    const post = await this.posts.getPost(workspaceId, postId);
    if (!post) throw notFound('Post');
    return post;
  }

  /** The circuit that governs a post today (most specific match), with the facts it was chosen by. */
  async selection(workspaceId: string, post: PostRecord, variants: readonly VariantRecord[]) {
    const networks = await this.directory.accountNetworks(
      workspaceId,
      variants.map((v) => v.accountId),
    );
    const facts: ContentFacts = {
      // Posts are the only content the composer makes today; replies and sponsored posts come later.
      type: 'post',
      objectiveIds: post.objectiveId ? [post.objectiveId] : [],
      networks: [...new Set([...networks.values()].map((n) => n.network))],
      sensitivePillar: post.pillarId
        ? await this.directory.pillarSensitive(workspaceId, post.pillarId)
        : false,
    };
    const circuits = (await this.repo.listCircuits(workspaceId)).map(circuitOf);
    return { ...selectCircuit(circuits, facts), facts, networks };
  }

  /** Submits a post for approval (or releases it when no circuit applies or an optional one is skipped). */
  async submit(actor: Actor, postId: string, skip: boolean): Promise<void> {
    const ws = actor.workspaceId;
    const post = await this.post(ws, postId);
    const variants = await this.posts.listVariants(ws, postId);
    if (variants.length === 0) throw new AppError(409, 'no_variants', 'This post has no variant to submit');
    const latest = await this.repo.latestRequest(ws, postId);
    const sel = await this.selection(ws, post, variants);
    const version = await recordVersion(this.review, {
      workspaceId: ws,
      post,
      variants,
      networks: sel.networks,
      reason: 'submitted',
      userId: actor.userId,
      now: this.now(),
    });
    if (latest && latest.status !== 'rejected') {
      if (skip) throw new AppError(409, 'not_submittable', 'This post is already under an approval circuit');
      await this.transition(
        ws,
        latest.id,
        { type: 'submitted', at: this.now(), by: actor.userId },
        {
          name: null,
          actor,
        },
        version,
      );
      return;
    }
    const circuit = sel.circuit;
    if (!circuit || skip) {
      if (circuit?.required)
        throw new AppError(409, 'approval_required', 'This post needs approval: its circuit is required');
      await this.effects.release(ws, postId, ['draft', 'changes_requested', 'pending_approval']);
      await this.#audit.record(actor, {
        action: 'approval.skipped',
        objectType: 'post',
        objectId: postId,
        summary: circuit
          ? `Published "${post.title}" without the optional circuit "${circuit.name}"`
          : `No approval circuit applies to "${post.title}"`,
      });
      return;
    }
    const publicationAt = earliest(variants);
    const initial = initialApprovalState({
      contentId: postId,
      authorId: post.createdBy ?? actor.userId,
      contentType: sel.facts.type,
      circuit,
      publicationAt,
    });
    const id = newId();
    const now = this.now();
    await this.repo.insertRequest({
      id,
      workspace_id: ws,
      post_id: postId,
      number: (latest?.number ?? 0) + 1,
      circuit_id: circuit.id,
      content_type: sel.facts.type,
      state: JSON.stringify(initial.state),
      status: initial.state.status,
      revision: 0,
      submitted_by: actor.userId,
      current_version_id: version,
      first_submitted_at: null,
      approved_at: null,
      next_timer_at: nextTimerAt(initial.state),
      created_at: now,
      updated_at: now,
    });
    await this.effects.run(
      { workspaceId: ws, requestId: id, postId, title: post.title, state: initial.state },
      initial.effects,
    );
    await this.transition(
      ws,
      id,
      { type: 'submitted', at: now, by: actor.userId },
      { name: null, actor },
      version,
    );
  }

  /** A member's decision on the current step. */
  async decide(
    actor: Actor,
    postId: string,
    kind: 'approved' | 'rejected' | 'changes_requested',
    comment: string | undefined,
  ): Promise<void> {
    const request = await this.requireRequest(actor.workspaceId, postId);
    const by = { kind: 'member' as const, id: actor.userId };
    const at = this.now();
    const event: ApprovalEvent =
      kind === 'approved' ? { type: 'approved', at, by } : { type: kind, at, by, comment: comment ?? '' };
    await this.transition(actor.workspaceId, request.id, event, { name: null, actor }, undefined, comment);
  }

  /** The author takes the post back out of review. */
  async withdraw(actor: Actor, postId: string): Promise<void> {
    const request = await this.requireRequest(actor.workspaceId, postId);
    await this.transition(
      actor.workspaceId,
      request.id,
      { type: 'withdrawn', at: this.now(), by: actor.userId },
      { name: null, actor },
    );
  }

  /** Runs one persisted timer; stale or refused timers are logged and dropped (never retried). */
  async fireTimer(p: ApprovalTimerPayload): Promise<ApplyResult | null> {
    const request = await this.repo.getRequest(p.workspaceId, p.requestId);
    if (!request) return null;
    const at = this.now();
    const event: ApprovalEvent =
      p.kind === 'publication'
        ? { type: 'publication_time_reached', at, key: p.key }
        : { type: 'step_timer_fired', at, key: p.key, kind: p.kind };
    try {
      return await this.transition(p.workspaceId, p.requestId, event, { name: null, actor: null });
    } catch (err) {
      if (err instanceof AppError && err.status === 409) {
        this.ctx.logger.warn({ key: p.key, code: err.code }, 'approvals: timer refused');
        return null;
      }
      throw err;
    }
  }

  /** See `onPostEdited`. */
  async postEdited(workspaceId: string, postId: string, editorId: string): Promise<void> {
    const post = await this.posts.getPost(workspaceId, postId);
    if (!post) return;
    const variants = await this.posts.listVariants(workspaceId, postId);
    const networks = await this.directory.accountNetworks(
      workspaceId,
      variants.map((v) => v.accountId),
    );
    const [previous] = await this.review.listVersions(workspaceId, postId);
    const version = await recordVersion(this.review, {
      workspaceId,
      post,
      variants,
      networks,
      reason: 'edited',
      userId: editorId,
      now: this.now(),
    });
    // A save that changed nothing (the composer saves before it schedules) is not an edit: approved
    // content must not go back through its circuit for it.
    if (previous && version === previous.id) return;
    const request = await this.repo.latestRequest(workspaceId, postId);
    if (!request) return;
    const at = this.now();
    await this.transition(
      workspaceId,
      request.id,
      { type: 'edited', at, by: editorId },
      { name: null, actor: null },
      version,
    );
    // A new publication time lifts "approval overdue" or moves the publication check.
    await this.transition(
      workspaceId,
      request.id,
      { type: 'rescheduled', at, publicationAt: earliest(variants) },
      { name: null, actor: null },
    );
  }

  async requireRequest(workspaceId: string, postId: string): Promise<RequestRow> {
    await this.post(workspaceId, postId);
    const request = await this.repo.latestRequest(workspaceId, postId);
    if (!request) throw new AppError(409, 'not_in_review', 'This post was never submitted for approval');
    return request;
  }

  /**
   * Applies one event: refused → 409 with the engine's code; a stale timer → nothing; otherwise the
   * state is saved if nobody saved meanwhile (else re-read and re-applied), logged and its effects run.
   */
  async transition(
    workspaceId: string,
    requestId: string,
    event: ApprovalEvent,
    source: EventSource,
    versionId?: string | null,
    comment?: string,
  ): Promise<ApplyResult> {
    const env = await this.env(workspaceId);
    for (let attempt = 0; attempt < MAX_SAVE_ATTEMPTS; attempt += 1) {
      const row = await this.repo.getRequest(workspaceId, requestId);
      if (!row) throw notFound('Approval');
      const state = JSON.parse(row.state) as ApprovalState;
      const result = apply(state, event, env);
      if (result.refused) throw new AppError(409, result.refused.code, result.refused.detail);
      if (result.ignored) return result;
      if (result.state === state && result.effects.length === 0) return result;
      const now = this.now();
      const saved = await this.repo.saveRequest(workspaceId, requestId, row.revision, {
        state: JSON.stringify(result.state),
        status: result.state.status,
        first_submitted_at: result.state.firstSubmittedAt,
        approved_at: result.state.approvedAt,
        current_version_id: versionId ?? row.current_version_id,
        next_timer_at: nextTimerAt(result.state),
        updated_at: now,
      });
      if (!saved) continue;
      await this.repo.appendEvent({
        id: newId(),
        workspace_id: workspaceId,
        request_id: requestId,
        post_id: row.post_id,
        type: event.type === 'step_timer_fired' ? event.kind : event.type,
        event: JSON.stringify(event),
        actor_name: source.name,
        step_index: state.stepIndex ?? result.state.stepIndex,
        created_at: now,
      });
      const post = await this.posts.getPost(workspaceId, row.post_id);
      const title = post?.title ?? '';
      if (source.actor)
        await this.#audit.record(source.actor, {
          action: `approval.${event.type}`,
          objectType: 'post',
          objectId: row.post_id,
          summary: `${event.type.replace('_', ' ')} "${title}"${comment ? `: ${comment.slice(0, 200)}` : ''}`,
          before: { status: state.status, stepIndex: state.stepIndex },
          after: { status: result.state.status, stepIndex: result.state.stepIndex },
        });
      await this.effects.run(
        { workspaceId, requestId, postId: row.post_id, title, state: result.state },
        result.effects,
      );
      return result;
    }
    throw conflict('The approval changed while saving; try again');
  }
}

/** The earliest time among the variants: when approval must be done. */
export function earliest(variants: readonly VariantRecord[]): string | null {
  const times = variants
    .filter((v) => v.status !== 'published' && v.status !== 'cancelled')
    .map((v) => v.scheduledAt)
    .filter((t): t is string => t !== null)
    .sort();
  return times[0] ?? null;
}

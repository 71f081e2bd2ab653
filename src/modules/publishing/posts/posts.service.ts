import { ApprovalsService } from '../../approvals/approvals.service.js';
import type { AppContext } from '../../../app/context.js';
import { AppError, invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import { AuditService } from '../../audit/audit.service.js';
import { ActionsRepository } from '../../strategy/actions/actions.repository.js';
import { EditorialLineRepository } from '../../strategy/editorial-line/editorial-line.repository.js';
import { ObjectivesRepository } from '../../strategy/objectives/objectives.repository.js';
import { ConnectorRegistry, NETWORK_IDS } from '../connectors/registry.js';
import { PublishAttemptsRepository } from '../scheduler/publish-attempts.repository.js';
import { PostsRepository, type PostRecord } from '../scheduler/posts.repository.js';
import { createPublishScheduler } from '../scheduler/scheduler.factory.js';
import type { PublishScheduler } from '../scheduler/scheduler.service.js';
import { PostChecker } from './post-checker.js';
import type { Checks } from './post-checks.js';
import { PostsQueryRepository, type VariantRow } from './posts-query.repository.js';
import { presentPost } from './posts.presenter.js';
import type { PostInput, PostPatch, PostView, PostsQuery, VariantInput } from './posts.schemas.js';
import { resolveScheduleTime } from './schedule-time.js';
import { locked, planVariantEdits } from './variant-edits.js';
import { checksBlocking, contentOf, orderedIds, titleOf, utc } from './post-content.js';

export { checksBlocking, contentOf, utc } from './post-content.js';

const NETWORK_NAMES: Record<string, string> = { bluesky: 'Bluesky', mastodon: 'Mastodon' };

/** What a post read or write answers: the post and its live checks. */
export interface PostWithChecks {
  data: PostView;
  checks: Checks;
}

/** The composer's posts: create, read, edit, delete, with the live checks on every answer. */
export class PostsService {
  readonly ctx: AppContext;
  readonly posts: PostsRepository;
  readonly query: PostsQueryRepository;
  readonly checker: PostChecker;
  readonly audit: AuditService;
  readonly registry: ConnectorRegistry;
  #scheduler: PublishScheduler | null = null;

  constructor(ctx: AppContext) {
    this.ctx = ctx;
    this.posts = new PostsRepository(ctx.database.db);
    this.query = new PostsQueryRepository(ctx.database.db);
    this.registry = new ConnectorRegistry({ logger: ctx.logger.child({ module: 'connectors' }) });
    this.checker = new PostChecker(ctx, this.registry);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  /** The publish scheduler, built on first use (only writes that (un)schedule need it). */
  get scheduler(): PublishScheduler {
    this.#scheduler ??= createPublishScheduler(this.ctx, this.ctx.queue);
    return this.#scheduler;
  }

  now(): string {
    return this.ctx.clock.now().toISOString();
  }

  /** Every network the composer can publish to, with its limits. */
  networks() {
    return NETWORK_IDS.map((id) => ({
      id,
      name: NETWORK_NAMES[id] ?? id,
      capabilities: this.registry.get(id).capabilities as unknown as Record<string, unknown>,
    }));
  }

  /** The checks of a post being composed (nothing is written). */
  async check(actor: Actor, input: PostInput): Promise<Checks> {
    return this.checker.run(actor.workspaceId, {
      pillarId: input.pillarId ?? null,
      trackLinks: input.trackLinks ?? true,
      variants: input.variants.map(contentOf),
    });
  }

  /** A filtered page of posts. */
  async list(actor: Actor, q: PostsQuery): Promise<{ data: PostView[]; nextCursor: string | null }> {
    const { limit, cursor, ...filters } = q;
    const page = await this.query.page(actor.workspaceId, filters, limit + 1, cursor);
    const more = page.length > limit;
    const posts = page.slice(0, limit);
    return {
      data: await this.views(actor.workspaceId, posts),
      nextCursor: more ? posts[posts.length - 1]!.id : null,
    };
  }

  /** Views of posts, loading their variants and authors in two queries. */
  async views(workspaceId: string, posts: readonly PostRecord[]): Promise<PostView[]> {
    const variants = await this.query.variants(
      workspaceId,
      posts.map((p) => p.id),
    );
    const names = await this.query.userNames(posts.flatMap((p) => (p.createdBy ? [p.createdBy] : [])));
    const byPost = new Map<string, VariantRow[]>();
    for (const v of variants) byPost.set(v.postId, [...(byPost.get(v.postId) ?? []), v]);
    return posts.map((p) =>
      presentPost(p, byPost.get(p.id) ?? [], p.createdBy ? (names.get(p.createdBy) ?? null) : null),
    );
  }

  /** The post (404 when not in the workspace). */
  async record(workspaceId: string, id: string): Promise<PostRecord> {
    const post = await this.query.post(workspaceId, id);
    if (!post) throw notFound('Post');
    return post;
  }

  /** The post's view and the checks of its stored variants. */
  async withChecks(workspaceId: string, id: string): Promise<PostWithChecks> {
    const post = await this.record(workspaceId, id);
    const [data] = await this.views(workspaceId, [post]);
    const checks = await this.checker.run(workspaceId, {
      pillarId: post.pillarId,
      trackLinks: post.trackLinks,
      variants: data!.variants.map((v) => contentOf(v)),
    });
    return { data: data!, checks };
  }

  async get(actor: Actor, id: string): Promise<PostWithChecks> {
    return this.withChecks(actor.workspaceId, id);
  }

  /** Refuses strategy references of another workspace (or gone), naming the field. */
  async #checkRefs(
    workspaceId: string,
    p: { objectiveId?: string | null; actionId?: string | null; pillarId?: string | null },
  ) {
    const db = this.ctx.database.db;
    if (p.objectiveId && !(await new ObjectivesRepository(db).find(workspaceId, p.objectiveId))) {
      throw invalid('objectiveId', 'No such objective in this workspace');
    }
    if (p.actionId && !(await new ActionsRepository(db).find(workspaceId, p.actionId))) {
      throw invalid('actionId', 'No such action in this workspace');
    }
    if (
      p.pillarId &&
      !(await new EditorialLineRepository(db).pillars(workspaceId)).some((x) => x.id === p.pillarId)
    ) {
      throw invalid('pillarId', 'No such content pillar in this workspace');
    }
  }

  /** Creates a post with one draft variant per account. */
  async create(actor: Actor, given: PostInput): Promise<PostWithChecks> {
    const input = withPlannedTime(given);
    const ws = actor.workspaceId;
    await this.#checkRefs(ws, input);
    const checks = await this.check(actor, input);
    const now = this.now();
    const id = newId();
    await this.posts.createPost({
      id,
      workspaceId: ws,
      title: titleOf(input.title, input.variants[0]!.text),
      objectiveId: input.objectiveId ?? null,
      actionId: input.actionId ?? null,
      pillarId: input.pillarId ?? null,
      trackLinks: input.trackLinks ?? true,
      createdBy: actor.userId,
      now,
    });
    const ids = orderedIds(input.variants.length);
    await this.posts.createVariants(
      input.variants.map((v, i) => ({
        ...contentOf(v),
        id: ids[i]!,
        workspaceId: ws,
        postId: id,
        scheduledAt: utc(v.scheduledAt),
        status: 'draft' as const,
        now,
      })),
    );
    const result = await this.withChecks(ws, id);
    await this.audit.record(actor, {
      action: 'post.created',
      objectType: 'post',
      objectId: id,
      summary: `Created post "${result.data.title}" for ${input.variants.length} account(s)`,
      after: result.data,
    });
    return { data: result.data, checks };
  }

  /**
   * Edits a post. `variants`, when given, is the full list: new ones are added as drafts, missing ones
   * removed; published or publishing variants cannot change (409). A scheduled variant stays scheduled
   * (its job follows its time) unless the checks now block it (422, nothing written).
   */
  async update(actor: Actor, id: string, given: PostPatch): Promise<PostWithChecks> {
    const patch = withPlannedTime(given);
    const ws = actor.workspaceId;
    const post = await this.record(ws, id);
    await this.#checkRefs(ws, patch);
    const before = (await this.views(ws, [post]))[0]!;
    const existing = await this.posts.listVariants(ws, id);
    const plan = patch.variants ? planVariantEdits(existing, patch.variants) : null;
    const trackLinks = patch.trackLinks ?? post.trackLinks;
    const pillarId = patch.pillarId !== undefined ? patch.pillarId : post.pillarId;
    const final = plan
      ? plan.final
      : existing.map((v) => ({ content: contentOf({ ...v }), status: v.status }));
    const checks = await this.checker.run(ws, {
      pillarId,
      trackLinks,
      variants: final.map((f) => f.content),
    });
    const blocked = checks.items.filter(
      (c) =>
        c.severity === 'error' && (c.variantIndex === null || final[c.variantIndex]?.status === 'scheduled'),
    );
    if (blocked.length > 0) throw checksBlocking(checks);

    const now = this.now();
    await this.posts.updatePost(
      ws,
      id,
      {
        ...(patch.title !== undefined
          ? { title: titleOf(patch.title, final[0]?.content.text ?? post.title) }
          : {}),
        ...(patch.objectiveId !== undefined ? { objectiveId: patch.objectiveId } : {}),
        ...(patch.actionId !== undefined ? { actionId: patch.actionId } : {}),
        ...(patch.pillarId !== undefined ? { pillarId: patch.pillarId } : {}),
        ...(patch.trackLinks !== undefined ? { trackLinks: patch.trackLinks } : {}),
      },
      now,
    );
    if (plan) {
      await this.posts.deleteVariants(ws, plan.remove);
      for (const r of plan.remove) await this.scheduler.unschedule(r);
      for (const u of plan.update) {
        if (!(await this.posts.updateVariant(ws, u.id, u.patch, now))) throw locked();
        if (u.reschedule) await this.scheduler.schedule(ws, u.id, new Date(u.reschedule));
      }
      const added = orderedIds(plan.create.length);
      await this.posts.createVariants(
        plan.create.map((c, i) => ({
          ...c.content,
          id: added[i]!,
          workspaceId: ws,
          postId: id,
          scheduledAt: c.scheduledAt,
          status: 'draft' as const,
          now,
        })),
      );
    }
    // A new version for the approval history; under review (or approved, when its circuit says so)
    // the post goes back through the circuit.
    await ApprovalsService.onPostEdited(this.ctx, ws, id, actor.userId);
    // A new planned time moves the approval's publication check with it.
    await ApprovalsService.onPostRescheduled(this.ctx, ws, id);
    const result = await this.withChecks(ws, id);
    await this.audit.record(actor, {
      action: 'post.updated',
      objectType: 'post',
      objectId: id,
      summary: `Edited post "${result.data.title}"`,
      before,
      after: result.data,
    });
    return result;
  }

  /** Deletes a post and cancels its waiting jobs (what is published stays on the networks). */
  async remove(actor: Actor, id: string): Promise<void> {
    const ws = actor.workspaceId;
    const post = await this.record(ws, id);
    const before = (await this.views(ws, [post]))[0]!;
    if (before.variants.some((v) => v.status === 'publishing')) {
      throw new AppError(
        409,
        'variant_locked',
        'A variant is being published right now; try again in a minute',
      );
    }
    for (const v of before.variants) await this.scheduler.unschedule(v.id);
    await this.posts.deletePost(ws, id);
    await this.audit.record(actor, {
      action: 'post.deleted',
      objectType: 'post',
      objectId: id,
      summary: `Deleted post "${post.title}"`,
      before,
    });
  }

  /** Every publish attempt of the post's variants. */
  async attempts(actor: Actor, id: string) {
    await this.record(actor.workspaceId, id);
    const repo = new PublishAttemptsRepository(this.ctx.database.db);
    const out = [];
    for (const v of await this.posts.listVariants(actor.workspaceId, id)) {
      for (const a of await repo.list(actor.workspaceId, v.id)) {
        out.push({
          variantId: v.id,
          number: a.number,
          startedAt: a.startedAt,
          finishedAt: a.finishedAt,
          outcome: a.outcome,
          error: a.error,
        });
      }
    }
    return { data: out };
  }
}

/** Fills each variant without its own time with the post's planned time, converted in its zone. */
function withPlannedTime<
  T extends { plannedTime?: { local: string; timeZone: string } | null; variants?: VariantInput[] },
>(input: T): T {
  if (!input.plannedTime || !input.variants) return input;
  const at = resolveScheduleTime(input.plannedTime).at.toISOString();
  return {
    ...input,
    variants: input.variants.map((v) => (v.scheduledAt === undefined ? { ...v, scheduledAt: at } : v)),
  };
}

import type { Actor } from '../../app/http/principal.js';
import { AROUND_THE_CLOCK, type BusinessCalendar } from '../../core/business-clock.js';
import { presentApproval, namer } from './approval-view.js';
import type { ApprovalsService } from './approvals.service.js';
import { earliest } from './approvals.service.js';
import type { IndicatorsQuery } from './approvals.schemas.js';
import {
  type ApprovalState,
  type ContentCycle,
  cycleTimes,
  percentile,
  reworkRate,
  shareWithinTarget,
  type StepCycle,
  stepDeadlines,
} from './engine/index.js';
import { mayDecideNow } from './may-decide.js';

const DAY = 86_400_000;

/** Reads of approvals: one post's approval, the caller's inbox, the cycle-time indicators. */
export class ApprovalsQueries {
  constructor(private readonly s: ApprovalsService) {}

  async #calendar(workspaceId: string): Promise<BusinessCalendar> {
    return (await this.s.env(workspaceId)).calendar;
  }

  /** GET /posts/:postId/approval. */
  async view(actor: Actor, postId: string) {
    const ws = actor.workspaceId;
    const post = await this.s.post(ws, postId);
    const variants = await this.s.posts.listVariants(ws, postId);
    const request = await this.s.repo.latestRequest(ws, postId);
    const selected = request ? null : (await this.s.selection(ws, post, variants)).circuit;
    return presentApproval({
      postId,
      request,
      events: await this.s.repo.listEvents(ws, postId),
      selected,
      members: await this.s.directory.members(ws),
      links: await this.s.review.listLinks(ws, postId),
      publicationAt: earliest(variants),
      now: this.s.ctx.clock.now(),
      actor,
      calendar: await this.#calendar(ws),
    });
  }

  /** What waits for the caller's decision, soonest due first. */
  async inbox(actor: Actor) {
    const ws = actor.workspaceId;
    const me = { kind: 'member' as const, id: actor.userId };
    const calendar = await this.#calendar(ws);
    const members = await this.s.directory.members(ws);
    const name = namer(members, []);
    const now = this.s.ctx.clock.now().getTime();
    const items = (await this.s.repo.listOpen(ws)).flatMap((r) => {
      const state = JSON.parse(r.state) as ApprovalState;
      if (!mayDecideNow(state, me)) return [];
      const step = state.circuit.steps[state.stepIndex!]!;
      const record = state.steps[state.steps.length - 1]!;
      const dueAt = stepDeadlines(step, record.targetMinutes, new Date(record.startedAt), calendar).breachAt;
      return [
        {
          postId: r.post_id,
          title: r.title,
          status: state.status,
          authorId: state.authorId,
          authorName: name({ kind: 'member', id: state.authorId }).name,
          stepIndex: state.stepIndex!,
          stepName: step.name,
          startedAt: record.startedAt,
          dueAt: dueAt.toISOString(),
          timeLeftMs: dueAt.getTime() - now,
          breached: dueAt.getTime() <= now,
          escalated: state.escalatedTo.some((a) => a.kind === 'member' && a.id === actor.userId),
          publicationAt: state.publicationAt,
        },
      ];
    });
    items.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.postId.localeCompare(b.postId));
    return { data: items };
  }

  /** Cycle times of the approvals first submitted in [from, to), grouped as asked. */
  async indicators(actor: Actor, q: IndicatorsQuery) {
    const ws = actor.workspaceId;
    const now = this.s.ctx.clock.now();
    const to = q.to ? new Date(q.to) : now;
    const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY);
    const calendar = await this.#calendar(ws);
    const rows = await this.s.repo.listSubmittedBetween(ws, from.toISOString(), to.toISOString());
    const cycles: (ContentCycle & { contentType: string })[] = rows.map((r) => ({
      ...cycleTimes(JSON.parse(r.state) as ApprovalState, calendar ?? AROUND_THE_CLOCK),
      contentType: r.content_type,
    }));
    const approved = cycles.filter((c) => c.totalBusinessMs !== null);
    const allSteps = cycles.flatMap((c) => c.steps);
    const departments = await this.s.directory.departmentNames(ws);
    const groups = new Map<string, { label: string; steps: StepCycle[] }>();
    const add = (key: string, label: string, step: StepCycle) => {
      const g = groups.get(key) ?? { label, steps: [] };
      g.steps.push(step);
      groups.set(key, g);
    };
    for (const c of cycles)
      for (const s of c.steps) {
        if (q.groupBy === 'step') add(s.stepName, s.stepName, s);
        else if (q.groupBy === 'contentType') add(c.contentType, c.contentType, s);
        else if (s.departmentIds.length === 0) add('none', 'none', s);
        else for (const d of s.departmentIds) add(d, departments.get(d) ?? d, s);
      }
    return {
      data: {
        from: from.toISOString(),
        to: to.toISOString(),
        groupBy: q.groupBy,
        overall: {
          submitted: cycles.length,
          approved: approved.length,
          cycle: {
            medianMs: percentile(
              approved.map((c) => c.totalBusinessMs!),
              50,
            ),
            p90Ms: percentile(
              approved.map((c) => c.totalBusinessMs!),
              90,
            ),
            medianWallMs: percentile(
              approved.map((c) => c.totalWallMs!),
              50,
            ),
            p90WallMs: percentile(
              approved.map((c) => c.totalWallMs!),
              90,
            ),
          },
          steps: stat(allSteps),
          reworkRate: reworkRate(cycles),
        },
        groups: [...groups.entries()]
          .map(([key, g]) => ({ key, label: g.label, ...stat(g.steps) }))
          .sort((a, b) => a.key.localeCompare(b.key)),
      },
    };
  }
}

/** Median and p90 of the decided steps (business time on each step's clock) and the share within target. */
function stat(steps: StepCycle[]) {
  const decided = steps.filter((s) => s.withinTarget !== null).map((s) => s.businessMs);
  return {
    count: decided.length,
    medianMs: percentile(decided, 50),
    p90Ms: percentile(decided, 90),
    shareWithinTarget: shareWithinTarget(steps),
  };
}

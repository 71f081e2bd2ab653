import type { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { findNetwork } from '../strategy/catalogue/networks.js';
import { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { BusinessHours } from '../workspaces/workspaces.schemas.js';
import { isoWeeksBetween, isValidIsoWeek } from '../../core/calendar.js';
import { computeCoverage, type CoverWindow, type NetworkCoverage } from './coverage.js';
import { OrganisationRepository } from './organisation.repository.js';
import {
  NETWORK_PROCESSES,
  type zActionEffortPut,
  type zNetworkPlanPut,
  type zProcessRaciPut,
} from './organisation.schemas.js';
import { parseMix, StrategyWorkloadSource } from './strategy-workload.source.js';
import {
  CONTENT_FORMATS,
  computeWorkload,
  DEFAULT_EFFORT_HOURS,
  type ContentFormat,
  type WorkloadReport,
} from './workload.js';
import type { WorkloadSource } from './workload.port.js';

/** Longest workload range one request computes (about six months of ISO weeks). */
export const MAX_WORKLOAD_WEEKS = 27;
const RACI_LETTERS = ['responsible', 'accountable', 'consulted', 'informed'] as const;

/** The reply target of a network when the workspace set none: the catalogue's expectation (brief: X 30 min, others 4 h). */
export function defaultReplyTarget(networkId: string): number {
  return findNetwork(networkId)?.replyExpectation.minutes ?? 240;
}

/** Effort estimates, network plans, process RACI, action hours, and the workload and coverage built on them. */
export class PlanningService {
  private readonly repo: OrganisationRepository;
  private readonly audit: AuditService;
  private readonly sources: WorkloadSource[];
  constructor(
    private readonly ctx: AppContext,
    sources?: WorkloadSource[],
  ) {
    this.repo = new OrganisationRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
    // The calendar will register its planned-posts source here beside the strategy's.
    this.sources = sources ?? [new StrategyWorkloadSource(this.repo)];
  }

  /** Hours per format: the workspace's values where set, the defaults elsewhere. */
  async efforts(actor: Actor): Promise<Record<ContentFormat, number>> {
    const overrides = await this.repo.effortOverrides(actor.workspaceId);
    const out = { ...DEFAULT_EFFORT_HOURS };
    for (const o of overrides)
      if ((CONTENT_FORMATS as readonly string[]).includes(o.format)) out[o.format as ContentFormat] = o.hours;
    return out;
  }

  async listEfforts(actor: Actor) {
    const overrides = new Set((await this.repo.effortOverrides(actor.workspaceId)).map((o) => o.format));
    const hours = await this.efforts(actor);
    return CONTENT_FORMATS.map((format) => ({
      format,
      hours: hours[format],
      isDefault: !overrides.has(format),
      defaultHours: DEFAULT_EFFORT_HOURS[format],
    }));
  }

  async updateEfforts(actor: Actor, estimates: { format: ContentFormat; hours: number | null }[]) {
    const before = await this.efforts(actor);
    await this.repo.saveEfforts(actor.workspaceId, estimates, this.ctx.clock.now().toISOString());
    const after = await this.efforts(actor);
    await this.audit.record(actor, {
      action: 'effort_estimates.updated',
      objectType: 'effort_estimates',
      summary: 'Updated effort estimates per content format',
      before,
      after,
    });
    return this.listEfforts(actor);
  }

  async listNetworkPlans(actor: Actor) {
    const [plans, frequencies, raci] = await Promise.all([
      this.repo.listNetworkPlans(actor.workspaceId),
      this.repo.postingFrequencies(actor.workspaceId),
      this.repo.listProcessRaci(actor.workspaceId),
    ]);
    const ids = [
      ...new Set([
        ...frequencies.map((f) => f.network_id),
        ...plans.map((p) => p.network_id),
        ...raci.filter((r) => r.network_id !== '').map((r) => r.network_id),
      ]),
    ].filter((id) => findNetwork(id));
    return ids.map((networkId) => {
      const plan = plans.find((p) => p.network_id === networkId);
      return {
        networkId,
        formatMix: plan ? parseMix(plan.format_mix) : {},
        expectedMessagesPerWeek: plan?.expected_messages_per_week ?? 0,
        replyTargetMinutes: plan?.reply_target_minutes ?? defaultReplyTarget(networkId),
        replyTargetIsDefault: plan?.reply_target_minutes === null || plan === undefined,
        postsPerWeek: frequencies.find((f) => f.network_id === networkId)?.posts_per_week ?? 0,
      };
    });
  }

  async saveNetworkPlan(actor: Actor, input: z.infer<typeof zNetworkPlanPut>) {
    const before = (await this.listNetworkPlans(actor)).find((p) => p.networkId === input.networkId);
    await this.repo.saveNetworkPlan({
      workspace_id: actor.workspaceId,
      network_id: input.networkId,
      format_mix: JSON.stringify(input.formatMix),
      expected_messages_per_week: input.expectedMessagesPerWeek,
      reply_target_minutes: input.replyTargetMinutes,
      updated_at: this.ctx.clock.now().toISOString(),
    });
    const after = (await this.listNetworkPlans(actor)).find((p) => p.networkId === input.networkId)!;
    await this.audit.record(actor, {
      action: 'network_plan.saved',
      objectType: 'network_plan',
      objectId: input.networkId,
      summary: `Saved the ${input.networkId} plan (format mix, inbox volume, reply target)`,
      before,
      after,
    });
    return after;
  }

  async listProcessRaci(actor: Actor) {
    const rows = await this.repo.listProcessRaci(actor.workspaceId);
    const groups = new Map<
      string,
      {
        process: string;
        networkId: string | null;
        responsible: string[];
        accountable: string | null;
        consulted: string[];
        informed: string[];
      }
    >();
    for (const r of rows) {
      const key = `${r.process}|${r.network_id}`;
      const g = groups.get(key) ?? {
        process: r.process,
        networkId: r.network_id || null,
        responsible: [],
        accountable: null,
        consulted: [],
        informed: [],
      };
      if (r.role === 'accountable') g.accountable = r.resource_id;
      else if (r.role === 'responsible' || r.role === 'consulted' || r.role === 'informed')
        g[r.role].push(r.resource_id);
      groups.set(key, g);
    }
    return [...groups.values()];
  }

  async saveProcessRaci(actor: Actor, input: z.infer<typeof zProcessRaciPut>) {
    const perNetwork = NETWORK_PROCESSES.includes(input.process);
    if (perNetwork && input.networkId === null)
      throw invalid('networkId', `Choose the network this ${input.process} RACI is for`);
    if (!perNetwork && input.networkId !== null)
      throw invalid('networkId', `${input.process} is not per network: leave networkId empty`);
    const known = new Set((await this.repo.listResources(actor.workspaceId)).map((r) => r.id));
    for (const letter of RACI_LETTERS) {
      const ids = letter === 'accountable' ? (input.accountable ? [input.accountable] : []) : input[letter];
      const unknown = ids.find((id) => !known.has(id));
      if (unknown) throw invalid(letter, `No resource ${unknown} in this workspace`);
    }
    const networkId = input.networkId ?? '';
    const before = (await this.listProcessRaci(actor)).find(
      (g) => g.process === input.process && (g.networkId ?? '') === networkId,
    );
    const rows = RACI_LETTERS.flatMap((role) => {
      const ids =
        role === 'accountable' ? (input.accountable ? [input.accountable] : []) : [...new Set(input[role])];
      return ids.map((resource_id, position) => ({
        workspace_id: actor.workspaceId,
        process: input.process,
        network_id: networkId,
        role,
        resource_id,
        position,
      }));
    });
    await this.repo.replaceProcessRaci(actor.workspaceId, input.process, networkId, rows);
    const after = {
      process: input.process,
      networkId: input.networkId,
      responsible: [...new Set(input.responsible)],
      accountable: input.accountable,
      consulted: [...new Set(input.consulted)],
      informed: [...new Set(input.informed)],
    };
    await this.audit.record(actor, {
      action: 'process_raci.saved',
      objectType: 'process_raci',
      objectId: `${input.process}${input.networkId ? `:${input.networkId}` : ''}`,
      summary: `Saved the RACI of ${input.process}${input.networkId ? ` on ${input.networkId}` : ''}`,
      before,
      after,
    });
    return after;
  }

  async listActionEfforts(actor: Actor) {
    const [actions, efforts] = await Promise.all([
      this.repo.planActions(actor.workspaceId),
      this.repo.listActionEfforts(actor.workspaceId),
    ]);
    return actions.map((a) => ({
      actionId: a.id,
      title: a.title,
      startDate: a.start_date,
      endDate: a.end_date,
      hoursPerWeek: efforts.find((e) => e.action_id === a.id)?.hours_per_week ?? 0,
    }));
  }

  async saveActionEffort(actor: Actor, input: z.infer<typeof zActionEffortPut>) {
    const action = await this.repo.findPlanAction(actor.workspaceId, input.actionId);
    if (!action) throw invalid('actionId', 'No such plan action in this workspace');
    const before = (await this.listActionEfforts(actor)).find((a) => a.actionId === input.actionId);
    await this.repo.saveActionEffort(
      actor.workspaceId,
      input.actionId,
      input.hoursPerWeek,
      this.ctx.clock.now().toISOString(),
    );
    await this.audit.record(actor, {
      action: 'action_effort.saved',
      objectType: 'strategy_action',
      objectId: input.actionId,
      summary: `${action.title}: ${input.hoursPerWeek} h per week`,
      before: { hoursPerWeek: before?.hoursPerWeek ?? 0 },
      after: { hoursPerWeek: input.hoursPerWeek },
    });
    return (await this.listActionEfforts(actor)).find((a) => a.actionId === input.actionId)!;
  }

  private async workspace(actor: Actor) {
    const ws = await new WorkspacesRepository(this.ctx.database.db).findById(actor.workspaceId);
    if (!ws) throw notFound('Workspace');
    return { timeZone: ws.time_zone, hours: JSON.parse(ws.business_hours) as BusinessHours };
  }

  /** Each resource's load per ISO week from `from` to `to`, with overloads and their causes. */
  async workload(actor: Actor, from: string, to: string): Promise<WorkloadReport & { sources: string[] }> {
    const weeks = isoWeeksBetween(from, to);
    if (weeks.length > MAX_WORKLOAD_WEEKS)
      throw invalid('to', `Ask for at most ${MAX_WORKLOAD_WEEKS} weeks at a time`);
    const [ws, effort, resources, absences, ...itemLists] = await Promise.all([
      this.workspace(actor),
      this.efforts(actor),
      this.repo.listResources(actor.workspaceId),
      this.repo.listAbsences(actor.workspaceId),
      ...this.sources.map((s) => s.items(actor.workspaceId, weeks)),
    ]);
    const report = computeWorkload({
      from,
      to,
      items: itemLists.flat(),
      effort,
      calendar: {
        openWeekdays: [...new Set(ws.hours.weekdays.map((d) => d.day))],
        holidays: ws.hours.holidays,
      },
      resources: resources.map((r) => ({
        id: r.id,
        name: r.name,
        capacityHoursPerWeek: r.capacity_hours_per_week,
        absences: absences
          .filter((a) => a.resource_id === r.id)
          .map((a) => ({ startDate: a.start_date, endDate: a.end_date })),
      })),
    });
    return { ...report, sources: this.sources.map((s) => s.name) };
  }

  /** Inbox coverage of each planned network in ISO week `week`, against its reply target. */
  async coverage(
    actor: Actor,
    week: string,
  ): Promise<{ week: string; timeZone: string; networks: NetworkCoverage[] }> {
    if (!isValidIsoWeek(week)) throw invalid('week', 'Use an ISO week that exists, such as 2026-W13');
    const [ws, plans, raci, resources, absences] = await Promise.all([
      this.workspace(actor),
      this.listNetworkPlans(actor),
      this.repo.listProcessRaci(actor.workspaceId),
      this.repo.listResources(actor.workspaceId),
      this.repo.listAbsences(actor.workspaceId),
    ]);
    const networks = computeCoverage({
      week,
      timeZone: ws.timeZone,
      holidays: ws.hours.holidays,
      networks: plans.map((p) => ({
        networkId: p.networkId,
        replyTargetMinutes: p.replyTargetMinutes,
        coverers: raci
          .filter((r) => r.process === 'inbox' && r.network_id === p.networkId && r.role === 'responsible')
          .flatMap((r) => {
            const res = resources.find((x) => x.id === r.resource_id);
            if (!res) return [];
            return [
              {
                id: res.id,
                name: res.name,
                windows: JSON.parse(res.coverage) as CoverWindow[],
                absences: absences
                  .filter((a) => a.resource_id === res.id)
                  .map((a) => ({ startDate: a.start_date, endDate: a.end_date })),
              },
            ];
          }),
      })),
    });
    return { week, timeZone: ws.timeZone, networks };
  }
}

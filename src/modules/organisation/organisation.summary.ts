import type { AppContext } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import type { OrganisationSummary } from '../strategy/strategy.model.js';
import { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { addDays, isoWeekOf, localDateTime } from '../../core/calendar.js';
import { PlanningService } from './planning.service.js';
import { ResourcesService } from './resources.service.js';

/** How many ISO weeks of workload the documents show, the current one included. */
export const SUMMARY_WEEKS = 4;

/**
 * The organisation as the strategy documents show it (read-only): resources, process RACI, the
 * workload of the next four ISO weeks and the inbox coverage of the coming week, all computed by the
 * organisation services from stored data. `now` is the generation instant; weeks are the workspace's.
 */
export async function organisationSummary(
  ctx: AppContext,
  actor: Actor,
  now: Date,
): Promise<OrganisationSummary> {
  const ws = await new WorkspacesRepository(ctx.database.db).findById(actor.workspaceId);
  if (!ws) throw notFound('Workspace');
  const today = localDateTime(now.getTime(), ws.time_zone).slice(0, 10);
  const planning = new PlanningService(ctx);
  const [resources, raci, workload, coverage] = await Promise.all([
    new ResourcesService(ctx).list(actor),
    planning.listProcessRaci(actor),
    planning.workload(actor, today, addDays(today, 7 * (SUMMARY_WEEKS - 1))),
    planning.coverage(actor, isoWeekOf(addDays(today, 7))),
  ]);
  const nameOf = new Map(resources.map((r) => [r.id, r.name]));
  const names = (ids: readonly string[]): string[] =>
    ids.map((id) => nameOf.get(id)).filter((n): n is string => n !== undefined);
  return {
    resources: resources.map((r) => ({
      name: r.name,
      kind: r.kind,
      providerType: r.providerType,
      skills: r.skills,
      capacityHoursPerWeek: r.capacityHoursPerWeek,
    })),
    processes: raci.map((g) => ({
      process: g.process,
      networkId: g.networkId,
      responsible: names(g.responsible),
      accountable: g.accountable === null ? null : (nameOf.get(g.accountable) ?? null),
      consulted: names(g.consulted),
      informed: names(g.informed),
    })),
    workload: {
      weeks: workload.weeks,
      people: workload.people.map((p) => ({
        name: p.name,
        weeks: p.weeks.map((w) => ({
          week: w.week,
          plannedHours: w.plannedHours,
          capacityHours: w.capacityHours,
        })),
      })),
      overloads: workload.people.flatMap((p) =>
        p.weeks
          .filter((w) => w.overloaded)
          .map((w) => {
            const top = w.causes[0];
            return {
              week: w.week,
              name: p.name,
              overloadHours: w.overloadHours,
              mainCause: top
                ? { kind: top.kind, networkId: top.networkId ?? null, label: top.label ?? null }
                : null,
            };
          }),
      ),
      unassigned: workload.unassigned.map((u) => ({ week: u.week, hours: u.hours })),
    },
    coverage: {
      week: coverage.week,
      timeZone: coverage.timeZone,
      networks: coverage.networks.map((n) => {
        const first = n.gaps.find((g) => g.breachUntil !== null);
        return {
          networkId: n.networkId,
          replyTargetMinutes: n.replyTargetMinutes,
          coverers: n.covererIds.length,
          gaps: n.gaps.filter((g) => g.breachUntil !== null).length,
          breachMinutes: n.breachMinutes,
          firstBreach: first ? { localStart: first.localStart, localEnd: first.localEnd } : null,
        };
      }),
    },
  };
}

import { isNetworkId } from '../strategy/catalogue/networks.js';
import type { OrganisationRepository } from './organisation.repository.js';
import { planFromStrategy } from './strategy-plan.js';
import { CONTENT_FORMATS, type ContentFormat, type WorkItem } from './workload.js';
import type { WorkloadSource } from './workload.port.js';

/** Parses a stored format mix, keeping only known formats with a number. */
export function parseMix(json: string): Partial<Record<ContentFormat, number>> {
  const raw = JSON.parse(json) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(raw).filter(
      ([k, v]) => (CONTENT_FORMATS as readonly string[]).includes(k) && typeof v === 'number',
    ),
  );
}

/** The first workload source: the strategy's posting frequencies, network plans, process RACI and action plan. */
export class StrategyWorkloadSource implements WorkloadSource {
  readonly name = 'strategy';
  constructor(private readonly repo: OrganisationRepository) {}

  async items(workspaceId: string, weeks: string[]): Promise<WorkItem[]> {
    const [frequencies, plans, raci, actions, efforts, actionRaci, resources] = await Promise.all([
      this.repo.postingFrequencies(workspaceId),
      this.repo.listNetworkPlans(workspaceId),
      this.repo.listProcessRaci(workspaceId),
      this.repo.planActions(workspaceId),
      this.repo.listActionEfforts(workspaceId),
      this.repo.actionResponsibleMembers(workspaceId),
      this.repo.listResources(workspaceId),
    ]);
    const resourceOfMember = new Map(
      resources.flatMap((r) => (r.membership_id ? [[r.membership_id, r.id] as const] : [])),
    );
    const responsible = new Map<
      string,
      { process: string; networkId: string | null; resourceIds: string[] }
    >();
    for (const r of raci.filter((x) => x.role === 'responsible')) {
      const key = `${r.process}|${r.network_id}`;
      const entry = responsible.get(key) ?? {
        process: r.process,
        networkId: r.network_id === '' ? null : r.network_id,
        resourceIds: [],
      };
      entry.resourceIds.push(r.resource_id);
      responsible.set(key, entry);
    }
    const hours = new Map(efforts.map((e) => [e.action_id, e.hours_per_week]));
    return planFromStrategy({
      weeks,
      frequencies: frequencies
        .filter((f) => isNetworkId(f.network_id))
        .map((f) => ({ networkId: f.network_id, postsPerWeek: f.posts_per_week })),
      networkPlans: plans.map((p) => ({
        networkId: p.network_id,
        formatMix: parseMix(p.format_mix),
        expectedMessagesPerWeek: p.expected_messages_per_week,
      })),
      responsible: [...responsible.values()],
      actions: actions.map((a) => ({
        id: a.id,
        title: a.title,
        startDate: a.start_date,
        endDate: a.end_date,
        hoursPerWeek: hours.get(a.id) ?? 0,
        resourceIds: actionRaci
          .filter((x) => x.action_id === a.id)
          .flatMap((x) => {
            const id = resourceOfMember.get(x.membership_id);
            return id ? [id] : [];
          }),
      })),
    });
  }
}

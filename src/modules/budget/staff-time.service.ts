import type { AppContext } from '../../app/context.js';
import type { Actor } from '../../app/http/principal.js';
import { addDays, isoWeekMonday } from '../../core/calendar.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import { PlanningService } from '../organisation/planning.service.js';
import { staffCosts } from './budget-math.js';
import { workspaceCurrency } from './lines.service.js';

/** The last day of a 'YYYY-MM' month. */
function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m, 0)).toISOString().slice(0, 10);
}

/**
 * Staff time priced from the plan: each resource's planned hours in a month (the workload of the ISO
 * weeks whose Thursday falls in it, the ISO rule for which month a week belongs to) × its rate. The
 * web offers the result as staff-time budget lines.
 */
export class StaffTimeService {
  constructor(private readonly ctx: AppContext) {}

  async forMonth(actor: Actor, month: string) {
    const workload = await new PlanningService(this.ctx).workload(actor, `${month}-01`, lastDay(month));
    const weeks = workload.weeks.filter((w) => addDays(isoWeekMonday(w), 3).startsWith(month));
    const resources = await new OrganisationRepository(this.ctx.database.db).listResources(actor.workspaceId);
    const costs = staffCosts(
      workload.people.map((p) => {
        const r = resources.find((x) => x.id === p.resourceId);
        const model = r?.cost_model === 'hourly' || r?.cost_model === 'monthly_fee' ? r.cost_model : 'none';
        return {
          resourceId: p.resourceId,
          name: p.name,
          costModel: model,
          amount: r?.cost_amount ?? 0,
          hours: p.weeks.filter((w) => weeks.includes(w.week)).reduce((s, w) => s + w.plannedHours, 0),
        };
      }),
    );
    return { month, weeks, currency: await workspaceCurrency(this.ctx, actor.workspaceId), ...costs };
  }
}

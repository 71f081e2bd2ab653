import type { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { BUDGET_CATEGORIES, staffTimeCost, summarise, type BudgetCategory } from './budget-math.js';
import { BudgetRepository, type LineRow } from './budget.repository.js';
import type { zLineCreate, zLinePatch, zLinesQuery } from './budget.schemas.js';

export interface LineView {
  id: string;
  category: BudgetCategory;
  label: string;
  month: string;
  objectiveId: string | null;
  actionId: string | null;
  currency: string;
  planned: number;
  committed: number;
  /** Entered on the line, for costs with no expense record. */
  actualEntered: number;
  expensesTotal: number;
  /** actualEntered + expensesTotal. */
  actual: number;
  variance: number;
  staff: { resourceId: string | null; hours: number | null } | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** A line row with its expenses as the API shows it. */
export function presentLine(r: LineRow, expensesTotal: number): LineView {
  const actual = r.actual + expensesTotal;
  return {
    id: r.id,
    category: (BUDGET_CATEGORIES as readonly string[]).includes(r.category)
      ? (r.category as BudgetCategory)
      : 'other',
    label: r.label,
    month: r.month,
    objectiveId: r.objective_id,
    actionId: r.action_id,
    currency: r.currency,
    planned: r.planned,
    committed: r.committed,
    actualEntered: r.actual,
    expensesTotal,
    actual,
    variance: actual - r.planned,
    staff: r.category === 'staff_time' ? { resourceId: r.staff_resource_id, hours: r.staff_hours } : null,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Checks that an objective and an action named by a cost belong to the workspace. */
export async function checkAttribution(
  repo: BudgetRepository,
  workspaceId: string,
  ids: { objectiveId?: string | null; actionId?: string | null },
): Promise<void> {
  if (ids.objectiveId && !(await repo.objectives(workspaceId)).some((o) => o.id === ids.objectiveId)) {
    throw invalid('objectiveId', 'No such objective in this strategy');
  }
  if (ids.actionId && !(await repo.actions(workspaceId)).some((a) => a.id === ids.actionId)) {
    throw invalid('actionId', 'No such plan action in this strategy');
  }
}

/** The workspace currency: every amount of the budget is in it. */
export async function workspaceCurrency(ctx: AppContext, workspaceId: string): Promise<string> {
  const ws = await new WorkspacesRepository(ctx.database.db).findById(workspaceId);
  if (!ws) throw notFound('Workspace');
  return ws.currency;
}

/** Budget lines per category, objective, action and month; staff time from effort × rate; the variance summary. */
export class LinesService {
  private readonly repo: BudgetRepository;
  private readonly audit: AuditService;
  constructor(private readonly ctx: AppContext) {
    this.repo = new BudgetRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async list(actor: Actor, q: z.infer<typeof zLinesQuery> = {}): Promise<LineView[]> {
    const [rows, totals] = await Promise.all([
      this.repo.listLines(actor.workspaceId, q),
      this.repo.expenseTotalsByLine(actor.workspaceId),
    ]);
    return rows.map((r) => presentLine(r, totals.get(r.id) ?? 0));
  }

  async get(actor: Actor, id: string): Promise<LineView> {
    const row = await this.repo.findLine(actor.workspaceId, id);
    if (!row) throw notFound('Budget line');
    return presentLine(row, (await this.repo.expenseTotalsByLine(actor.workspaceId)).get(id) ?? 0);
  }

  /** Planned amount of a staff-time line: hours × the resource's hourly rate. */
  private async staffPlanned(workspaceId: string, resourceId: string, hours: number): Promise<number> {
    const resource = await new OrganisationRepository(this.ctx.database.db).findResource(
      workspaceId,
      resourceId,
    );
    if (!resource) throw invalid('staffResourceId', 'No such resource in this workspace');
    if (resource.cost_model !== 'hourly')
      throw invalid('staffResourceId', `${resource.name} has no hourly rate`);
    return staffTimeCost(hours, resource.cost_amount);
  }

  async create(actor: Actor, input: z.infer<typeof zLineCreate>): Promise<LineView> {
    await checkAttribution(this.repo, actor.workspaceId, input);
    const staff =
      input.category === 'staff_time' && input.staffResourceId !== null && input.staffHours !== null;
    const now = this.ctx.clock.now().toISOString();
    const row: LineRow = {
      id: newId(),
      workspace_id: actor.workspaceId,
      category: input.category,
      label: input.label,
      objective_id: input.objectiveId,
      action_id: input.actionId,
      month: input.month,
      planned: staff
        ? await this.staffPlanned(actor.workspaceId, input.staffResourceId!, input.staffHours!)
        : input.planned,
      committed: input.committed,
      actual: input.actual,
      currency: await workspaceCurrency(this.ctx, actor.workspaceId),
      staff_resource_id: input.category === 'staff_time' ? input.staffResourceId : null,
      staff_hours: input.category === 'staff_time' ? input.staffHours : null,
      notes: input.notes,
      created_at: now,
      updated_at: now,
    };
    await this.repo.insertLine(row);
    const view = presentLine(row, 0);
    await this.audit.record(actor, {
      action: 'budget_line.created',
      objectType: 'budget_line',
      objectId: row.id,
      summary: `Added budget line ${row.label} (${row.month})`,
      after: view,
    });
    return view;
  }

  async update(actor: Actor, id: string, patch: z.infer<typeof zLinePatch>): Promise<LineView> {
    const before = await this.get(actor, id);
    await checkAttribution(this.repo, actor.workspaceId, patch);
    const category = patch.category ?? before.category;
    const resourceId =
      patch.staffResourceId !== undefined ? patch.staffResourceId : (before.staff?.resourceId ?? null);
    const hours = patch.staffHours !== undefined ? patch.staffHours : (before.staff?.hours ?? null);
    const staff = category === 'staff_time' && resourceId !== null && hours !== null;
    const set: Partial<LineRow> = {
      ...(patch.category !== undefined ? { category: patch.category } : {}),
      ...(patch.label !== undefined ? { label: patch.label } : {}),
      ...(patch.month !== undefined ? { month: patch.month } : {}),
      ...(patch.objectiveId !== undefined ? { objective_id: patch.objectiveId } : {}),
      ...(patch.actionId !== undefined ? { action_id: patch.actionId } : {}),
      ...(patch.planned !== undefined ? { planned: patch.planned } : {}),
      ...(patch.committed !== undefined ? { committed: patch.committed } : {}),
      ...(patch.actual !== undefined ? { actual: patch.actual } : {}),
      ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
      staff_resource_id: category === 'staff_time' ? resourceId : null,
      staff_hours: category === 'staff_time' ? hours : null,
      ...(staff ? { planned: await this.staffPlanned(actor.workspaceId, resourceId, hours) } : {}),
      updated_at: this.ctx.clock.now().toISOString(),
    };
    await this.repo.updateLine(actor.workspaceId, id, set);
    const after = await this.get(actor, id);
    await this.audit.record(actor, {
      action: 'budget_line.updated',
      objectType: 'budget_line',
      objectId: id,
      summary: `Updated budget line ${after.label} (${after.month})`,
      before,
      after,
    });
    return after;
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const before = await this.get(actor, id);
    await this.repo.deleteLine(actor.workspaceId, id);
    await this.audit.record(actor, {
      action: 'budget_line.deleted',
      objectType: 'budget_line',
      objectId: id,
      summary: `Removed budget line ${before.label} (${before.month}); its expenses stay, unattached`,
      before,
    });
  }

  /** Variance per line, per objective, per category, per month and in total, for months `from`..`to`. */
  async summary(actor: Actor, q: { from?: string; to?: string }) {
    const [lines, currency] = await Promise.all([
      this.list(actor, q),
      workspaceCurrency(this.ctx, actor.workspaceId),
    ]);
    // Lines kept in another currency (the workspace currency changed since) cannot be added up.
    const same = lines.filter((l) => l.currency === currency);
    return {
      currency,
      from: q.from ?? null,
      to: q.to ?? null,
      ...summarise(same),
      excludedLineIds: lines.filter((l) => l.currency !== currency).map((l) => l.id),
    };
  }
}

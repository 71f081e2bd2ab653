import type { AppContext } from '../../app/context.js';
import { conflict, invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { z } from 'zod';
import { OrganisationRepository, type AbsenceRow, type ResourceRow } from './organisation.repository.js';
import type {
  zAbsenceCreate,
  zResourceCreate,
  zResourcePatch,
  ResourceView,
} from './organisation.schemas.js';
import { COST_MODELS, PROVIDER_TYPES, RESOURCE_KINDS, SKILLS } from './organisation.schemas.js';

const oneOf = <T extends string>(list: readonly T[], v: string | null, fallback: T): T =>
  (list as readonly string[]).includes(v ?? '') ? (v as T) : fallback;

/** A resource row and its absences as the API shows them. */
export function presentResource(r: ResourceRow, absences: AbsenceRow[]): ResourceView {
  return {
    id: r.id,
    kind: oneOf(RESOURCE_KINDS, r.kind, 'provider'),
    membershipId: r.membership_id,
    name: r.name,
    providerType: r.provider_type === null ? null : oneOf(PROVIDER_TYPES, r.provider_type, 'other'),
    skills: (JSON.parse(r.skills) as string[]).filter((s): s is (typeof SKILLS)[number] =>
      (SKILLS as readonly string[]).includes(s),
    ),
    capacityHoursPerWeek: r.capacity_hours_per_week,
    cost: { model: oneOf(COST_MODELS, r.cost_model, 'none'), amount: r.cost_amount, currency: r.currency },
    coverage: JSON.parse(r.coverage) as ResourceView['coverage'],
    notes: r.notes,
    absences: absences
      .filter((a) => a.resource_id === r.id)
      .map((a) => ({ id: a.id, startDate: a.start_date, endDate: a.end_date, reason: a.reason })),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** People and providers who do the work: capacity, cost, coverage and absences. */
export class ResourcesService {
  private readonly repo: OrganisationRepository;
  private readonly audit: AuditService;
  constructor(private readonly ctx: AppContext) {
    this.repo = new OrganisationRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async list(actor: Actor): Promise<ResourceView[]> {
    const [rows, absences] = await Promise.all([
      this.repo.listResources(actor.workspaceId),
      this.repo.listAbsences(actor.workspaceId),
    ]);
    return rows.map((r) => presentResource(r, absences));
  }

  async get(actor: Actor, id: string): Promise<ResourceView> {
    const row = await this.repo.findResource(actor.workspaceId, id);
    if (!row) throw notFound('Resource');
    return presentResource(row, await this.repo.listAbsences(actor.workspaceId));
  }

  async create(actor: Actor, input: z.infer<typeof zResourceCreate>): Promise<ResourceView> {
    let name = input.name;
    let membershipId: string | null = null;
    if (input.kind === 'member') {
      if (!input.membershipId) throw invalid('membershipId', 'Choose the member this resource is');
      const memberName = await this.repo.memberName(actor.workspaceId, input.membershipId);
      if (memberName === undefined) throw invalid('membershipId', 'No such member in this workspace');
      if (await this.repo.findResourceByMembership(actor.workspaceId, input.membershipId)) {
        throw conflict('This member is already a resource', 'membershipId');
      }
      membershipId = input.membershipId;
      name ??= memberName;
    } else if (!name) throw invalid('name', 'Name the provider');
    const ws = await new WorkspacesRepository(this.ctx.database.db).findById(actor.workspaceId);
    const now = this.ctx.clock.now().toISOString();
    const row: ResourceRow = {
      id: newId(),
      workspace_id: actor.workspaceId,
      kind: input.kind,
      membership_id: membershipId,
      name: name ?? '',
      provider_type: input.kind === 'provider' ? (input.providerType ?? 'other') : null,
      skills: JSON.stringify(input.skills),
      capacity_hours_per_week: input.capacityHoursPerWeek,
      cost_model: input.cost.model,
      cost_amount: input.cost.amount,
      currency: ws?.currency ?? 'EUR',
      coverage: JSON.stringify(input.coverage),
      notes: input.notes,
      created_at: now,
      updated_at: now,
    };
    await this.repo.insertResource(row);
    const view = presentResource(row, []);
    await this.audit.record(actor, {
      action: 'resource.created',
      objectType: 'resource',
      objectId: row.id,
      summary: `Added resource ${row.name}`,
      after: view,
    });
    return view;
  }

  async update(actor: Actor, id: string, patch: z.infer<typeof zResourcePatch>): Promise<ResourceView> {
    const before = await this.get(actor, id);
    const set: Partial<ResourceRow> = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.providerType !== undefined && before.kind === 'provider'
        ? { provider_type: patch.providerType }
        : {}),
      ...(patch.skills !== undefined ? { skills: JSON.stringify(patch.skills) } : {}),
      ...(patch.capacityHoursPerWeek !== undefined
        ? { capacity_hours_per_week: patch.capacityHoursPerWeek }
        : {}),
      ...(patch.cost !== undefined ? { cost_model: patch.cost.model, cost_amount: patch.cost.amount } : {}),
      ...(patch.coverage !== undefined ? { coverage: JSON.stringify(patch.coverage) } : {}),
      ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
    };
    if (Object.keys(set).length === 0) return before;
    await this.repo.updateResource(actor.workspaceId, id, {
      ...set,
      updated_at: this.ctx.clock.now().toISOString(),
    });
    const after = await this.get(actor, id);
    await this.audit.record(actor, {
      action: 'resource.updated',
      objectType: 'resource',
      objectId: id,
      summary: `Updated resource ${after.name}`,
      before,
      after,
    });
    return after;
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const before = await this.get(actor, id);
    await this.repo.deleteResource(actor.workspaceId, id);
    await this.audit.record(actor, {
      action: 'resource.deleted',
      objectType: 'resource',
      objectId: id,
      summary: `Removed resource ${before.name}`,
      before,
    });
  }

  async addAbsence(
    actor: Actor,
    resourceId: string,
    input: z.infer<typeof zAbsenceCreate>,
  ): Promise<ResourceView> {
    const resource = await this.get(actor, resourceId);
    const row: AbsenceRow = {
      id: newId(),
      workspace_id: actor.workspaceId,
      resource_id: resourceId,
      start_date: input.startDate,
      end_date: input.endDate,
      reason: input.reason,
      created_at: this.ctx.clock.now().toISOString(),
    };
    await this.repo.insertAbsence(row);
    await this.audit.record(actor, {
      action: 'resource.absence_added',
      objectType: 'resource',
      objectId: resourceId,
      summary: `${resource.name} away from ${row.start_date} to ${row.end_date}`,
      after: { absenceId: row.id, startDate: row.start_date, endDate: row.end_date, reason: row.reason },
    });
    return this.get(actor, resourceId);
  }

  async removeAbsence(actor: Actor, absenceId: string): Promise<void> {
    const row = await this.repo.findAbsence(actor.workspaceId, absenceId);
    if (!row) throw notFound('Absence');
    const resource = await this.get(actor, row.resource_id);
    await this.repo.deleteAbsence(actor.workspaceId, absenceId);
    await this.audit.record(actor, {
      action: 'resource.absence_removed',
      objectType: 'resource',
      objectId: row.resource_id,
      summary: `Removed an absence of ${resource.name}`,
      before: { absenceId, startDate: row.start_date, endDate: row.end_date, reason: row.reason },
    });
  }
}

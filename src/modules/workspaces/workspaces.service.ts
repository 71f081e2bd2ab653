import type { Actor } from '../../app/http/principal.js';
import { actorCan } from '../../app/http/principal.js';
import type { AppContext } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { abilities, ACTIONS, type Action, type Role } from '../../core/policy.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { DepartmentsRepository } from './departments.repository.js';
import { DEFAULT_BUSINESS_HOURS, type BusinessHours } from './workspaces.schemas.js';
import { WorkspacesRepository, type WorkspaceRow } from './workspaces.repository.js';

export interface WorkspaceView {
  id: string;
  name: string;
  timeZone: string;
  currency: string;
  locale: 'en' | 'fr';
  businessHours: BusinessHours;
  createdAt: string;
}

/** Turns a row into what the API shows. */
export function presentWorkspace(row: WorkspaceRow): WorkspaceView {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    currency: row.currency,
    locale: row.locale === 'fr' ? 'fr' : 'en',
    businessHours: JSON.parse(row.business_hours) as BusinessHours,
    createdAt: row.created_at,
  };
}

/** What the actor may do here, from the same policy the routes enforce. */
export function actorAbilities(actor: Actor): Record<Action, boolean> {
  if (!actor.principal.token) return abilities(actor.role);
  return Object.fromEntries(ACTIONS.map((a) => [a, actorCan(actor, a)])) as Record<Action, boolean>;
}

const DEFAULT_DEPARTMENTS: Record<'en' | 'fr', string[]> = {
  en: ['Marketing', 'Customer service', 'HR', 'Legal', 'Management'],
  fr: ['Marketing', 'Service client', 'RH', 'Juridique', 'Direction'],
};

/** Workspaces: creation with an owner and default departments, settings. */
export class WorkspacesService {
  private readonly repo: WorkspacesRepository;
  private readonly audit: AuditService;
  constructor(private readonly ctx: AppContext) {
    this.repo = new WorkspacesRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  /** Creates a workspace owned by `userId`, with the usual departments named in its language. */
  async create(
    userId: string,
    userLabel: string,
    input: { name: string; timeZone?: string; currency?: string; locale?: 'en' | 'fr' },
  ): Promise<WorkspaceView> {
    const now = this.ctx.clock.now().toISOString();
    const locale = input.locale ?? 'en';
    const row: WorkspaceRow = {
      id: newId(),
      name: input.name,
      time_zone: input.timeZone ?? 'UTC',
      currency: input.currency ?? (locale === 'fr' ? 'EUR' : 'EUR'),
      locale,
      business_hours: JSON.stringify(DEFAULT_BUSINESS_HOURS),
      created_at: now,
      updated_at: now,
    };
    const ownerRole: Role = 'owner';
    await this.repo.insertWithOwner(row, {
      id: newId(),
      workspace_id: row.id,
      user_id: userId,
      role: ownerRole,
      created_at: now,
      updated_at: now,
    });
    const departments = new DepartmentsRepository(this.ctx.database.db);
    for (const name of DEFAULT_DEPARTMENTS[locale]) {
      await departments.insert({
        id: newId(),
        workspace_id: row.id,
        name,
        head_user_id: null,
        created_at: now,
      });
    }
    await this.audit.record(
      { workspaceId: row.id, userId, label: userLabel },
      {
        action: 'workspace.created',
        objectType: 'workspace',
        objectId: row.id,
        summary: `Created workspace ${row.name}`,
        after: presentWorkspace(row),
      },
    );
    return presentWorkspace(row);
  }

  async get(actor: Actor): Promise<WorkspaceView> {
    const row = await this.repo.findById(actor.workspaceId);
    if (!row) throw notFound('Workspace');
    return presentWorkspace(row);
  }

  async update(
    actor: Actor,
    patch: Partial<{
      name: string;
      timeZone: string;
      currency: string;
      locale: 'en' | 'fr';
      businessHours: BusinessHours;
    }>,
  ): Promise<WorkspaceView> {
    const before = await this.get(actor);
    const now = this.ctx.clock.now().toISOString();
    await this.repo.update(actor.workspaceId, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.timeZone !== undefined ? { time_zone: patch.timeZone } : {}),
      ...(patch.currency !== undefined ? { currency: patch.currency } : {}),
      ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
      ...(patch.businessHours !== undefined ? { business_hours: JSON.stringify(patch.businessHours) } : {}),
      updated_at: now,
    });
    const after = await this.get(actor);
    await this.audit.record(actor, {
      action: 'workspace.updated',
      objectType: 'workspace',
      objectId: actor.workspaceId,
      summary: `Updated settings: ${Object.keys(patch).join(', ')}`,
      before: pick(before, Object.keys(patch)),
      after: pick(after, Object.keys(patch)),
    });
    return after;
  }

  async delete(actor: Actor): Promise<void> {
    await this.repo.delete(actor.workspaceId);
  }

  async listForUser(userId: string) {
    const rows = await this.repo.listForUser(userId);
    return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as Role }));
  }
}

function pick<T extends object>(obj: T, keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => keys.includes(k))) as Partial<T>;
}

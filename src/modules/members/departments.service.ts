import type { AppContext } from '../../app/context.js';
import { conflict, invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { DepartmentsRepository, type DepartmentRow } from '../workspaces/departments.repository.js';
import { MembersRepository } from './members.repository.js';

export interface DepartmentView {
  id: string;
  name: string;
  headUserId: string | null;
  memberIds: string[];
}

/** Departments group members; approvals and inbox routing target them. */
export class DepartmentsService {
  private readonly repo: DepartmentsRepository;
  private readonly members: MembersRepository;
  private readonly audit: AuditService;
  constructor(private readonly ctx: AppContext) {
    this.repo = new DepartmentsRepository(ctx.database.db);
    this.members = new MembersRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async list(actor: Actor): Promise<DepartmentView[]> {
    const [rows, links] = await Promise.all([
      this.repo.list(actor.workspaceId),
      this.members.departmentLinks(actor.workspaceId),
    ]);
    return rows.map((r) => present(r, links));
  }

  async create(actor: Actor, input: { name: string; headUserId?: string | null }): Promise<DepartmentView> {
    await this.checkName(actor.workspaceId, input.name);
    await this.checkHead(actor.workspaceId, input.headUserId ?? null);
    const row: DepartmentRow = {
      id: newId(),
      workspace_id: actor.workspaceId,
      name: input.name,
      head_user_id: input.headUserId ?? null,
      created_at: this.ctx.clock.now().toISOString(),
    };
    await this.repo.insert(row);
    const view = present(row, []);
    await this.audit.record(actor, {
      action: 'department.created',
      objectType: 'department',
      objectId: row.id,
      summary: `Created department ${row.name}`,
      after: { name: view.name, headUserId: view.headUserId },
    });
    return view;
  }

  async update(
    actor: Actor,
    id: string,
    patch: { name?: string; headUserId?: string | null },
  ): Promise<DepartmentView> {
    const before = await this.get(actor.workspaceId, id);
    if (patch.name !== undefined) await this.checkName(actor.workspaceId, patch.name, id);
    if (patch.headUserId !== undefined) await this.checkHead(actor.workspaceId, patch.headUserId);
    const set = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.headUserId !== undefined ? { head_user_id: patch.headUserId } : {}),
    };
    // An empty patch is a valid no-op (and an UPDATE with nothing to set is not valid SQL).
    if (Object.keys(set).length === 0) return before;
    await this.repo.update(actor.workspaceId, id, set);
    const after = await this.get(actor.workspaceId, id);
    await this.audit.record(actor, {
      action: 'department.updated',
      objectType: 'department',
      objectId: id,
      summary: `Updated department ${after.name}`,
      before: { name: before.name, headUserId: before.headUserId },
      after: { name: after.name, headUserId: after.headUserId },
    });
    return after;
  }

  /** Deletes a department; its members stay in the workspace. */
  async delete(actor: Actor, id: string): Promise<void> {
    const before = await this.get(actor.workspaceId, id);
    await this.repo.delete(actor.workspaceId, id);
    await this.audit.record(actor, {
      action: 'department.deleted',
      objectType: 'department',
      objectId: id,
      summary: `Deleted department ${before.name}`,
      before,
    });
  }

  private async get(workspaceId: string, id: string): Promise<DepartmentView> {
    const row = await this.repo.find(workspaceId, id);
    if (!row) throw notFound('Department');
    return present(row, await this.members.departmentLinks(workspaceId));
  }

  /** Names are unique per workspace regardless of case ("HR" and "hr" would confuse everyone). */
  private async checkName(workspaceId: string, name: string, exceptId?: string): Promise<void> {
    const wanted = name.toLocaleLowerCase();
    const clash = (await this.repo.list(workspaceId)).find(
      (d) => d.id !== exceptId && d.name.toLocaleLowerCase() === wanted,
    );
    if (clash) throw conflict('A department with this name already exists', 'name');
  }

  private async checkHead(workspaceId: string, userId: string | null): Promise<void> {
    if (userId && !(await this.members.findByUser(workspaceId, userId))) {
      throw invalid('headUserId', 'Choose a member of this workspace');
    }
  }
}

function present(
  row: DepartmentRow,
  links: { membership_id: string; department_id: string }[],
): DepartmentView {
  return {
    id: row.id,
    name: row.name,
    headUserId: row.head_user_id,
    memberIds: links.filter((l) => l.department_id === row.id).map((l) => l.membership_id),
  };
}

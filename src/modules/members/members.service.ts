import type { AppContext } from '../../app/context.js';
import { invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { isRole, type Role } from '../../core/policy.js';
import { AuditService } from '../audit/audit.service.js';
import { changeProblem, removalProblem } from './member-rules.js';
import { membershipError } from './members.errors.js';
import { MembersRepository, type MemberRow } from './members.repository.js';
import { inMembersTransaction, type MembersTx } from './members.transaction.js';

export interface MemberView {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  departmentIds: string[];
  createdAt: string;
}

/** Presents a member with the departments they belong to. */
export function presentMember(row: MemberRow, departmentIds: string[]): MemberView {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: isRole(row.role) ? row.role : 'guest_reviewer',
    departmentIds,
    createdAt: row.created_at,
  };
}

/** The roles the actor acts with: a token can never do more than its owner's membership allows. */
export function actingRoles(actor: Actor, memberRole: Role = actor.memberRole): Role[] {
  const tokenRole = actor.principal.token ? actor.role : memberRole;
  return tokenRole === memberRole ? [memberRole] : [tokenRole, memberRole];
}

/**
 * The actor's roles as they stand inside the transaction: their membership may have changed since the
 * request was authorised (two owners demoting each other), and the rules must judge the current one.
 */
async function currentActingRoles(tx: MembersTx, actor: Actor): Promise<Role[]> {
  const me = await tx.members.find(actor.workspaceId, actor.membershipId);
  if (!me || !isRole(me.role)) throw notFound('Workspace');
  return actingRoles(actor, me.role);
}

/** Checks that every department id belongs to the workspace; names the field otherwise. */
export async function checkDepartments(
  tx: Pick<MembersTx, 'departments'>,
  workspaceId: string,
  ids: string[],
) {
  const known = new Set((await tx.departments.list(workspaceId)).map((d) => d.id));
  if (ids.some((id) => !known.has(id)))
    throw invalid('departmentIds', 'Choose departments of this workspace');
}

/** Who is in the workspace: list, change role and departments, remove, leave. */
export class MembersService {
  private readonly repo: MembersRepository;
  private readonly audit: AuditService;
  constructor(private readonly ctx: AppContext) {
    this.repo = new MembersRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async list(actor: Actor): Promise<MemberView[]> {
    const [rows, links] = await Promise.all([
      this.repo.list(actor.workspaceId),
      this.repo.departmentLinks(actor.workspaceId),
    ]);
    return rows.map((r) => presentMember(r, departmentsOf(links, r.id)));
  }

  async get(workspaceId: string, memberId: string): Promise<MemberView> {
    const row = await this.repo.find(workspaceId, memberId);
    if (!row) throw notFound('Member');
    return presentMember(row, departmentsOf(await this.repo.departmentLinks(workspaceId), row.id));
  }

  /** Changes a member's role and/or departments under the grant and last-owner rules. */
  async update(
    actor: Actor,
    memberId: string,
    patch: { role?: Role; departmentIds?: string[] },
  ): Promise<MemberView> {
    const ws = actor.workspaceId;
    const before = await inMembersTransaction(this.ctx.database.db, ws, async (tx) => {
      const target = await tx.members.find(ws, memberId);
      if (!target) throw notFound('Member');
      const current = presentMember(target, departmentsOf(await tx.members.departmentLinks(ws), target.id));
      const next = patch.role ?? current.role;
      const problem = changeProblem({
        acting: await currentActingRoles(tx, actor),
        current: current.role,
        next,
        owners: await tx.members.countOwners(ws),
      });
      if (problem) throw membershipError(problem, { current: current.role, next });
      if (next !== current.role)
        await tx.members.updateRole(ws, memberId, next, this.ctx.clock.now().toISOString());
      if (patch.departmentIds) {
        await checkDepartments(tx, ws, patch.departmentIds);
        await tx.members.setDepartments(ws, memberId, patch.departmentIds);
      }
      return current;
    });
    const after = await this.get(ws, memberId);
    const changed = [
      ...(after.role !== before.role ? ['role'] : []),
      ...(sameSet(after.departmentIds, before.departmentIds) ? [] : ['departments']),
    ];
    if (changed.length) {
      await this.audit.record(actor, {
        action: 'member.updated',
        objectType: 'membership',
        objectId: memberId,
        summary: `Changed ${changed.join(' and ')} of ${after.email}${
          after.role !== before.role ? `: ${before.role} → ${after.role}` : ''
        }`,
        before: { role: before.role, departmentIds: before.departmentIds },
        after: { role: after.role, departmentIds: after.departmentIds },
      });
    }
    return after;
  }

  /** Removes someone from the workspace (not the last owner; only an owner removes an owner). */
  async remove(actor: Actor, memberId: string): Promise<void> {
    const removed = await this.removeMembership(actor, memberId, true);
    await this.audit.record(actor, {
      action: 'member.removed',
      objectType: 'membership',
      objectId: memberId,
      summary: `Removed ${removed.email} (${removed.role})`,
      before: { email: removed.email, role: removed.role, departmentIds: removed.departmentIds },
    });
  }

  /** The caller leaves the workspace (refused for its last owner). */
  async leave(actor: Actor): Promise<void> {
    const left = await this.removeMembership(actor, actor.membershipId, false);
    await this.audit.record(actor, {
      action: 'member.left',
      objectType: 'membership',
      objectId: actor.membershipId,
      summary: `${left.email} left the workspace`,
      before: { email: left.email, role: left.role, departmentIds: left.departmentIds },
    });
  }

  /** Removes a membership; `managing` false means the actor is leaving (no grant rule applies). */
  private async removeMembership(actor: Actor, memberId: string, managing: boolean): Promise<MemberView> {
    const ws = actor.workspaceId;
    return inMembersTransaction(this.ctx.database.db, ws, async (tx) => {
      const acting = managing ? await currentActingRoles(tx, actor) : null;
      const target = await tx.members.find(ws, memberId);
      if (!target) throw notFound('Member');
      const view = presentMember(target, departmentsOf(await tx.members.departmentLinks(ws), target.id));
      const problem = removalProblem({
        acting,
        current: view.role,
        owners: await tx.members.countOwners(ws),
      });
      if (problem) throw membershipError(problem, { current: view.role });
      await tx.members.clearDepartmentHead(ws, target.user_id);
      await tx.members.delete(ws, memberId);
      return view;
    });
  }
}

function departmentsOf(links: { membership_id: string; department_id: string }[], membershipId: string) {
  return links.filter((l) => l.membership_id === membershipId).map((l) => l.department_id);
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

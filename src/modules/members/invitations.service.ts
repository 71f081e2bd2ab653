import type { AppContext } from '../../app/context.js';
import { AppError, conflict, invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { isRole, type Role } from '../../core/policy.js';
import { hashToken, randomToken } from '../../core/secrets.js';
import { AuditService } from '../audit/audit.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { verifyPassword } from '../identity/passwords.js';
import { UsersRepository } from '../identity/users.repository.js';
import { MailService } from '../mail/mail.service.js';
import { pickMailLocale } from '../mail/templates/mail.i18n.js';
import { invitationMail } from '../mail/templates/templates.js';
import { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { DepartmentsRepository } from '../workspaces/departments.repository.js';
import { INVITATION_TTL_DAYS, invitationStatus, type InvitationStatus } from './invitation-status.js';
import { InvitationsRepository, type InvitationWithNames } from './invitations.repository.js';
import { mayHandle } from './member-rules.js';
import { MembersRepository } from './members.repository.js';
import { actingRoles, checkDepartments } from './members.service.js';
import { inMembersTransaction } from './members.transaction.js';

export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  departmentIds: string[];
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  invitedByName: string | null;
}

export interface InvitationPreview {
  workspaceId: string;
  workspaceName: string;
  email: string;
  role: Role;
  inviterName: string | null;
  accountExists: boolean;
  expiresAt: string;
}

/** The one answer for a link that no longer opens anything, whatever the reason. */
export const invitationInvalid = () =>
  new AppError(
    404,
    'invitation_invalid',
    'This invitation link is invalid, expired, revoked or already used',
  );

const grantRefused = (role: Role) =>
  new AppError(403, 'forbidden', `Your role cannot grant the role ${role}`, 'role');

function roleOf(row: { role: string }): Role {
  if (!isRole(row.role)) throw invitationInvalid();
  return row.role;
}

/** Presents an invitation with its status at `now`. */
export function presentInvitation(row: InvitationWithNames, now: Date): InvitationView {
  return {
    id: row.id,
    email: row.email,
    role: roleOf(row),
    departmentIds: JSON.parse(row.department_ids) as string[],
    status: invitationStatus(row, now),
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    invitedByName: row.inviter_name,
  };
}

/** Inviting people by e-mail link, and accepting. */
export class InvitationsService {
  private readonly repo: InvitationsRepository;
  private readonly members: MembersRepository;
  private readonly users: UsersRepository;
  private readonly audit: AuditService;
  constructor(private readonly ctx: AppContext) {
    this.repo = new InvitationsRepository(ctx.database.db);
    this.members = new MembersRepository(ctx.database.db);
    this.users = new UsersRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async list(actor: Actor): Promise<InvitationView[]> {
    const now = this.ctx.clock.now();
    return (await this.repo.list(actor.workspaceId, 500)).map((r) => presentInvitation(r, now));
  }

  /** Invites `email` with a role (never above the inviter's) and departments, and mails the link. */
  async create(
    actor: Actor,
    input: { email: string; role: Role; departmentIds?: string[]; locale?: 'en' | 'fr' },
  ): Promise<InvitationView> {
    const ws = actor.workspaceId;
    if (!mayHandle(actingRoles(actor), input.role)) throw grantRefused(input.role);
    if (await this.members.findByEmail(ws, input.email)) {
      throw conflict('This person is already a member of the workspace', 'email');
    }
    const departmentIds = [...new Set(input.departmentIds ?? [])];
    await checkDepartments(
      { departments: new DepartmentsRepository(this.ctx.database.db) },
      ws,
      departmentIds,
    );
    const workspace = await new WorkspacesRepository(this.ctx.database.db).findById(ws);
    if (!workspace) throw notFound('Workspace');
    const user = await this.users.findByEmail(input.email);
    const locale = pickMailLocale(user?.locale, input.locale, workspace.locale);
    const now = this.ctx.clock.now();
    const token = randomToken();
    const terms = {
      role: input.role,
      department_ids: JSON.stringify(departmentIds),
      token_hash: hashToken(token),
      invited_by: actor.userId,
      expires_at: new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000).toISOString(),
      locale,
      created_at: now.toISOString(),
    };
    // Re-inviting an address replaces its pending invitation: one live link per person, the newest terms.
    const [pending, ...stale] = await this.repo.findPendingByEmail(ws, input.email, now.toISOString());
    for (const old of stale) await this.repo.revoke(ws, old.id, now.toISOString());
    const id = pending?.id ?? newId(now.getTime());
    if (pending) await this.repo.renew(ws, id, terms);
    else
      await this.repo.insert({
        id,
        workspace_id: ws,
        email: input.email,
        accepted_at: null,
        revoked_at: null,
        ...terms,
      });
    const view = await this.sendAndPresent(actor, id, token, locale, workspace.name);
    await this.audit.record(actor, {
      action: pending ? 'invitation.replaced' : 'invitation.created',
      objectType: 'invitation',
      objectId: id,
      summary: `Invited ${view.email} as ${view.role}`,
      ...(pending
        ? { before: { role: pending.role, departmentIds: JSON.parse(pending.department_ids) as string[] } }
        : {}),
      after: { email: view.email, role: view.role, departmentIds: view.departmentIds },
    });
    return view;
  }

  /** A new link (the old one stops working) and a new week, mailed again. */
  async resend(actor: Actor, id: string): Promise<InvitationView> {
    const ws = actor.workspaceId;
    const row = await this.repo.find(ws, id);
    if (!row) throw notFound('Invitation');
    const status = invitationStatus(row, this.ctx.clock.now());
    if (status === 'accepted') throw conflict('This invitation was already accepted');
    if (status === 'revoked') throw conflict('This invitation was revoked: invite the person again');
    if (!mayHandle(actingRoles(actor), roleOf(row))) throw grantRefused(roleOf(row));
    if (await this.members.findByEmail(ws, row.email)) {
      throw conflict('This person is already a member of the workspace', 'email');
    }
    const user = await this.users.findByEmail(row.email);
    const locale = pickMailLocale(user?.locale, row.locale, await this.workspaceLocale(ws));
    const now = this.ctx.clock.now();
    const token = randomToken();
    await this.repo.renew(ws, id, {
      role: row.role,
      department_ids: row.department_ids,
      token_hash: hashToken(token),
      invited_by: actor.userId,
      expires_at: new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000).toISOString(),
      locale,
      created_at: row.created_at,
    });
    const view = await this.sendAndPresent(actor, id, token, locale, row.workspace_name);
    await this.audit.record(actor, {
      action: 'invitation.resent',
      objectType: 'invitation',
      objectId: id,
      summary: `Sent the invitation to ${view.email} again`,
      before: { status, expiresAt: row.expires_at },
      after: { status: view.status, expiresAt: view.expiresAt },
    });
    return view;
  }

  /** Revokes an invitation: its link answers `invitation_invalid` from now on. */
  async revoke(actor: Actor, id: string): Promise<void> {
    const row = await this.repo.find(actor.workspaceId, id);
    if (!row) throw notFound('Invitation');
    const status = invitationStatus(row, this.ctx.clock.now());
    if (status === 'accepted')
      throw conflict('This invitation was already accepted: remove the member instead');
    if (status === 'revoked') return;
    if (!mayHandle(actingRoles(actor), roleOf(row))) throw grantRefused(roleOf(row));
    await this.repo.revoke(actor.workspaceId, id, this.ctx.clock.now().toISOString());
    await this.audit.record(actor, {
      action: 'invitation.revoked',
      objectType: 'invitation',
      objectId: id,
      summary: `Revoked the invitation of ${row.email}`,
      before: { status },
      after: { status: 'revoked' },
    });
  }

  /** What a link opens, for the acceptance page; only pending invitations answer. */
  async preview(token: string): Promise<InvitationPreview> {
    const row = await this.pendingByToken(token);
    return {
      workspaceId: row.workspace_id,
      workspaceName: row.workspace_name,
      email: row.email,
      role: roleOf(row),
      inviterName: row.inviter_name,
      accountExists: Boolean(await this.users.findByEmail(row.email)),
      expiresAt: row.expires_at,
    };
  }

  /**
   * Accepts: creates the account when there is none (name + password), or checks the existing account's
   * password; then adds the membership with the invited role and departments. Returns the user id.
   */
  async accept(
    token: string,
    input: { name?: string; password: string },
    meta: { ip: string | null },
  ): Promise<{ userId: string; workspaceId: string }> {
    const row = await this.pendingByToken(token);
    const role = roleOf(row);
    const identity = new IdentityService(this.ctx);
    let user = await this.users.findByEmail(row.email);
    if (user) {
      if (user.disabled_at || !(await verifyPassword(user.password_hash, input.password))) {
        throw new AppError(401, 'unauthorized', 'Wrong password for this account', 'password');
      }
    } else {
      if (!input.name) throw invalid('name', 'Enter your name');
      user = await identity.createUser({ email: row.email, name: input.name, password: input.password });
    }
    const userId = user.id;
    const nowIso = this.ctx.clock.now().toISOString();
    const ws = row.workspace_id;
    const joined = await inMembersTransaction(this.ctx.database.db, ws, async (tx) => {
      if (!(await tx.invitations.markAccepted(row.id, nowIso))) throw invitationInvalid();
      const existing = await tx.members.findByUser(ws, userId);
      if (existing) return null;
      const membershipId = newId();
      await tx.members.insert({
        id: membershipId,
        workspace_id: ws,
        user_id: userId,
        role,
        created_at: nowIso,
        updated_at: nowIso,
      });
      // Departments deleted since the invitation was sent are skipped rather than failing the acceptance.
      const known = new Set((await tx.departments.list(ws)).map((d) => d.id));
      const departmentIds = (JSON.parse(row.department_ids) as string[]).filter((d) => known.has(d));
      await tx.members.setDepartments(ws, membershipId, departmentIds);
      return { membershipId, departmentIds };
    });
    await this.audit.record(
      { workspaceId: ws, userId, label: row.email, ip: meta.ip },
      {
        action: 'invitation.accepted',
        objectType: 'membership',
        objectId: joined?.membershipId ?? null,
        summary: joined
          ? `${row.email} joined as ${role}`
          : `${row.email} accepted an invitation (already a member)`,
        ...(joined ? { after: { email: row.email, role, departmentIds: joined.departmentIds } } : {}),
      },
    );
    return { userId, workspaceId: ws };
  }

  private async pendingByToken(token: string): Promise<InvitationWithNames> {
    const row = await this.repo.findByTokenHash(hashToken(token));
    if (!row || invitationStatus(row, this.ctx.clock.now()) !== 'pending') throw invitationInvalid();
    return row;
  }

  private async workspaceLocale(workspaceId: string): Promise<string | null> {
    return (await new WorkspacesRepository(this.ctx.database.db).findById(workspaceId))?.locale ?? null;
  }

  private async sendAndPresent(
    actor: Actor,
    id: string,
    token: string,
    locale: 'en' | 'fr',
    workspaceName: string,
  ): Promise<InvitationView> {
    const row = await this.repo.find(actor.workspaceId, id);
    if (!row) throw notFound('Invitation');
    await new MailService(this.ctx).send({
      kind: 'invitation',
      to: row.email,
      workspaceId: actor.workspaceId,
      message: invitationMail(locale, {
        inviterName: actor.principal.name,
        workspaceName,
        role: roleOf(row),
        link: `${this.ctx.config.publicUrl}/invitations/${token}`,
        validDays: INVITATION_TTL_DAYS,
      }),
    });
    return presentInvitation(row, this.ctx.clock.now());
  }
}

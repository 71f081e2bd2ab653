import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';

export type InvitationRow = Selectable<DB['invitations']>;

/** An invitation with the names the list and the preview show. */
export interface InvitationWithNames extends InvitationRow {
  inviter_name: string | null;
  workspace_name: string;
}

/** SQL for invitations; only the SHA-256 of a token is stored, so a dump does not open workspaces. */
export class InvitationsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private withNames() {
    return this.db
      .selectFrom('invitations')
      .innerJoin('workspaces', 'workspaces.id', 'invitations.workspace_id')
      .leftJoin('users', 'users.id', 'invitations.invited_by')
      .selectAll('invitations')
      .select(['users.name as inviter_name', 'workspaces.name as workspace_name']);
  }

  async insert(row: InvitationRow): Promise<void> {
    await this.db.insertInto('invitations').values(row).execute();
  }

  /** The workspace's invitations, newest first. */
  async list(workspaceId: string, limit: number): Promise<InvitationWithNames[]> {
    return this.withNames()
      .where('invitations.workspace_id', '=', workspaceId)
      .orderBy('invitations.created_at', 'desc')
      .orderBy('invitations.id', 'desc')
      .limit(limit)
      .execute();
  }

  async find(workspaceId: string, id: string): Promise<InvitationWithNames | undefined> {
    return this.withNames()
      .where('invitations.workspace_id', '=', workspaceId)
      .where('invitations.id', '=', id)
      .executeTakeFirst();
  }

  /** The invitation a link opens, whatever its workspace: the token itself is the credential. */
  async findByTokenHash(tokenHash: string): Promise<InvitationWithNames | undefined> {
    return this.withNames().where('invitations.token_hash', '=', tokenHash).executeTakeFirst();
  }

  /** Invitations to `email` still waiting for an answer (not accepted, revoked or expired). */
  async findPendingByEmail(workspaceId: string, email: string, nowIso: string): Promise<InvitationRow[]> {
    return this.db
      .selectFrom('invitations')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('email', '=', email)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', nowIso)
      .execute();
  }

  /** Gives an invitation new terms and a new token (resend, or re-inviting the same address). */
  async renew(
    workspaceId: string,
    id: string,
    patch: Pick<
      InvitationRow,
      'role' | 'department_ids' | 'token_hash' | 'invited_by' | 'expires_at' | 'locale' | 'created_at'
    >,
  ): Promise<void> {
    await this.db
      .updateTable('invitations')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async revoke(workspaceId: string, id: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable('invitations')
      .set({ revoked_at: nowIso })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }

  /** Marks accepted only if still pending; false when someone else used, revoked or let it expire. */
  async markAccepted(id: string, nowIso: string): Promise<boolean> {
    const r = await this.db
      .updateTable('invitations')
      .set({ accepted_at: nowIso })
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', nowIso)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}

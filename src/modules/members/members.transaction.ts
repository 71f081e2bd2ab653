import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { DepartmentsRepository } from '../workspaces/departments.repository.js';
import { InvitationsRepository } from './invitations.repository.js';
import { MembersRepository } from './members.repository.js';

/** The repositories a membership change uses, bound to one transaction. */
export interface MembersTx {
  members: MembersRepository;
  departments: DepartmentsRepository;
  invitations: InvitationsRepository;
}

/**
 * Runs `fn` in one transaction holding the workspace's membership lock (see
 * `MembersRepository.lockWorkspace`): the owner count a rule reads stays true until the change commits.
 */
export async function inMembersTransaction<T>(
  db: Kysely<DB>,
  workspaceId: string,
  fn: (tx: MembersTx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const tx: MembersTx = {
      members: new MembersRepository(trx),
      departments: new DepartmentsRepository(trx),
      invitations: new InvitationsRepository(trx),
    };
    await tx.members.lockWorkspace(workspaceId);
    return fn(tx);
  });
}

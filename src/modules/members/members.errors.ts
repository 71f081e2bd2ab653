import { AppError, conflict } from '../../app/errors.js';
import type { Role } from '../../core/policy.js';
import type { MembershipProblem } from './member-rules.js';

/** The HTTP error for a refused membership change; the last-owner refusal names `role` as the contract says. */
export function membershipError(problem: MembershipProblem, roles: { current: Role; next?: Role }): AppError {
  switch (problem) {
    case 'target_above_actor':
      return new AppError(
        403,
        'forbidden',
        roles.current === 'owner'
          ? 'Only an owner can change or remove an owner'
          : `Your role cannot change or remove a member who is ${roles.current}`,
      );
    case 'role_above_actor':
      return new AppError(403, 'forbidden', `Your role cannot grant the role ${roles.next ?? ''}`, 'role');
    case 'last_owner':
      return conflict('The workspace needs at least one owner: make someone else owner first', 'role');
  }
}

import { mayGrant, type Role } from '../../core/policy.js';

/**
 * Rules for changing who is in a workspace, as plain functions. `acting` holds the roles the caller
 * acts with: their membership role and, for an API token, the token's role; every one must allow it.
 */
export type ActingRoles = readonly Role[];

/** Why a membership change is refused. */
export type MembershipProblem =
  /** The target holds a role the caller could not grant (only an owner touches an owner). */
  | 'target_above_actor'
  /** The new role has actions the caller does not hold. */
  | 'role_above_actor'
  /** The workspace would be left without an owner. */
  | 'last_owner';

/** Whether the caller may hand out (or take away) `role`. */
export function mayHandle(acting: ActingRoles, role: Role): boolean {
  return acting.length > 0 && acting.every((r) => mayGrant(r, role));
}

/** Checks a role or department change of someone who is `current` and would become `next`. */
export function changeProblem(i: {
  acting: ActingRoles;
  current: Role;
  next: Role;
  owners: number;
}): MembershipProblem | null {
  if (!mayHandle(i.acting, i.current)) return 'target_above_actor';
  if (i.next !== i.current && !mayHandle(i.acting, i.next)) return 'role_above_actor';
  if (i.current === 'owner' && i.next !== 'owner' && i.owners <= 1) return 'last_owner';
  return null;
}

/** Checks removing someone who is `current`; `acting` null means they are leaving by themselves. */
export function removalProblem(i: {
  acting: ActingRoles | null;
  current: Role;
  owners: number;
}): MembershipProblem | null {
  if (i.acting && !mayHandle(i.acting, i.current)) return 'target_above_actor';
  if (i.current === 'owner' && i.owners <= 1) return 'last_owner';
  return null;
}

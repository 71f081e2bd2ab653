import { can, type Action, type Role } from '../../core/policy.js';

/** Who is calling: a signed-in person (cookie session) or an API token acting for a person. */
export interface Principal {
  userId: string;
  email: string;
  name: string;
  locale: string | null;
  timeZone: string | null;
  via: 'session' | 'token';
  sessionId?: string;
  csrfToken?: string;
  /** Set for API tokens: the only workspace they open and the role they were given. */
  token?: { id: string; workspaceId: string; role: Role };
}

/** A principal acting inside one workspace with an effective role. */
export interface Actor {
  principal: Principal;
  userId: string;
  workspaceId: string;
  membershipId: string;
  /** The membership's role, or for a token the role it was issued with. */
  role: Role;
  /** The membership role; a token can never do more than its owner can now. */
  memberRole: Role;
  label: string;
  ip: string | null;
}

/** Whether the actor may do `action`: the token's role and the member's current role must both allow it. */
export function actorCan(actor: Actor, action: Action): boolean {
  return can(actor.role, action) && can(actor.memberRole, action);
}

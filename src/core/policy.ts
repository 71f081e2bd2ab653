/**
 * Roles and what each may do: the one table the server enforces on every route and returns with
 * responses (`can`) so the web hides what a person may not do. Later modules add actions here.
 */
export const ROLES = [
  'owner',
  'admin',
  'strategist',
  'editor',
  'approver',
  'community_manager',
  'analyst',
  'executive',
  'guest_reviewer',
] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'workspace.read',
  'workspace.update',
  'workspace.delete',
  'members.read',
  'members.invite',
  'members.manage',
  'departments.manage',
  'audit.read',
  'outbox.read',
  'tokens.manage',
  'strategy.read',
  'strategy.write',
  'strategy.publish',
  'organisation.read',
  'organisation.write',
  'budget.read',
  'budget.write',
  'accounts.read',
  'accounts.manage',
  'posts.read',
  'posts.write',
  'posts.publish',
  'approvals.decide',
  'approvals.configure',
  'inbox.read',
  'inbox.handle',
  'analytics.read',
  /** RONI assumptions, competitors, audience gaps, report schedules. */
  'analytics.configure',
  'reports.read',
  'shared.review',
  'webhooks.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const everything: readonly Action[] = ACTIONS;
const readOnly: readonly Action[] = [
  'workspace.read',
  'members.read',
  'strategy.read',
  'organisation.read',
  'budget.read',
  'accounts.read',
  'posts.read',
  'inbox.read',
  'analytics.read',
  'reports.read',
];

/** Role → allowed actions. Owner alone may delete the workspace; admin manages everything else. */
export const POLICY: Record<Role, readonly Action[]> = {
  owner: everything,
  admin: everything.filter((a) => a !== 'workspace.delete'),
  strategist: [
    ...readOnly,
    'tokens.manage',
    'strategy.write',
    'strategy.publish',
    'organisation.write',
    'budget.write',
    'posts.write',
    'posts.publish',
    'approvals.configure',
    'analytics.configure',
  ],
  // Editors write content: they do not see the budget, nor the management reports that carry it.
  editor: [
    ...readOnly.filter((a) => a !== 'budget.read' && a !== 'reports.read'),
    'tokens.manage',
    'posts.write',
  ],
  approver: [
    'workspace.read',
    'members.read',
    'strategy.read',
    'posts.read',
    'inbox.read',
    'tokens.manage',
    'approvals.decide',
  ],
  community_manager: [
    'workspace.read',
    'members.read',
    'strategy.read',
    'accounts.read',
    'posts.read',
    'posts.write',
    // Community managers run the daily schedule; editors write drafts that others schedule (approvals).
    'posts.publish',
    'inbox.read',
    'inbox.handle',
    'analytics.read',
    'tokens.manage',
  ],
  analyst: [...readOnly, 'tokens.manage', 'analytics.configure'],
  executive: readOnly,
  guest_reviewer: ['workspace.read', 'shared.review'],
};

/** Whether `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
  return POLICY[role].includes(action);
}

/** Every action with its verdict for `role`: what responses carry as `can`. */
export function abilities(role: Role): Record<Action, boolean> {
  return Object.fromEntries(ACTIONS.map((a) => [a, can(role, a)])) as Record<Action, boolean>;
}

/**
 * Whether someone with `granter` may hand out `granted` (an invitation, a role change, an API token):
 * only when every action of `granted` is already the granter's, so nobody escalates through a grant.
 */
export function mayGrant(granter: Role, granted: Role): boolean {
  return POLICY[granted].every((a) => can(granter, a)) && (granted !== 'owner' || granter === 'owner');
}

/** Whether a string names a role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

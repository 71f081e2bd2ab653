/**
 * A workspace's approval circuits as plain data: which content they govern, their sequential steps and
 * who approves each. The approvals service stores and validates them; the engine only reads them.
 */

export const CONTENT_TYPES = ['post', 'reply', 'sponsored'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** Who may decide: a member (user id), everyone holding a role, a department's members, or an outside reviewer. */
export type ApproverKind = 'member' | 'role' | 'department' | 'external';

export interface ApproverRef {
  kind: ApproverKind;
  id: string;
}

/** Where a step goes at its breach: a named backup, the head of the department concerned, or nowhere. */
export type EscalationTarget = ApproverRef | 'department_head' | null;

export interface CircuitStep {
  name: string;
  approvers: ApproverRef[];
  /** 'any': the first eligible approval closes the step; 'all': every resolved approver must approve. */
  rule: 'any' | 'all';
  /** Null: the default for the content type (DEFAULT_TARGET_MINUTES). */
  targetMinutes: number | null;
  clock: 'business' | 'around_the_clock';
  /** Minutes of the step's clock before the target at which approvers are reminded; null for none. */
  reminderBeforeMinutes: number | null;
  escalateTo: EscalationTarget;
}

/** Empty lists match anything; every non-empty criterion must match. */
export interface CircuitMatch {
  contentTypes: ContentType[];
  objectiveIds: string[];
  networks: string[];
  sensitivePillarOnly: boolean;
}

export interface CircuitDefinition {
  id: string;
  name: string;
  /** An optional circuit may be skipped by the author; a required one blocks publication until approved. */
  required: boolean;
  match: CircuitMatch;
  /** Breaks ties between equally specific circuits: the higher number wins. */
  priority: number;
  steps: CircuitStep[];
  /** "Nobody approves their own content" unless a circuit says otherwise. */
  allowSelfApproval: boolean;
  /** Whether an edit to approved content sends it back to step 1. */
  resubmitOnEditAfterApproval: boolean;
}

/** Step targets the issue asks for when a circuit leaves them empty: a reply 15 minutes, a post 24 hours. */
export const DEFAULT_TARGET_MINUTES: Record<ContentType, number> = {
  reply: 15,
  post: 24 * 60,
  sponsored: 24 * 60,
};

/** A circuit with the defaults the issue names filled in. */
export function defineCircuit(
  c: Pick<CircuitDefinition, 'id' | 'name' | 'steps'> &
    Partial<Omit<CircuitDefinition, 'match'>> & {
      match?: Partial<CircuitMatch>;
    },
): CircuitDefinition {
  return {
    required: true,
    priority: 0,
    allowSelfApproval: false,
    resubmitOnEditAfterApproval: true,
    ...c,
    match: { contentTypes: [], objectiveIds: [], networks: [], sensitivePillarOnly: false, ...c.match },
  };
}

/** The facts about one piece of content that circuits are chosen by. */
export interface ContentFacts {
  type: ContentType;
  objectiveIds: string[];
  /** Networks the content goes to (a post may have variants for several). */
  networks: string[];
  /** Whether its editorial pillar is marked sensitive. */
  sensitivePillar: boolean;
}

/** Members, roles and departments as the engine needs them; ids are user ids. */
export interface Directory {
  members: { userId: string; role: string }[];
  departments: { id: string; memberUserIds: string[]; headUserId: string | null }[];
}

/** One person (or outside reviewer) who may decide on a step. */
export interface ResolvedApprover {
  kind: 'member' | 'external';
  id: string;
}

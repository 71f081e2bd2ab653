/**
 * A veto before a reply is recorded or sent (a refused reply is neither). The reply circuit of the
 * approvals does not go through this gate: a reply that a `reply` circuit covers is held instead
 * (src/modules/inbox/held-replies/) and sent once its approver approves. The default gate lets every
 * reply through; a stricter one (say, a contact with a large audience) plugs in here.
 */

export interface ReplyGateRequest {
  workspaceId: string;
  itemId: string;
  accountId: string;
  authorId: string;
  text: string;
}

export type ReplyGateDecision = { allowed: true } | { allowed: false; code: string; reason: string };

export interface ReplyGate {
  check(request: ReplyGateRequest): Promise<ReplyGateDecision>;
}

/** No reply circuit: every reply goes out. */
export const OPEN_REPLY_GATE: ReplyGate = {
  check: () => Promise.resolve({ allowed: true }),
};

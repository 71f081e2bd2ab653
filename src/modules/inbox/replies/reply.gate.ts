/**
 * The hook between replying and the approvals issue's reply circuit. Approvals are not built yet: the
 * default gate lets every reply through. When the reply circuit lands, it implements `ReplyGate` (for
 * instance: a reply by a junior member, or to a contact with a large audience, waits for approval)
 * and the replies service is constructed with it; a refused reply is not recorded nor sent.
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

import { describe, expect, it } from 'vitest';
import type { ApprovalState } from './approval.state.js';
import {
  circuit,
  draft,
  env,
  later,
  member,
  MON,
  must,
  notified,
  ofType,
  step,
  twoSteps,
} from './engine.fixtures.js';
import { apply } from './reducer.js';

/** Deep-freezes a state so a mutation inside the reducer throws. */
function frozen<T>(v: T): T {
  if (v && typeof v === 'object') {
    Object.values(v).forEach(frozen);
    Object.freeze(v);
  }
  return v;
}

describe('submission and the "any" rule', () => {
  it('asks every resolved approver, and the first approval closes the step', () => {
    const s0 = draft(twoSteps);
    const r1 = must(s0, { type: 'submitted', at: MON, by: 'ana' });
    expect(r1.state.status).toBe('in_review');
    expect(r1.state.stepIndex).toBe(0);
    expect(r1.state.round).toBe(1);
    expect(notified(r1.effects, 'review_requested')).toEqual(['bob', 'cara']);
    expect(ofType(r1.effects, 'status_changed')).toEqual([
      { type: 'status_changed', from: 'draft', to: 'in_review' },
    ]);

    const r2 = must(r1.state, { type: 'approved', at: later(MON, 30), by: member('bob') });
    expect(r2.state.stepIndex).toBe(1);
    expect(r2.state.status).toBe('in_review');
    // Step 1's timers go, step 2's come; legal (cara, eve) is asked.
    expect(ofType(r2.effects, 'cancel_timer').map((e) => e.key)).toEqual([
      'p1:r1:s0:reminder',
      'p1:r1:s0:breach',
    ]);
    expect(ofType(r2.effects, 'schedule_timer').map((e) => e.timer.key)).toEqual([
      'p1:r1:s1:reminder',
      'p1:r1:s1:breach',
    ]);
    expect(notified(r2.effects, 'review_requested')).toEqual(['cara', 'eve']);
  });

  it('does not mutate the state it is given', () => {
    const s0 = frozen(draft(twoSteps));
    const s1 = frozen(must(s0, { type: 'submitted', at: MON, by: 'ana' }).state);
    expect(() => must(s1, { type: 'approved', at: MON, by: member('bob') })).not.toThrow();
    expect(s1.stepIndex).toBe(0);
  });

  it('approves at once a circuit without steps', () => {
    const r = must(draft(circuit([])), { type: 'submitted', at: MON, by: 'ana' });
    expect(r.state.status).toBe('approved');
  });

  it('refuses to submit what is already in review or approved', () => {
    const s1 = must(draft(twoSteps), { type: 'submitted', at: MON, by: 'ana' }).state;
    expect(apply(s1, { type: 'submitted', at: MON, by: 'ana' }, env).refused?.code).toBe('not_submittable');
  });
});

describe('the "all" rule', () => {
  const legalOnly = circuit([step({ approvers: [{ kind: 'department', id: 'legal' }], rule: 'all' })]);

  it('waits for every resolved approver', () => {
    const s1 = must(draft(legalOnly), { type: 'submitted', at: MON, by: 'ana' }).state;
    const r2 = must(s1, { type: 'approved', at: later(MON, 5), by: member('cara') });
    expect(r2.state.status).toBe('in_review');
    expect(r2.effects).toEqual([]);
    const again = apply(r2.state, { type: 'approved', at: later(MON, 6), by: member('cara') }, env);
    expect(again.refused?.code).toBe('already_approved');
    expect(again.state).toBe(r2.state);
    const r3 = must(r2.state, { type: 'approved', at: later(MON, 7), by: member('eve') });
    expect(r3.state.status).toBe('approved');
    expect(r3.state.approvedAt).toBe(later(MON, 7));
    expect(notified(r3.effects, 'approved')).toEqual(['ana']);
    expect(r3.state.steps[0]).toMatchObject({ outcome: 'approved', decidedBy: member('eve') });
  });

  it('refuses someone who is not an approver of the step', () => {
    const s1 = must(draft(legalOnly), { type: 'submitted', at: MON, by: 'ana' }).state;
    const r = apply(s1, { type: 'approved', at: MON, by: member('bob') }, env);
    expect(r.refused?.code).toBe('not_an_approver');
    expect(r.effects).toEqual([]);
  });
});

describe('self-approval', () => {
  // ana is also an approver here, so the role resolves to her too.
  const envAnaApprover = {
    ...env,
    directory: {
      ...env.directory,
      members: env.directory.members.map((m) => (m.userId === 'ana' ? { ...m, role: 'approver' } : m)),
    },
  };
  const allApprovers = (allowSelfApproval: boolean) =>
    circuit([step({ approvers: [{ kind: 'role', id: 'approver' }], rule: 'all' })], { allowSelfApproval });

  it('is refused with a reason code by default, and the author is not awaited under "all"', () => {
    const s1 = must(
      draft(allApprovers(false)),
      { type: 'submitted', at: MON, by: 'ana' },
      envAnaApprover,
    ).state;
    expect(s1.eligible.map((a) => a.id)).toEqual(['bob', 'cara']);
    const r = apply(s1, { type: 'approved', at: MON, by: member('ana') }, envAnaApprover);
    expect(r.refused?.code).toBe('self_approval');
    const rej = apply(s1, { type: 'rejected', at: MON, by: member('ana'), comment: 'no' }, envAnaApprover);
    expect(rej.refused?.code).toBe('self_approval');
    const s2 = must(s1, { type: 'approved', at: MON, by: member('bob') }, envAnaApprover).state;
    expect(must(s2, { type: 'approved', at: MON, by: member('cara') }, envAnaApprover).state.status).toBe(
      'approved',
    );
  });

  it('is possible when the circuit allows it', () => {
    const s1 = must(
      draft(allApprovers(true)),
      { type: 'submitted', at: MON, by: 'ana' },
      envAnaApprover,
    ).state;
    expect(s1.eligible.map((a) => a.id)).toEqual(['ana', 'bob', 'cara']);
    expect(apply(s1, { type: 'approved', at: MON, by: member('ana') }, envAnaApprover).refused).toBeNull();
  });

  it('sends a step whose only approver is the author to the escalation target, or tells the author', () => {
    const onlyAna = (escalateTo: 'department_head' | null) =>
      circuit([step({ approvers: [{ kind: 'member', id: 'ana' }], escalateTo })]);
    const r = must(draft(onlyAna('department_head')), { type: 'submitted', at: MON, by: 'ana' });
    expect(r.state.eligible).toEqual([member('dan')]); // head of ana's department
    expect(ofType(r.effects, 'escalate')).toEqual([{ type: 'escalate', stepIndex: 0, to: [member('dan')] }]);
    const blocked = must(draft(onlyAna(null)), { type: 'submitted', at: MON, by: 'ana' });
    expect(blocked.state.eligible).toEqual([]);
    expect(notified(blocked.effects, 'no_eligible_approver')).toEqual(['ana']);
  });
});

describe('rejection and changes requested', () => {
  const scheduled = draft(twoSteps, '2026-01-20T10:00:00.000Z');
  const inStep2 = (): ApprovalState => {
    const s1 = must(scheduled, { type: 'submitted', at: MON, by: 'ana' }).state;
    return must(s1, { type: 'approved', at: later(MON, 10), by: member('bob') }).state;
  };

  it('a rejection ends the circuit: no more decisions, no resubmission, every timer cancelled', () => {
    const r = must(inStep2(), {
      type: 'rejected',
      at: later(MON, 20),
      by: member('eve'),
      comment: 'Off brand',
    });
    expect(r.state.status).toBe('rejected');
    expect(r.state.timers).toEqual([]);
    expect(ofType(r.effects, 'cancel_timer').map((e) => e.key)).toEqual([
      'p1:r1:s1:reminder',
      'p1:r1:s1:breach',
      'p1:publication:2026-01-20T10:00:00.000Z',
    ]);
    expect(ofType(r.effects, 'notify')).toEqual([
      { type: 'notify', to: [member('ana')], reason: 'rejected', stepIndex: 1, comment: 'Off brand' },
    ]);
    expect(apply(r.state, { type: 'approved', at: MON, by: member('cara') }, env).refused?.code).toBe(
      'not_in_review',
    );
    expect(apply(r.state, { type: 'submitted', at: MON, by: 'ana' }, env).refused?.code).toBe(
      'circuit_ended',
    );
  });

  it('changes requested return the content to its author; resubmission restarts at step 1', () => {
    const r = must(inStep2(), {
      type: 'changes_requested',
      at: later(MON, 20),
      by: member('cara'),
      comment: 'Cite the source',
    });
    expect(r.state.status).toBe('changes_requested');
    expect(r.state.stepIndex).toBeNull();
    expect(notified(r.effects, 'changes_requested')).toEqual(['ana']);
    // The publication check stays: the content must still be approved in time.
    expect(r.state.timers.map((t) => t.kind)).toEqual(['publication']);
    const again = must(r.state, { type: 'submitted', at: later(MON, 60), by: 'ana' });
    expect(again.state).toMatchObject({ status: 'in_review', stepIndex: 0, round: 2, firstSubmittedAt: MON });
    expect(notified(again.effects, 'review_requested')).toEqual(['bob', 'cara']);
  });
});

describe('edits', () => {
  const oneStep = (resubmitOnEditAfterApproval: boolean) =>
    circuit([step({ approvers: [{ kind: 'member', id: 'bob' }] })], { resubmitOnEditAfterApproval });
  const approved = (resubmit: boolean) => {
    const s1 = must(draft(oneStep(resubmit)), { type: 'submitted', at: MON, by: 'ana' }).state;
    return must(s1, { type: 'approved', at: later(MON, 10), by: member('bob') }).state;
  };

  it('an edit after approval sends the content back through the circuit when the circuit says so', () => {
    const r = must(approved(true), { type: 'edited', at: later(MON, 30), by: 'ana' });
    expect(r.state).toMatchObject({ status: 'in_review', stepIndex: 0, round: 2, approvedAt: null });
    expect(notified(r.effects, 'resubmitted_after_edit')).toEqual(['bob']);
    expect(ofType(r.effects, 'status_changed')).toEqual([
      { type: 'status_changed', from: 'approved', to: 'in_review' },
    ]);
  });

  it('an edit after approval keeps the approval when the circuit says not to resubmit', () => {
    const s = approved(false);
    const r = must(s, { type: 'edited', at: later(MON, 30), by: 'ana' });
    expect(r.state).toBe(s);
    expect(r.effects).toEqual([]);
  });

  it('an edit during review restarts the circuit at step 1: decisions were on another version', () => {
    const s1 = must(draft(twoSteps), { type: 'submitted', at: MON, by: 'ana' }).state;
    const s2 = must(s1, { type: 'approved', at: later(MON, 5), by: member('bob') }).state;
    const r = must(s2, { type: 'edited', at: later(MON, 10), by: 'ana' });
    expect(r.state).toMatchObject({ status: 'in_review', stepIndex: 0, round: 2 });
    expect(r.state.steps.map((s) => s.outcome)).toEqual(['approved', 'restarted_by_edit', null]);
    expect(ofType(r.effects, 'cancel_timer').map((e) => e.key)).toEqual([
      'p1:r1:s1:reminder',
      'p1:r1:s1:breach',
    ]);
  });

  it('an edit to a draft or content awaiting changes does nothing', () => {
    const s = draft(twoSteps);
    expect(must(s, { type: 'edited', at: MON, by: 'ana' }).state).toBe(s);
  });
});

describe('withdrawal, comments, outside reviewers', () => {
  it('only the author withdraws; the content goes back to draft and its step timers are cancelled', () => {
    const s1 = must(draft(twoSteps), { type: 'submitted', at: MON, by: 'ana' }).state;
    expect(apply(s1, { type: 'withdrawn', at: MON, by: 'bob' }, env).refused?.code).toBe('not_author');
    const r = must(s1, { type: 'withdrawn', at: later(MON, 3), by: 'ana' });
    expect(r.state).toMatchObject({ status: 'draft', stepIndex: null, timers: [] });
    expect(ofType(r.effects, 'cancel_timer')).toHaveLength(2);
    expect(r.state.steps[0]!.outcome).toBe('withdrawn');
    expect(apply(r.state, { type: 'withdrawn', at: MON, by: 'ana' }, env).refused?.code).toBe(
      'not_in_review',
    );
  });

  it('comments notify those mentioned and the author, never the commenter', () => {
    const s1 = must(draft(twoSteps), { type: 'submitted', at: MON, by: 'ana' }).state;
    const r = must(s1, {
      type: 'commented',
      at: MON,
      by: member('bob'),
      text: '@cara @bob is this fine?',
      mentions: ['cara', 'bob', 'cara'],
    });
    expect(r.state).toBe(s1);
    expect(notified(r.effects, 'mentioned')).toEqual(['cara']);
    expect(notified(r.effects, 'commented')).toEqual(['ana']);
    const byAuthor = must(s1, { type: 'commented', at: MON, by: member('ana'), text: 'done', mentions: [] });
    expect(byAuthor.effects).toEqual([]);
  });

  it('an outside reviewer is an approver of kind external', () => {
    const client = circuit([step({ approvers: [{ kind: 'external', id: 'client-7' }] })]);
    const s1 = must(draft(client), { type: 'submitted', at: MON, by: 'ana' }).state;
    expect(s1.eligible).toEqual([{ kind: 'external', id: 'client-7' }]);
    // A member with the same id is someone else.
    expect(apply(s1, { type: 'approved', at: MON, by: member('client-7') }, env).refused?.code).toBe(
      'not_an_approver',
    );
    const r = must(s1, { type: 'approved', at: MON, by: { kind: 'external', id: 'client-7' } });
    expect(r.state.status).toBe('approved');
  });
});

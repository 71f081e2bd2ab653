import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import {
  approval,
  createCircuit,
  createPost,
  notificationTypes,
  publishJobWaiting,
  step,
  variantStatus,
  world,
} from './approvals.support.js';

describe.each(DIALECTS)('approvals API on %s', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  const T0 = '2026-12-01T09:00:00.000Z'; // a Tuesday, 10:00 in Paris
  const in3days = '2026-12-04T10:00:00.000Z';

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
  });
  afterAll(async () => {
    await t.close();
  });

  it('validates circuits, naming the field, and lists them with what the caller may do', async () => {
    clock.set(T0);
    const w = await world(t);
    const bad = await w.owner.post(w.api('/approval-circuits'), {
      name: 'Broken',
      steps: [step([{ kind: 'department', id: 'nowhere' }])],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ field?: string }>().field ?? bad.body).toContain('steps.0.approvers.0');
    const noRole = await w.owner.post(w.api('/approval-circuits'), {
      name: 'Broken',
      steps: [step([{ kind: 'role', id: 'pope' }])],
    });
    expect(noRole.statusCode).toBe(400);
    const empty = await w.owner.post(w.api('/approval-circuits'), { name: 'No steps', steps: [] });
    expect(empty.statusCode).toBe(400);
    const id = await createCircuit(w, [step([{ kind: 'role', id: 'approver' }])]);
    const forbidden = await w.editor.post(w.api('/approval-circuits'), {
      name: 'Mine',
      steps: [step([{ kind: 'role', id: 'approver' }])],
    });
    expect(forbidden.statusCode).toBe(403);
    const list = await w.editor.get(w.api('/approval-circuits'));
    expect(
      list.json<{
        data: { id: string; required: boolean; allowSelfApproval: boolean }[];
        can: { configure: boolean };
      }>(),
    ).toMatchObject({
      data: [{ id, required: true, allowSelfApproval: false }],
      can: { configure: false },
    });
    const put = await w.owner.put(w.api(`/approval-circuits/${id}`), {
      name: 'Renamed',
      required: false,
      steps: [step([{ kind: 'role', id: 'approver' }])],
    });
    expect(put.json<{ data: { name: string; required: boolean } }>().data).toMatchObject({
      name: 'Renamed',
      required: false,
    });
    expect((await w.owner.delete(w.api(`/approval-circuits/${id}`))).statusCode).toBe(204);
    expect((await w.owner.get(w.api(`/approval-circuits/${id}`))).statusCode).toBe(404);
    const audit = await w.owner.get(w.api('/audit?limit=50'));
    expect(audit.body).toContain('approval_circuit.created');
    expect(audit.body).toContain('approval_circuit.deleted');
  });

  it('runs a post through two steps (any, then all of a department) and schedules it', async () => {
    clock.set(T0);
    const w = await world(t);
    await createCircuit(w, [
      step([{ kind: 'member', id: w.bob.userId }], { name: 'Team' }),
      step([{ kind: 'department', id: w.legalId }], { name: 'Legal', rule: 'all' }),
    ]);
    const { postId, variantId } = await createPost(w, 'Our new plan is ready', in3days);

    const before = await approval(w.editor, w, postId);
    expect(before.data.status).toBe('draft');
    expect(before.can.submit).toBe(true);

    const submitted = await w.editor.post(w.api(`/posts/${postId}/submit`), {});
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(await variantStatus(t, w.ws, variantId)).toBe('pending_approval');
    let a = await approval(w.bob, w, postId);
    expect(a.data.status).toBe('in_review');
    expect(a.data.currentStep).toMatchObject({ name: 'Team', dueAt: '2026-12-01T13:00:00.000Z' });
    expect(a.data.currentStep!.timeLeftMs).toBe(4 * 3600_000);
    expect(a.data.waitingOn.map((p) => p.name)).toEqual(['Bob Approver']);
    expect(a.can.decide).toBe(true);
    expect(await notificationTypes(w.bob, w)).toContain('approval.requested');

    const inbox = await w.bob.get(w.api('/approvals/inbox'));
    expect(inbox.json<{ data: { postId: string; stepName: string }[] }>().data).toMatchObject([
      { postId, stepName: 'Team' },
    ]);
    expect((await w.cara.get(w.api('/approvals/inbox'))).json<{ data: unknown[] }>().data).toEqual([]);

    // Who may not decide: the editor's role, and someone who is not an approver of this step.
    expect((await w.editor.post(w.api(`/posts/${postId}/approve`), {})).statusCode).toBe(403);
    const notMine = await w.cara.post(w.api(`/posts/${postId}/approve`), {});
    expect(notMine.statusCode).toBe(409);
    expect(notMine.json<{ code: string }>().code).toBe('not_an_approver');

    clock.set('2026-12-01T10:30:00.000Z');
    expect((await w.bob.post(w.api(`/posts/${postId}/approve`), { comment: 'Fine by me' })).statusCode).toBe(
      200,
    );
    a = await approval(w.cara, w, postId);
    expect(a.data.currentStep?.name).toBe('Legal');
    expect(a.data.waitingOn.map((p) => p.name).sort()).toEqual(['Cara Legal', 'Dan Legal']);

    expect((await w.cara.post(w.api(`/posts/${postId}/approve`), {})).statusCode).toBe(200);
    const again = await w.cara.post(w.api(`/posts/${postId}/approve`), {});
    expect(again.json<{ code: string }>().code).toBe('already_approved');
    a = await approval(w.dan, w, postId);
    expect(a.data.status).toBe('in_review');
    expect(a.data.waitingOn.map((p) => p.name)).toEqual(['Dan Legal']);
    expect(await variantStatus(t, w.ws, variantId)).toBe('pending_approval');

    clock.set('2026-12-01T11:00:00.000Z');
    expect((await w.dan.post(w.api(`/posts/${postId}/approve`), {})).statusCode).toBe(200);
    a = await approval(w.editor, w, postId);
    expect(a.data.status).toBe('approved');
    expect(a.data.currentStep).toBeNull();
    // The author hears the outcome (in the app; by e-mail too by default).
    const notices = await w.editor.get(w.api('/notifications?limit=50'));
    expect(
      notices
        .json<{ data: { type: string; params: Record<string, string> }[] }>()
        .data.filter((n) => n.type === 'approval.decided')
        .map((n) => n.params.decision),
    ).toEqual(['approved']);
    expect(a.data.steps.map((s) => [s.stepName, s.outcome, s.decidedBy?.name])).toEqual([
      ['Team', 'approved', 'Bob Approver'],
      ['Legal', 'approved', 'Dan Legal'],
    ]);
    expect(a.data.timeline.map((e) => e.type)).toEqual(['submitted', 'approved', 'approved', 'approved']);
    expect(await variantStatus(t, w.ws, variantId)).toBe('scheduled');
    expect(await publishJobWaiting(t, variantId)).toBe(true);

    const comments = await w.editor.get(w.api(`/posts/${postId}/comments`));
    expect(comments.json<{ data: { text: string; author: { name: string } }[] }>().data).toMatchObject([
      { text: 'Fine by me', author: { name: 'Bob Approver' } },
    ]);

    const ind = await w.owner.get(w.api('/approvals/indicators?from=2026-12-01&to=2026-12-02&groupBy=step'));
    expect(ind.statusCode, ind.body).toBe(200);
    const data = ind.json<{
      data: {
        overall: { submitted: number; approved: number; cycle: { medianMs: number }; reworkRate: number };
        groups: { key: string; count: number; medianMs: number; shareWithinTarget: number }[];
      };
    }>().data;
    expect(data.overall).toMatchObject({ submitted: 1, approved: 1, reworkRate: 0 });
    expect(data.overall.cycle.medianMs).toBe(2 * 3600_000);
    expect(data.groups).toEqual([
      { key: 'Legal', label: 'Legal', count: 1, medianMs: 1800_000, p90Ms: 1800_000, shareWithinTarget: 1 },
      { key: 'Team', label: 'Team', count: 1, medianMs: 5400_000, p90Ms: 5400_000, shareWithinTarget: 1 },
    ]);
    const byDept = await w.owner.get(
      w.api('/approvals/indicators?from=2026-12-01&to=2026-12-02&groupBy=department'),
    );
    expect(byDept.json<{ data: { groups: { key: string }[] } }>().data.groups.map((g) => g.key)).toEqual(
      [w.legalId, 'none'].sort(),
    );
  });

  it('refuses self-approval, and sends requested changes back to the author with a new version on resubmit', async () => {
    clock.set(T0);
    const w = await world(t);
    await createCircuit(w, [
      step([
        { kind: 'member', id: w.bob.userId },
        { kind: 'member', id: w.editor.userId },
      ]),
    ]);
    const { postId, variantId } = await createPost(w, 'Our new plan is ready', in3days);
    await w.editor.post(w.api(`/posts/${postId}/submit`), {});
    const a = await approval(w.editor, w, postId);
    // The author is left out of the approvers, and the web is told they may not decide.
    expect(a.data.waitingOn.map((p) => p.name)).toEqual(['Bob Approver']);

    const changes = await w.bob.post(w.api(`/posts/${postId}/request-changes`), {
      comment: 'Say @ana-editor roadmap',
    });
    expect(changes.statusCode, changes.body).toBe(200);
    expect(await variantStatus(t, w.ws, variantId)).toBe('changes_requested');
    expect((await approval(w.editor, w, postId)).data.status).toBe('changes_requested');
    const noComment = await w.bob.post(w.api(`/posts/${postId}/reject`), {});
    expect(noComment.statusCode).toBe(400);

    // The editor edits (as the posts PATCH will, then calling onPostEdited) and resubmits.
    const { ApprovalsService } = await import('../../src/modules/approvals/approvals.service.js');
    const { PostsRepository } = await import('../../src/modules/publishing/scheduler/posts.repository.js');
    await new PostsRepository(t.ctx.database.db).updateVariant(
      w.ws,
      variantId,
      { text: 'Our new roadmap is ready' },
      clock.now().toISOString(),
    );
    await ApprovalsService.onPostEdited(t.ctx, w.ws, postId, w.editor.userId);
    expect((await w.editor.post(w.api(`/posts/${postId}/submit`), {})).statusCode).toBe(200);
    const b = await approval(w.bob, w, postId);
    expect(b.data).toMatchObject({ status: 'in_review', round: 2 });

    const versions = await w.editor.get(w.api(`/posts/${postId}/versions`));
    const list = versions.json<{ data: { id: string; number: number; reason: string }[] }>().data;
    expect(list.map((v) => [v.number, v.reason])).toEqual([
      [2, 'edited'],
      [1, 'submitted'],
    ]);
    const diff = await w.editor.get(w.api(`/posts/${postId}/versions/${list[0]!.id}/diff`));
    expect(diff.statusCode, diff.body).toBe(200);
    expect(
      diff.json<{ data: { variants: { change: string; text: unknown[] }[] } }>().data.variants,
    ).toMatchObject([
      {
        change: 'changed',
        text: [
          { op: 'equal', text: 'Our new ' },
          { op: 'delete', text: 'plan ' },
          { op: 'insert', text: 'roadmap ' },
          { op: 'equal', text: 'is ready' },
        ],
      },
    ]);

    // Approved, then edited again: back to step 1 and off the publishing queue.
    await w.bob.post(w.api(`/posts/${postId}/approve`), {});
    expect(await variantStatus(t, w.ws, variantId)).toBe('scheduled');
    await new PostsRepository(t.ctx.database.db).updateVariant(
      w.ws,
      variantId,
      { text: 'Our new roadmap is ready!' },
      clock.now().toISOString(),
    );
    await ApprovalsService.onPostEdited(t.ctx, w.ws, postId, w.editor.userId);
    expect((await approval(w.bob, w, postId)).data).toMatchObject({ status: 'in_review', round: 3 });
    expect(await variantStatus(t, w.ws, variantId)).toBe('pending_approval');
    expect(await publishJobWaiting(t, variantId)).toBe(false);

    const rejected = await w.bob.post(w.api(`/posts/${postId}/reject`), { comment: 'Not this week' });
    expect(rejected.statusCode).toBe(200);
    expect((await approval(w.editor, w, postId)).data.status).toBe('rejected');
    expect(await variantStatus(t, w.ws, variantId)).toBe('draft');
  });

  it('refuses that a member approves their own post, even when the circuit names them', async () => {
    clock.set(T0);
    const w = await world(t);
    await createCircuit(w, [
      step([
        { kind: 'member', id: w.owner.userId },
        { kind: 'member', id: w.bob.userId },
      ]),
    ]);
    const res = await w.owner.post(w.api('/posts'), {
      title: 'By the owner',
      variants: [{ accountId: w.accountId, text: 'Owner text' }],
    });
    const postId = res.json<{ data: { id: string } }>().data.id;
    await w.owner.post(w.api(`/posts/${postId}/submit`), {});
    const own = await w.owner.post(w.api(`/posts/${postId}/approve`), {});
    expect(own.statusCode).toBe(409);
    expect(own.json<{ code: string }>().code).toBe('self_approval');
    expect((await approval(w.owner, w, postId)).can.decide).toBe(false);
    expect((await w.bob.post(w.api(`/posts/${postId}/approve`), {})).statusCode).toBe(200);
  });

  it('counts two approvals sent at the same time on an "all" step', async () => {
    clock.set(T0);
    const w = await world(t);
    await createCircuit(w, [step([{ kind: 'department', id: w.legalId }], { rule: 'all' })]);
    const { postId } = await createPost(w, 'Simultaneous', in3days);
    await w.editor.post(w.api(`/posts/${postId}/submit`), {});
    const [c, d] = await Promise.all([
      w.cara.post(w.api(`/posts/${postId}/approve`), {}),
      w.dan.post(w.api(`/posts/${postId}/approve`), {}),
    ]);
    expect([c.statusCode, d.statusCode]).toEqual([200, 200]);
    expect((await approval(w.editor, w, postId)).data.status).toBe('approved');
  });

  it('notifies the members a comment @mentions', async () => {
    clock.set(T0);
    const w = await world(t);
    const { postId } = await createPost(w, 'Hello', null);
    const res = await w.editor.post(w.api(`/posts/${postId}/comments`), {
      text: 'What do you think @CaraLegal?',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<{ data: { mentions: { name: string }[] } }>().data.mentions).toEqual([
      { userId: w.cara.userId, name: 'Cara Legal' },
    ]);
    expect(await notificationTypes(w.cara, w)).toContain('mention');
    expect(await notificationTypes(w.dan, w)).not.toContain('mention');
  });

  it('releases a post no circuit governs, and lets the author skip an optional circuit only', async () => {
    clock.set(T0);
    const w = await world(t);
    const { postId, variantId } = await createPost(w, 'No circuit here', in3days);
    expect((await approval(w.editor, w, postId)).data.status).toBe('not_required');
    await w.editor.post(w.api(`/posts/${postId}/submit`), {});
    expect(await variantStatus(t, w.ws, variantId)).toBe('scheduled');

    const id = await createCircuit(w, [step([{ kind: 'member', id: w.bob.userId }])]);
    const second = await createPost(w, 'Second', null);
    const refused = await w.editor.post(w.api(`/posts/${second.postId}/submit`), { skip: true });
    expect(refused.json<{ code: string }>().code).toBe('approval_required');
    await w.owner.put(w.api(`/approval-circuits/${id}`), {
      name: 'Optional',
      required: false,
      steps: [step([{ kind: 'member', id: w.bob.userId }])],
    });
    expect((await w.editor.post(w.api(`/posts/${second.postId}/submit`), { skip: true })).statusCode).toBe(
      200,
    );
    expect(await variantStatus(t, w.ws, second.variantId)).toBe('approved');
  });
});

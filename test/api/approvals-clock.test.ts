import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import { requeueLostTimers } from '../../src/modules/approvals/approval-timers.js';
import { APPROVAL_TIMER_JOB } from '../../src/modules/approvals/approvals.jobs.js';
import { SqlJobQueue } from '../../src/modules/jobs/sql-job-queue.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import {
  approval,
  createCircuit,
  createPost,
  notificationTypes,
  publishJobWaiting,
  runDueTimers,
  step,
  variantStatus,
  world,
} from './approvals.support.js';

describe.each(DIALECTS)('approval clocks through the job queue on %s', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  const MON = '2026-01-12T08:00:00.000Z'; // Monday 09:00 in Paris

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
  });
  afterAll(async () => {
    await t.close();
  });

  it('reminds, then escalates to the backup at the breach, with timers that survive a restart', async () => {
    clock.set(MON);
    const w = await world(t);
    await createCircuit(w, [
      step([{ kind: 'member', id: w.bob.userId }], { escalateTo: { kind: 'member', id: w.backup.userId } }),
    ]);
    const { postId, variantId } = await createPost(w, 'Quarterly results', '2026-01-20T10:00:00.000Z');
    await w.editor.post(w.api(`/posts/${postId}/submit`), {});
    const a = await approval(w.bob, w, postId);
    // 4 business hours from Monday 09:00 Paris; the reminder an hour before.
    expect(a.data.currentStep).toMatchObject({
      reminderAt: '2026-01-12T11:00:00.000Z',
      dueAt: '2026-01-12T12:00:00.000Z',
      breached: false,
    });
    const waiting = await t.ctx.database.db
      .selectFrom('jobs')
      .select(['singleton_key', 'run_at'])
      .where('name', '=', APPROVAL_TIMER_JOB.name)
      .where('state', '=', 'waiting')
      .where('singleton_key', 'like', `${postId}:%`)
      .orderBy('run_at')
      .execute();
    expect(waiting.map((j) => [j.singleton_key, j.run_at])).toEqual([
      [`${postId}:r1:s0:reminder`, '2026-01-12T11:00:00.000Z'],
      [`${postId}:r1:s0:breach`, '2026-01-12T12:00:00.000Z'],
      [`${postId}:publication:2026-01-20T10:00:00.000Z`, '2026-01-20T10:00:00.000Z'],
    ]);

    // "Restart": a new queue and a new service over the same database pick the jobs up.
    const restarted = new SqlJobQueue(t.ctx.database.db, dialect, () => clock.now());
    clock.set('2026-01-12T10:59:00.000Z');
    expect(await runDueTimers(t, restarted)).toBe(0);
    clock.set('2026-01-12T11:00:00.000Z');
    expect(await runDueTimers(t, restarted)).toBe(1);
    expect(await notificationTypes(w.bob, w)).toEqual(['approval.requested', 'approval.reminder']);
    expect(await notificationTypes(w.backup, w)).toEqual([]);

    clock.set('2026-01-12T12:00:00.000Z');
    expect(await runDueTimers(t, restarted)).toBe(1);
    expect(await notificationTypes(w.backup, w)).toEqual(['approval.requested']);
    expect(await notificationTypes(w.editor, w)).toContain('approval.reminder');
    const breached = await approval(w.backup, w, postId);
    expect(breached.data.currentStep).toMatchObject({ breached: true, timeLeftMs: 0 });
    expect(breached.data.currentStep!.escalatedTo.map((p) => p.name)).toEqual(['Basil Backup']);
    expect(breached.can.decide).toBe(true);
    expect(breached.data.timeline.map((e) => e.type)).toEqual(['submitted', 'reminder', 'breach']);
    const inbox = await w.backup.get(w.api('/approvals/inbox'));
    expect(
      inbox.json<{ data: { postId: string; escalated: boolean; breached: boolean }[] }>().data,
    ).toMatchObject([{ postId, escalated: true, breached: true }]);

    expect((await w.backup.post(w.api(`/posts/${postId}/approve`), {})).statusCode).toBe(200);
    const done = await approval(w.editor, w, postId);
    expect(done.data.status).toBe('approved');
    expect(done.data.steps).toMatchObject([{ escalated: true, decidedBy: { name: 'Basil Backup' } }]);
    expect(await variantStatus(t, w.ws, variantId)).toBe('scheduled');

    // The publication check still runs at publication time and, the post being approved, changes nothing.
    clock.set('2026-01-20T10:00:00.000Z');
    expect(await runDueTimers(t, restarted)).toBe(1);
    expect((await approval(w.editor, w, postId)).data.status).toBe('approved');
  });

  it('counts the step clock in business hours across the spring daylight-saving change', async () => {
    clock.set('2026-03-27T15:00:00.000Z'); // Friday 16:00 in Paris (CET)
    const w = await world(t);
    await createCircuit(w, [step([{ kind: 'member', id: w.bob.userId }])]);
    const { postId } = await createPost(w, 'Spring', null);
    await w.editor.post(w.api(`/posts/${postId}/submit`), {});
    const a = await approval(w.bob, w, postId);
    // 2 h on Friday, then Monday 09:00 CEST (07:00Z) + 2 h.
    expect(a.data.currentStep).toMatchObject({
      reminderAt: '2026-03-30T08:00:00.000Z',
      dueAt: '2026-03-30T09:00:00.000Z',
    });
  });

  it('blocks publication of a post not approved by its time, tells its author, and releases it once approved', async () => {
    clock.set(MON);
    const w = await world(t);
    await createCircuit(w, [
      step([{ kind: 'member', id: w.bob.userId }], { targetMinutes: 60, reminderBeforeMinutes: null }),
    ]);
    const { postId, variantId } = await createPost(w, 'Flash sale', '2026-01-12T10:00:00.000Z');
    await w.editor.post(w.api(`/posts/${postId}/submit`), {});
    clock.set('2026-01-12T10:00:00.000Z');
    expect(await runDueTimers(t)).toBe(2); // the breach (09:00Z) and the publication check
    expect(await variantStatus(t, w.ws, variantId)).toBe('approval_overdue');
    expect(await publishJobWaiting(t, variantId)).toBe(false);
    const a = await approval(w.editor, w, postId);
    expect(a.data.status).toBe('approval_overdue');
    expect(await notificationTypes(w.editor, w)).toContain('approval.overdue');
    // The step stays open: a late approval approves it, but the time has passed, so nothing is queued.
    expect((await w.bob.post(w.api(`/posts/${postId}/approve`), {})).statusCode).toBe(200);
    expect((await approval(w.editor, w, postId)).data.status).toBe('approved');
    expect(await variantStatus(t, w.ws, variantId)).toBe('approved');
    expect(await publishJobWaiting(t, variantId)).toBe(false);
  });

  it('lifts "approval overdue" when the post gets a new time ahead, without restarting the review', async () => {
    clock.set(MON);
    const w = await world(t);
    await createCircuit(w, [
      step([{ kind: 'member', id: w.bob.userId }], { targetMinutes: 600, reminderBeforeMinutes: null }),
    ]);
    const { postId, variantId } = await createPost(w, 'Moved', '2026-01-12T10:00:00.000Z');
    await w.editor.post(w.api(`/posts/${postId}/submit`), {});
    clock.set('2026-01-12T10:00:00.000Z');
    expect(await runDueTimers(t)).toBe(1);
    expect(await variantStatus(t, w.ws, variantId)).toBe('approval_overdue');
    const { ApprovalsService } = await import('../../src/modules/approvals/approvals.service.js');
    const { PostsRepository } = await import('../../src/modules/publishing/scheduler/posts.repository.js');
    await new PostsRepository(t.ctx.database.db).updateVariant(
      w.ws,
      variantId,
      { scheduledAt: '2026-01-13T10:00:00.000Z' },
      clock.now().toISOString(),
    );
    await ApprovalsService.onPostRescheduled(t.ctx, w.ws, postId);
    const a = await approval(w.bob, w, postId);
    expect(a.data).toMatchObject({ status: 'in_review', round: 1 });
    expect(await variantStatus(t, w.ws, variantId)).toBe('pending_approval');
    await w.bob.post(w.api(`/posts/${postId}/approve`), {});
    expect(await variantStatus(t, w.ws, variantId)).toBe('scheduled');
    expect(await publishJobWaiting(t, variantId)).toBe(true);
  });

  it('re-queues a timer whose job was lost, once it is past due', async () => {
    clock.set(MON);
    const w = await world(t);
    await createCircuit(w, [step([{ kind: 'member', id: w.bob.userId }])]);
    const { postId } = await createPost(w, 'Lost timers', null);
    await w.editor.post(w.api(`/posts/${postId}/submit`), {});
    // A crash between saving the state and queueing its timers: the jobs are gone.
    await t.ctx.database.db
      .deleteFrom('jobs')
      .where('name', '=', APPROVAL_TIMER_JOB.name)
      .where('singleton_key', 'like', `${postId}:%`)
      .execute();
    clock.set('2026-01-12T11:00:00.000Z');
    expect(await runDueTimers(t)).toBe(0);
    expect(await requeueLostTimers(t.ctx)).toBe(0); // within the grace period
    clock.set('2026-01-12T11:06:00.000Z');
    expect(await requeueLostTimers(t.ctx)).toBe(1);
    expect(await requeueLostTimers(t.ctx)).toBe(0); // already waiting: the singleton key holds
    expect(await runDueTimers(t)).toBe(1);
    expect(await notificationTypes(w.bob, w)).toEqual(['approval.requested', 'approval.reminder']);
    expect(await requeueLostTimers(t.ctx)).toBe(0);
  });

  it('ignores a timer whose step has ended (a stale job is not an error)', async () => {
    clock.set(MON);
    const w = await world(t);
    await createCircuit(w, [step([{ kind: 'member', id: w.bob.userId }])]);
    const { postId } = await createPost(w, 'Stale', null);
    await w.editor.post(w.api(`/posts/${postId}/submit`), {});
    const { ApprovalsService } = await import('../../src/modules/approvals/approvals.service.js');
    const request = await t.ctx.database.db
      .selectFrom('approval_requests')
      .select('id')
      .where('post_id', '=', postId)
      .executeTakeFirstOrThrow();
    await w.bob.post(w.api(`/posts/${postId}/approve`), {});
    const r = await new ApprovalsService(t.ctx).fireTimer({
      workspaceId: w.ws,
      requestId: request.id,
      key: `${postId}:r1:s0:breach`,
      kind: 'breach',
    });
    expect(r?.ignored).toBe('stale_timer');
    expect(await notificationTypes(w.bob, w)).toEqual(['approval.requested']);
  });
});

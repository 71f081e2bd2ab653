import { expect } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import { APPROVAL_TIMER_JOB } from '../../src/modules/approvals/approvals.jobs.js';
import { ApprovalsService } from '../../src/modules/approvals/approvals.service.js';
import type { JobQueue } from '../../src/modules/jobs/job-queue.port.js';
import { ConnectedAccountsRepository } from '../../src/modules/publishing/scheduler/connected-accounts.repository.js';
import { type Client, MemoryMailer, signUp, type TestApp } from '../support/app.js';
import { addMember } from '../support/members.js';

// Shared set-up of the approvals API tests: a workspace with an editor, approvers, a legal department
// with two approvers, a backup, and a Mastodon account.

export interface ApprovalWorld {
  ws: string;
  owner: Client;
  editor: Client & { userId: string };
  bob: Client;
  cara: Client;
  dan: Client;
  backup: Client;
  legalId: string;
  accountId: string;
  api: (path: string) => string;
}

export async function world(t: TestApp): Promise<ApprovalWorld> {
  const clock = t.clock as ManualClock;
  const { client: owner, workspaceId: ws } = await signUp(t.app, { name: 'Olivia Owner' });
  const api = (path: string) => `/api/v1/workspaces/${ws}${path}`;
  const dept = await owner.post(api('/departments'), { name: `Legal ${newId().slice(-5)}` });
  expect(dept.statusCode, dept.body).toBe(201);
  const legalId = dept.json<{ data: { id: string } }>().data.id;
  const mailer = t.mailer as MemoryMailer;
  const editor = (await addMember(t.app, mailer, owner, ws, 'editor', { name: 'Ana Editor' })).client;
  const bob = (await addMember(t.app, mailer, owner, ws, 'approver', { name: 'Bob Approver' })).client;
  const cara = (
    await addMember(t.app, mailer, owner, ws, 'approver', { name: 'Cara Legal', departmentIds: [legalId] })
  ).client;
  const dan = (
    await addMember(t.app, mailer, owner, ws, 'approver', { name: 'Dan Legal', departmentIds: [legalId] })
  ).client;
  const backup = (await addMember(t.app, mailer, owner, ws, 'approver', { name: 'Basil Backup' })).client;
  const accountId = newId();
  await new ConnectedAccountsRepository(t.ctx.database.db, t.ctx.secrets).create({
    id: accountId,
    workspaceId: ws,
    network: 'mastodon',
    remoteId: `remote-${accountId}`,
    handle: `acme-${accountId.slice(-6)}`,
    displayName: null,
    avatarUrl: null,
    profileUrl: null,
    credentials: { token: 'x' },
    now: clock.now().toISOString(),
  });
  return { ws, owner, editor, bob, cara, dan, backup, legalId, accountId, api };
}

export function step(approvers: { kind: string; id: string }[], extra: Record<string, unknown> = {}) {
  return { name: 'Review', approvers, rule: 'any', targetMinutes: 240, reminderBeforeMinutes: 60, ...extra };
}

export async function createCircuit(w: ApprovalWorld, steps: unknown[], extra: Record<string, unknown> = {}) {
  const res = await w.owner.post(w.api('/approval-circuits'), { name: 'Standard', steps, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ data: { id: string } }>().data.id;
}

/** A post by the editor with one variant, optionally scheduled. */
export async function createPost(w: ApprovalWorld, text: string, scheduledAt: string | null) {
  const res = await w.editor.post(w.api('/posts'), {
    title: `Launch ${newId().slice(-5)}`,
    variants: [{ accountId: w.accountId, text, ...(scheduledAt ? { scheduledAt } : {}) }],
  });
  expect(res.statusCode, res.body).toBe(201);
  const data = res.json<{ data: { id: string; variants: { id: string }[] } }>().data;
  return { postId: data.id, variantId: data.variants[0]!.id };
}

export interface ApprovalJson {
  status: string;
  round: number;
  currentStep: {
    index: number;
    name: string;
    dueAt: string;
    reminderAt: string | null;
    timeLeftMs: number;
    breached: boolean;
    approvers: { id: string; name: string; approved: boolean }[];
    escalatedTo: { id: string; name: string }[];
  } | null;
  waitingOn: { kind: string; id: string; name: string }[];
  steps: {
    stepName: string;
    outcome: string | null;
    decidedBy: { name: string } | null;
    escalated: boolean;
  }[];
  timeline: { type: string; by: { name: string } | null; comment: string | null }[];
}

export async function approval(c: Client, w: ApprovalWorld, postId: string) {
  const res = await c.get(w.api(`/posts/${postId}/approval`));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ data: ApprovalJson; can: Record<string, boolean> }>();
}

export async function variantStatus(t: TestApp, ws: string, variantId: string) {
  const v = await t.ctx.database.db
    .selectFrom('post_variants')
    .select(['status', 'failure_code'])
    .where('workspace_id', '=', ws)
    .where('id', '=', variantId)
    .executeTakeFirstOrThrow();
  return v.status;
}

/** Whether a publish job waits for the variant. */
export async function publishJobWaiting(t: TestApp, variantId: string): Promise<boolean> {
  const row = await t.ctx.database.db
    .selectFrom('jobs')
    .select('id')
    .where('name', '=', 'publishing.publish-variant')
    .where('singleton_key', '=', variantId)
    .where('state', '=', 'waiting')
    .executeTakeFirst();
  return row !== undefined;
}

/** Runs the approval timers due now, as the worker would, on `queue` with a service built on it. */
export async function runDueTimers(t: TestApp, queue: JobQueue = t.ctx.queue): Promise<number> {
  const service = new ApprovalsService(t.ctx, queue);
  let n = 0;
  for (const job of await queue.fetch(APPROVAL_TIMER_JOB, { batchSize: 50 })) {
    await service.fireTimer(job.payload);
    await queue.complete(APPROVAL_TIMER_JOB, job.id);
    n += 1;
  }
  return n;
}

/** Notification types a member has received, oldest first. */
export async function notificationTypes(c: Client, w: ApprovalWorld): Promise<string[]> {
  const res = await c.get(w.api('/notifications?limit=50'));
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json<{ data: { type: string }[] }>()
    .data.map((n) => n.type)
    .reverse();
}

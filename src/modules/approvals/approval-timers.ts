import type { AppContext } from '../../app/context.js';
import type { JobQueue } from '../jobs/job-queue.port.js';
import { APPROVAL_TIMER_JOB } from './approvals.jobs.js';
import { ApprovalsRepository } from './approvals.repository.js';
import type { ApprovalState } from './engine/index.js';

/** The earliest timer still pending in a state, stored beside it so lost timers can be found. */
export function nextTimerAt(state: ApprovalState): string | null {
  return state.timers.map((t) => t.at).sort()[0] ?? null;
}

// A timer this late has missed its job (a crash between saving the state and queueing the job).
const GRACE_MS = 5 * 60_000;

/**
 * Re-queues the timers of requests whose earliest timer is past due by more than a grace period: a
 * timer that fired was removed from the state, so any still listed has lost its job (or waits for a
 * busy worker, in which case the singleton key makes sending it again a no-op, and a duplicate that
 * slips through fires as a stale timer and is ignored). Returns how many jobs were sent.
 */
export async function requeueLostTimers(ctx: AppContext, queue: JobQueue = ctx.queue): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - GRACE_MS).toISOString();
  let sent = 0;
  for (const row of await new ApprovalsRepository(ctx.database.db).listTimersDue(before)) {
    const state = JSON.parse(row.state) as ApprovalState;
    for (const t of state.timers.filter((x) => x.at <= before)) {
      const id = await queue.send(
        APPROVAL_TIMER_JOB,
        { workspaceId: row.workspace_id, requestId: row.id, key: t.key, kind: t.kind },
        { singletonKey: t.key, retryLimit: 5, backoffMs: 30_000 },
      );
      if (id) sent += 1;
    }
  }
  return sent;
}

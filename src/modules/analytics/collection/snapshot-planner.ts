import type { AppContext } from '../../../app/context.js';
import type { JobQueue } from '../../jobs/job-queue.port.js';
import { nextWake, SCHEDULE_DAYS } from './snapshot-schedule.js';
import { SNAPSHOT_JOB, SNAPSHOT_RETRY } from './snapshot.jobs.js';
import { SnapshotsRepository } from './snapshots.repository.js';

const DAY = 86_400_000;

/** The oldest publication still observed at `nowMs` (one day of slack past the last point). */
export function observationWindowStart(nowMs: number): string {
  return new Date(nowMs - (SCHEDULE_DAYS + 1) * DAY).toISOString();
}

/**
 * Queues the account's next snapshot job: at the earliest point any of its observed variants waits for.
 * Keyed by (account, point), so calling it again (publish, the periodic re-plan, the end of a job)
 * queues nothing new while that job waits. Returns the point, or null when nothing is left to observe.
 */
export async function planAccount(
  ctx: AppContext,
  workspaceId: string,
  accountId: string,
  queue: JobQueue = ctx.queue,
): Promise<string | null> {
  const now = ctx.clock.now().getTime();
  const variants = await new SnapshotsRepository(ctx.database.db).observedVariants(
    accountId,
    observationWindowStart(now),
  );
  const wakes = variants
    .map((v) =>
      nextWake(Date.parse(v.publishedAt), v.lastDueAt === null ? null : Date.parse(v.lastDueAt), now),
    )
    .filter((w): w is number => w !== null);
  if (wakes.length === 0) return null;
  const dueAt = new Date(Math.min(...wakes)).toISOString();
  await queue.send(
    SNAPSHOT_JOB,
    { workspaceId, accountId, dueAt },
    { runAt: new Date(dueAt), singletonKey: `${accountId}@${dueAt}`, ...SNAPSHOT_RETRY },
  );
  return dueAt;
}

/**
 * Called once a variant is published: plans its account's snapshots (the 1 h point first). A failure
 * here never touches the publication; the periodic re-plan catches up.
 */
export async function scheduleSnapshots(
  ctx: AppContext,
  variant: { workspaceId: string; accountId: string },
): Promise<void> {
  try {
    await planAccount(ctx, variant.workspaceId, variant.accountId);
  } catch (err) {
    ctx.logger.warn({ err, accountId: variant.accountId }, 'analytics: snapshots not planned');
  }
}

/**
 * Plans every account with a variant still in its observation window: covers lost jobs, accounts
 * reconnected after an outage and posts published before snapshots existed. Returns the accounts planned.
 */
export async function replanAll(ctx: AppContext, queue: JobQueue = ctx.queue): Promise<number> {
  const accounts = await new SnapshotsRepository(ctx.database.db).accountsWithRecentPosts(
    observationWindowStart(ctx.clock.now().getTime()),
  );
  let planned = 0;
  for (const a of accounts) {
    if ((await planAccount(ctx, a.workspaceId, a.accountId, queue)) !== null) planned += 1;
  }
  return planned;
}

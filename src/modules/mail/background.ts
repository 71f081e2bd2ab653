import type { AppContext } from '../../app/context.js';

// Work started after a request answers, per database handle, so tests (and a graceful stop) can wait
// for it instead of sleeping.
const inFlight = new WeakMap<object, Set<Promise<void>>>();

/**
 * Runs `work` once the current request has answered (next turn of the event loop), never awaited by
 * the caller; a failure is logged under `label`. Used where the answer must take the same time
 * whatever the work finds (password reset must not reveal who has an account).
 */
export function runInBackground(
  ctx: Pick<AppContext, 'database' | 'logger'>,
  label: string,
  work: () => Promise<unknown>,
): void {
  const key = ctx.database;
  const set = inFlight.get(key) ?? new Set<Promise<void>>();
  inFlight.set(key, set);
  const p: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
    .then(work)
    .then(() => undefined)
    .catch((err: unknown) => {
      ctx.logger.error(
        { err: err instanceof Error ? err.message : String(err), task: label },
        'background work failed',
      );
    })
    .finally(() => set.delete(p));
  set.add(p);
}

/** Waits until background work started on this database handle has finished. */
export async function settleBackgroundWork(database: object): Promise<void> {
  for (let set = inFlight.get(database); set && set.size > 0; set = inFlight.get(database)) {
    await Promise.allSettled([...set]);
  }
}

import type { AppContext } from '../app/context.js';

/** A periodic task of the worker role: what runs, how often. */
export interface PeriodicTask {
  name: string;
  everyMs: number;
  run(ctx: AppContext): Promise<void>;
}

/**
 * Runs periodic tasks until stopped. Each task runs at most once at a time; a failing run is logged and
 * retried at the next tick, never crashing the worker.
 */
export function startWorker(ctx: AppContext, tasks: PeriodicTask[]): { stop(): Promise<void> } {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<void>>();
  let stopped = false;
  for (const task of tasks) {
    let busy = false;
    const tick = () => {
      if (busy || stopped) return;
      busy = true;
      const p = task
        .run(ctx)
        .catch((err: unknown) => ctx.logger.error({ err, task: task.name }, 'periodic task failed'))
        .finally(() => {
          busy = false;
          running.delete(p);
        });
      running.add(p);
    };
    timers.push(setInterval(tick, task.everyMs));
    setImmediate(tick);
  }
  ctx.logger.info({ tasks: tasks.map((t) => t.name) }, 'worker started');
  return {
    stop: async () => {
      stopped = true;
      for (const t of timers) clearInterval(t);
      await Promise.allSettled([...running]);
    },
  };
}

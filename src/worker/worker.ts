import type { AppContext } from '../app/context.js';
import type { JobDefinition, JobQueue } from '../modules/jobs/job-queue.port.js';
import { JobRegistry } from '../modules/jobs/job-registry.js';

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

/** Registers the handlers of the durable queue (and runs what must happen before they consume). */
export type JobSetup = (ctx: AppContext, queue: JobQueue, registry: JobRegistry) => Promise<void>;

/**
 * Starts the durable job queue's consumers. Every job kind in `catalog` must get a handler from
 * `setup`, or the worker refuses to start (a job nobody consumes would wait forever).
 */
export async function startJobConsumers(
  ctx: AppContext,
  catalog: readonly JobDefinition<unknown>[],
  setup: JobSetup,
): Promise<{ queue: JobQueue; stop(): Promise<void> }> {
  // The context's queue: what the API sends in this process wakes these consumers at once.
  const queue = ctx.queue;
  await queue.start();
  try {
    const registry = new JobRegistry().declare(...catalog);
    await setup(ctx, queue, registry);
    await registry.start(queue);
  } catch (err) {
    await queue.stop();
    throw err;
  }
  ctx.logger.info({ queue: queue.kind, jobs: catalog.map((j) => j.name) }, 'job consumers started');
  return { queue, stop: () => queue.stop() };
}

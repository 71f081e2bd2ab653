import type { JobDefinition, JobHandler, JobQueue, WorkOptions } from './job-queue.port.js';

interface Registration {
  def: JobDefinition<unknown>;
  handler: JobHandler<unknown>;
  opts: WorkOptions;
}

/**
 * Job name → definition → handler. The worker declares every job kind the application sends and
 * registers a handler for each; `start` refuses to run when one is missing, so a job can never sit in
 * the queue with nobody to consume it.
 */
export class JobRegistry {
  readonly #defs = new Map<string, JobDefinition<unknown>>();
  readonly #handlers = new Map<string, Registration>();

  /** Declares job kinds that must have a handler. */
  declare(...defs: JobDefinition<unknown>[]): this {
    for (const def of defs) this.#defs.set(def.name, def);
    return this;
  }

  /** Registers the handler of a job kind (and declares it). */
  handle<P>(def: JobDefinition<P>, handler: JobHandler<P>, opts: WorkOptions = {}): this {
    if (this.#handlers.has(def.name)) throw new Error(`Job ${def.name} already has a handler`);
    this.#defs.set(def.name, def);
    this.#handlers.set(def.name, {
      def: def,
      handler: handler as JobHandler<unknown>,
      opts,
    });
    return this;
  }

  /** Names of declared job kinds without a handler. */
  missing(): string[] {
    return [...this.#defs.keys()].filter((name) => !this.#handlers.has(name)).sort();
  }

  /** Starts a consumer per handler; throws before starting any when a declared job has no handler. */
  async start(queue: JobQueue): Promise<void> {
    const missing = this.missing();
    if (missing.length > 0) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
    for (const r of this.#handlers.values()) await queue.work(r.def, r.handler, r.opts);
  }
}

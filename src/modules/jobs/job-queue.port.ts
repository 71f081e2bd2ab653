import type { z } from 'zod';

/**
 * The durable job queue behind a port: `SqlJobQueue` (a `jobs` table, SQLite and PostgreSQL) and
 * `PgBossJobQueue` (pg-boss on PostgreSQL) both pass `test/jobs/queue.contract.ts`.
 *
 * Delivery is at least once: a worker that dies mid-job loses its lease and another worker takes the
 * job again, so handlers must be idempotent (the publish scheduler is, through publish attempts).
 */

/** A kind of job: its name and the Zod schema its payload must satisfy. */
export interface JobDefinition<P> {
  readonly name: string;
  readonly schema: z.ZodType<P>;
}

/** Declares a job kind; the payload is validated when sent and again when consumed. */
export function defineJob<P>(name: string, schema: z.ZodType<P>): JobDefinition<P> {
  return { name, schema };
}

export interface SendOptions {
  /** When the job becomes due (default: now). */
  runAt?: Date;
  /**
   * While a job with this (name, key) waits to run, sending another is a no-op (returns null). Both
   * adapters guarantee it for waiting jobs; the SQL adapter also refuses while one is running.
   */
  singletonKey?: string;
  /** Retries after the first failure (default 3). */
  retryLimit?: number;
  /** Delay before retry n is `backoffMs × 2^(n-1)` (default 1000). */
  backoffMs?: number;
  /**
   * How long one run may take before the job counts as abandoned (its worker died) and another worker
   * takes it again (default 60 s; pg-boss rounds up to whole seconds and notices at its maintenance).
   */
  leaseMs?: number;
}

/** One job as a handler receives it. */
export interface Job<P> {
  id: string;
  name: string;
  payload: P;
  /** 1 on the first run; a job retried or taken again after a crash has a higher number. */
  attempt: number;
}

export type JobHandler<P> = (job: Job<P>) => Promise<void>;

export interface WorkOptions {
  /** Jobs claimed per round trip (default 50). */
  batchSize?: number;
  /** Handlers run at the same time in this process (default 1). */
  concurrency?: number;
  /** Wait between polls when nothing is due (default 1 s); `send` in the same process wakes early. */
  pollMs?: number;
}

/** A raw claim, for tests and callers that drive their own loop; settle each job with complete/fail. */
export interface FetchOptions {
  batchSize?: number;
}

export interface JobQueue {
  readonly kind: 'sql' | 'pg-boss';
  /** Creates what the queue needs (pg-boss schema, queues); idempotent. */
  start(): Promise<void>;
  /** Stops the consumers (waiting for running handlers) and releases connections. */
  stop(): Promise<void>;
  /** Enqueues a job; returns its id, or null when a pending job already holds the singleton key. */
  send<P>(def: JobDefinition<P>, payload: P, opts?: SendOptions): Promise<string | null>;
  /** Enqueues many jobs of one kind in few round trips; returns how many were created. */
  sendMany<P>(def: JobDefinition<P>, items: readonly { payload: P; opts?: SendOptions }[]): Promise<number>;
  /** Consumes jobs of one kind until `stop`. A handler that throws fails the job (retried per its options). */
  work<P>(def: JobDefinition<P>, handler: JobHandler<P>, opts?: WorkOptions): Promise<void>;
  /** Claims due jobs without running them. */
  fetch<P>(def: JobDefinition<P>, opts?: FetchOptions): Promise<Job<P>[]>;
  /** Marks a claimed job done. */
  complete(def: JobDefinition<unknown>, id: string): Promise<void>;
  /** Marks a claimed job failed: retried after its backoff, or failed for good past its retry limit. */
  fail(def: JobDefinition<unknown>, id: string, error: unknown): Promise<void>;
  /** Cancels a waiting job; true when it was still waiting. */
  cancel(def: JobDefinition<unknown>, id: string): Promise<boolean>;
  /** Cancels the waiting job holding a singleton key; true when there was one. */
  cancelBySingletonKey(def: JobDefinition<unknown>, key: string): Promise<boolean>;
  /** The state of a job, for tests and diagnostics; null once a completed job was purged. */
  state(def: JobDefinition<unknown>, id: string): Promise<JobState | null>;
}

export type JobState = 'waiting' | 'active' | 'completed' | 'failed' | 'cancelled';

/** Delay before retry `attempt` (1-based) with exponential backoff, capped at one hour. */
export function backoffDelay(backoffMs: number, attempt: number): number {
  return Math.min(backoffMs * 2 ** Math.max(0, attempt - 1), 3600_000);
}

/** A short, safe text of an error for the job row. */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.slice(0, 1000);
}

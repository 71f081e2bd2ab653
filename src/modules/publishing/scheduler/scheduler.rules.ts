import { isConnectorError, type ConnectorError } from '../connectors/connector.errors.js';
import type { HealthStatus } from '../connectors/connector.port.js';
import type { AttemptOutcome, FailureCode, MissedPostPolicy, VariantStatus } from './publishing.types.js';

/** The scheduler's tunables; the defaults suit real networks, tests and the benchmark shrink them. */
export interface RetryPolicy {
  /** Network calls per variant before giving up on transient errors. */
  maxAttempts: number;
  /** First retry delay; doubled each attempt, capped by `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Wait after a rate limit that gave no Retry-After. */
  defaultRateLimitMs: number;
  /**
   * An attempt still open after this long belongs to a dead worker (longer than the connector's
   * 30 s timeout); a younger one may still be in flight and is left alone.
   */
  staleAttemptMs: number;
  /** Published later than this after `scheduled_at` counts as late (shown to the user). */
  lateAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  defaultRateLimitMs: 60_000,
  staleAttemptMs: 120_000,
  lateAfterMs: 5 * 60_000,
};

export interface VariantState {
  status: VariantStatus;
  scheduledAt: string | null;
}
export interface AccountState {
  healthStatus: HealthStatus;
  rateLimitedUntil: string | null;
}
export interface LastAttempt {
  number: number;
  startedAt: string;
  finishedAt: string | null;
  outcome: AttemptOutcome | null;
}

/** What to do with a variant whose publish job came up. */
export type PublishDecision =
  | { kind: 'skip' }
  | { kind: 'later'; at: Date; why: 'not_due' | 'rate_limited' | 'in_flight' }
  | { kind: 'account_needs_reconnect' }
  | { kind: 'retries_exhausted' }
  /** The previous attempt's outcome is unknown: ask the network before publishing again. */
  | { kind: 'publish'; resolveFirst: boolean; attemptNumber: number };

/** Decides, from stored state only, whether and how to publish a variant now. */
export function decideBeforePublish(
  variant: VariantState,
  account: AccountState,
  last: LastAttempt | null,
  now: Date,
  policy: RetryPolicy,
): PublishDecision {
  if (variant.status !== 'scheduled' && variant.status !== 'publishing') return { kind: 'skip' };
  if (variant.scheduledAt === null) return { kind: 'skip' };
  const due = new Date(variant.scheduledAt);
  if (variant.status === 'scheduled' && due > now) return { kind: 'later', at: due, why: 'not_due' };
  if (last && last.finishedAt === null) {
    const staleAt = new Date(new Date(last.startedAt).getTime() + policy.staleAttemptMs);
    if (staleAt > now) return { kind: 'later', at: staleAt, why: 'in_flight' };
  }
  if (account.healthStatus === 'needs_reconnect') return { kind: 'account_needs_reconnect' };
  if (account.rateLimitedUntil !== null && new Date(account.rateLimitedUntil) > now) {
    return { kind: 'later', at: new Date(account.rateLimitedUntil), why: 'rate_limited' };
  }
  // Also ask when the last attempt succeeded but the variant is not marked published: the worker died
  // between the two writes, and publishing again would post twice.
  const resolveFirst =
    last !== null &&
    (last.finishedAt === null ||
      last.outcome === 'unknown' ||
      last.outcome === 'published' ||
      last.outcome === 'found_published');
  const number = (last?.number ?? 0) + 1;
  // An unknown outcome is always resolved, even past the limit: it may have been published.
  if (!resolveFirst && number > policy.maxAttempts) return { kind: 'retries_exhausted' };
  return { kind: 'publish', resolveFirst, attemptNumber: number };
}

/** What to do after a network call failed. */
export type ErrorDecision =
  | { kind: 'retry'; at: Date; outcome: AttemptOutcome; rateLimitUntil: Date | null }
  | { kind: 'fail'; outcome: AttemptOutcome; code: FailureCode; reason: string }
  | { kind: 'flag_account'; outcome: AttemptOutcome; reason: string };

/** Delay before the retry that follows attempt `attemptNumber` (1-based): exponential, capped. */
export function retryDelayMs(attemptNumber: number, policy: RetryPolicy): number {
  return Math.min(policy.baseDelayMs * 2 ** Math.max(0, attemptNumber - 1), policy.maxDelayMs);
}

/** Maps a failed call (any thrown value) to a decision; anything unexpected is an unknown outcome. */
export function decideAfterError(
  err: unknown,
  attemptNumber: number,
  now: Date,
  policy: RetryPolicy,
): ErrorDecision {
  const t = now.getTime();
  if (!isConnectorError(err)) {
    // A bug or a crash inside the call: we cannot know whether the post went out.
    return {
      kind: 'retry',
      at: new Date(t + retryDelayMs(1, policy)),
      outcome: 'unknown',
      rateLimitUntil: null,
    };
  }
  const e: ConnectorError = err;
  const exhausted = attemptNumber >= policy.maxAttempts;
  switch (e.kind) {
    case 'auth':
      return {
        kind: 'flag_account',
        outcome: 'auth',
        reason: `The network rejected the account's credentials: ${e.message}`,
      };
    case 'invalid_content':
      return {
        kind: 'fail',
        outcome: 'invalid_content',
        code: e.code,
        reason: `The network refused this content: ${e.message}`,
      };
    case 'not_found':
      return {
        kind: 'fail',
        outcome: 'not_found',
        code: e.code,
        reason: `The network could not find what this post needs: ${e.message}`,
      };
    case 'unknown_outcome':
      // Always retried: the next run asks the network first, so this never duplicates.
      return {
        kind: 'retry',
        at: new Date(t + retryDelayMs(1, policy)),
        outcome: 'unknown',
        rateLimitUntil: null,
      };
    case 'rate_limited': {
      const until = new Date(t + (e.retryAfterMs ?? policy.defaultRateLimitMs));
      if (exhausted)
        return {
          kind: 'fail',
          outcome: 'rate_limited',
          code: 'retries_exhausted',
          reason: `Still rate limited after ${attemptNumber} attempts: ${e.message}`,
        };
      return { kind: 'retry', at: until, outcome: 'rate_limited', rateLimitUntil: until };
    }
    case 'transient': {
      if (exhausted)
        return {
          kind: 'fail',
          outcome: 'transient',
          code: 'retries_exhausted',
          reason: `The network kept failing (${attemptNumber} attempts): ${e.message}`,
        };
      // A Retry-After on a 503 is honoured when it asks for longer than our backoff.
      const delay = Math.max(retryDelayMs(attemptNumber, policy), e.retryAfterMs ?? 0);
      return { kind: 'retry', at: new Date(t + delay), outcome: 'transient', rateLimitUntil: null };
    }
  }
}

/** True when publishing at `publishedAt` is late for `scheduledAt` (shown, never silent). */
export function isLate(scheduledAt: string | null, publishedAt: Date, policy: RetryPolicy): boolean {
  return scheduledAt !== null && publishedAt.getTime() - new Date(scheduledAt).getTime() > policy.lateAfterMs;
}

/**
 * At worker start, for a variant still `scheduled` whose time passed before the worker came up:
 * publish it (it will be marked late) or flag it for the user, per the workspace's policy. Variants
 * already `publishing` were claimed by a worker that died: they always complete (the attempt
 * record makes that safe).
 */
export function decideMissed(
  status: VariantStatus,
  scheduledAt: string,
  startedAt: Date,
  policy: MissedPostPolicy,
  retry: RetryPolicy,
): 'publish' | 'flag' | 'leave' {
  if (status === 'publishing') return 'publish';
  if (status !== 'scheduled') return 'leave';
  const overdue = startedAt.getTime() - new Date(scheduledAt).getTime() > retry.lateAfterMs;
  if (!overdue) return 'publish';
  return policy === 'flag' ? 'flag' : 'publish';
}

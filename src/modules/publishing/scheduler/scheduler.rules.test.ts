import { describe, expect, it } from 'vitest';
import { ConnectorError } from '../connectors/connector.errors.js';
import {
  DEFAULT_RETRY_POLICY as P,
  decideAfterError,
  decideBeforePublish,
  decideMissed,
  isLate,
  retryDelayMs,
} from './scheduler.rules.js';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const ok = { healthStatus: 'valid' as const, rateLimitedUntil: null };
const due = { status: 'scheduled' as const, scheduledAt: '2026-03-02T09:59:00.000Z' };
const err = (kind: ConstructorParameters<typeof ConnectorError>[0], retryAfterMs?: number) =>
  new ConnectorError(kind, kind, { code: `c_${kind}`, retryAfterMs: retryAfterMs ?? null });

describe('decideBeforePublish', () => {
  it('publishes a due scheduled variant as attempt 1', () => {
    expect(decideBeforePublish(due, ok, null, NOW, P)).toEqual({
      kind: 'publish',
      resolveFirst: false,
      attemptNumber: 1,
    });
  });
  it('skips variants that are not scheduled or publishing', () => {
    for (const status of ['draft', 'published', 'cancelled', 'failed', 'pending_approval'] as const) {
      expect(decideBeforePublish({ ...due, status }, ok, null, NOW, P).kind).toBe('skip');
    }
  });
  it('waits for a variant scheduled later', () => {
    const at = '2026-03-02T11:00:00.000Z';
    expect(decideBeforePublish({ ...due, scheduledAt: at }, ok, null, NOW, P)).toEqual({
      kind: 'later',
      at: new Date(at),
      why: 'not_due',
    });
  });
  it('resolves an attempt left open by a dead worker before publishing again', () => {
    const open = { number: 1, startedAt: '2026-03-02T09:50:00.000Z', finishedAt: null, outcome: null };
    expect(decideBeforePublish({ ...due, status: 'publishing' }, ok, open, NOW, P)).toEqual({
      kind: 'publish',
      resolveFirst: true,
      attemptNumber: 2,
    });
  });
  it('leaves alone an attempt that may still be in flight', () => {
    const open = { number: 1, startedAt: '2026-03-02T09:59:30.000Z', finishedAt: null, outcome: null };
    const d = decideBeforePublish({ ...due, status: 'publishing' }, ok, open, NOW, P);
    expect(d).toMatchObject({ kind: 'later', why: 'in_flight' });
  });
  it('resolves an unknown outcome even past the attempt limit', () => {
    const last = {
      number: 9,
      startedAt: '2026-03-02T09:00:00.000Z',
      finishedAt: '2026-03-02T09:00:30.000Z',
      outcome: 'unknown' as const,
    };
    expect(decideBeforePublish({ ...due, status: 'publishing' }, ok, last, NOW, P)).toMatchObject({
      kind: 'publish',
      resolveFirst: true,
    });
  });
  it('asks the network when the last attempt succeeded but the variant was never marked published', () => {
    const last = {
      number: 1,
      startedAt: '2026-03-02T09:50:00.000Z',
      finishedAt: '2026-03-02T09:50:01.000Z',
      outcome: 'published' as const,
    };
    expect(decideBeforePublish({ ...due, status: 'publishing' }, ok, last, NOW, P)).toMatchObject({
      kind: 'publish',
      resolveFirst: true,
    });
  });
  it('gives up after the attempt limit', () => {
    const last = {
      number: P.maxAttempts,
      startedAt: '2026-03-02T09:00:00.000Z',
      finishedAt: '2026-03-02T09:00:01.000Z',
      outcome: 'transient' as const,
    };
    expect(decideBeforePublish({ ...due, status: 'publishing' }, ok, last, NOW, P).kind).toBe(
      'retries_exhausted',
    );
  });
  it('honours the account rate limit and its health', () => {
    const until = '2026-03-02T10:05:00.000Z';
    expect(decideBeforePublish(due, { ...ok, rateLimitedUntil: until }, null, NOW, P)).toEqual({
      kind: 'later',
      at: new Date(until),
      why: 'rate_limited',
    });
    expect(decideBeforePublish(due, { ...ok, healthStatus: 'needs_reconnect' }, null, NOW, P).kind).toBe(
      'account_needs_reconnect',
    );
  });
});

describe('decideAfterError', () => {
  it('retries transient errors with exponential backoff, then fails', () => {
    const d1 = decideAfterError(err('transient'), 1, NOW, P);
    const d2 = decideAfterError(err('transient'), 2, NOW, P);
    expect(d1).toMatchObject({
      kind: 'retry',
      outcome: 'transient',
      at: new Date(NOW.getTime() + P.baseDelayMs),
    });
    expect(d2).toMatchObject({ kind: 'retry', at: new Date(NOW.getTime() + 2 * P.baseDelayMs) });
    expect(decideAfterError(err('transient'), P.maxAttempts, NOW, P)).toMatchObject({
      kind: 'fail',
      code: 'retries_exhausted',
    });
  });
  it('honours Retry-After on rate limits and on transient errors', () => {
    expect(decideAfterError(err('rate_limited', 120_000), 1, NOW, P)).toMatchObject({
      kind: 'retry',
      outcome: 'rate_limited',
      at: new Date(NOW.getTime() + 120_000),
      rateLimitUntil: new Date(NOW.getTime() + 120_000),
    });
    expect(decideAfterError(err('transient', 600_000), 1, NOW, P)).toMatchObject({
      at: new Date(NOW.getTime() + 600_000),
    });
  });
  it('flags the account on auth errors and fails on refused content', () => {
    expect(decideAfterError(err('auth'), 1, NOW, P)).toMatchObject({ kind: 'flag_account', outcome: 'auth' });
    expect(decideAfterError(err('invalid_content'), 1, NOW, P)).toMatchObject({
      kind: 'fail',
      code: 'c_invalid_content',
    });
  });
  it('treats unknown outcomes and unexpected errors as unknown (resolved before any retry)', () => {
    expect(decideAfterError(err('unknown_outcome'), 5, NOW, P)).toMatchObject({
      kind: 'retry',
      outcome: 'unknown',
    });
    expect(decideAfterError(new TypeError('bug'), 1, NOW, P)).toMatchObject({
      kind: 'retry',
      outcome: 'unknown',
    });
  });
  it('caps the backoff', () => {
    expect(retryDelayMs(30, P)).toBe(P.maxDelayMs);
  });
});

describe('missed posts and lateness', () => {
  const start = new Date('2026-03-02T10:00:00.000Z');
  it('flags or publishes variants that fell due while down, per the policy', () => {
    expect(decideMissed('scheduled', '2026-03-02T08:00:00.000Z', start, 'flag', P)).toBe('flag');
    expect(decideMissed('scheduled', '2026-03-02T08:00:00.000Z', start, 'publish_late', P)).toBe('publish');
  });
  it('publishes variants only just due, and always completes claimed ones', () => {
    expect(decideMissed('scheduled', '2026-03-02T09:59:00.000Z', start, 'flag', P)).toBe('publish');
    expect(decideMissed('publishing', '2026-03-02T08:00:00.000Z', start, 'flag', P)).toBe('publish');
    expect(decideMissed('draft', '2026-03-02T08:00:00.000Z', start, 'flag', P)).toBe('leave');
  });
  it('marks publication late past the grace period', () => {
    expect(isLate('2026-03-02T09:00:00.000Z', start, P)).toBe(true);
    expect(isLate('2026-03-02T09:58:00.000Z', start, P)).toBe(false);
  });
});

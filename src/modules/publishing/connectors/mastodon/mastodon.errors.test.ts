import { describe, expect, it } from 'vitest';
import { OutboundRequestError } from '../http.js';
import { mapMastodonFailure, mapMastodonThrown, mastodonRetryAfterMs } from './mastodon.errors.js';

const read = { write: false, secrets: ['s3cr3t-token'] };
const write = { write: true, secrets: ['s3cr3t-token'] };
const failure = (status: number, error: string | null = null) => ({
  status,
  error,
  description: null,
  retryAfterMs: null,
});

describe('mastodon errors', () => {
  it('maps statuses to what the scheduler does next', () => {
    expect(mapMastodonFailure(failure(401, 'The access token is invalid'), read).kind).toBe('auth');
    expect(mapMastodonFailure(failure(403, 'Your login is currently disabled'), read)).toMatchObject({
      kind: 'auth',
      code: 'account_suspended',
    });
    expect(
      mapMastodonFailure(failure(403, 'This action is outside the authorized scopes'), read),
    ).toMatchObject({
      kind: 'auth',
      code: 'insufficient_scope',
    });
    expect(mapMastodonFailure(failure(403, 'This action is not allowed'), write).kind).toBe(
      'invalid_content',
    );
    expect(mapMastodonFailure(failure(404, 'Record not found'), read).kind).toBe('not_found');
    expect(mapMastodonFailure(failure(422, "Validation failed: Text can't be blank"), write).kind).toBe(
      'invalid_content',
    );
    expect(mapMastodonFailure({ ...failure(429), retryAfterMs: 1200 }, write)).toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 1200,
    });
    expect(mapMastodonFailure(failure(500), write).kind).toBe('unknown_outcome');
    expect(mapMastodonFailure(failure(503), write).kind).toBe('transient');
    expect(mapMastodonFailure(failure(502), read).kind).toBe('transient');
  });

  it('tells a lost write from a request that never left', () => {
    expect(mapMastodonThrown(new OutboundRequestError(true, 'UND_ERR_SOCKET', 'POST'), write).kind).toBe(
      'unknown_outcome',
    );
    expect(mapMastodonThrown(new OutboundRequestError(false, 'ECONNREFUSED', 'POST'), write).kind).toBe(
      'transient',
    );
    expect(mapMastodonThrown(new OutboundRequestError(true, 'UND_ERR_SOCKET', 'GET'), read).kind).toBe(
      'transient',
    );
  });

  it('reads the rate-limit reset date, and keeps the token out of the raw error', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(mastodonRetryAfterMs(new Headers({ 'x-ratelimit-reset': '2026-01-01T00:00:30.000Z' }), now)).toBe(
      30_000,
    );
    expect(mastodonRetryAfterMs(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(mastodonRetryAfterMs(new Headers(), now)).toBeNull();
    const err = mapMastodonFailure(
      { ...failure(401, 'bad token s3cr3t-token'), description: 'token s3cr3t-token' },
      read,
    );
    expect(JSON.stringify(err)).not.toContain('s3cr3t-token');
  });
});

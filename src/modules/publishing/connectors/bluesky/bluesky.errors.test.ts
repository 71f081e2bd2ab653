import { XRPCError } from '@atproto/api';
import { describe, expect, it } from 'vitest';
import { OutboundRequestError } from '../http.js';
import { mapBlueskyError } from './bluesky.errors.js';

const read = { write: false, secrets: ['app-pass-1234'] };
const write = { write: true, secrets: [] };

describe('mapBlueskyError', () => {
  it('maps rejected credentials, suspended and deactivated accounts to auth', () => {
    expect(
      mapBlueskyError(new XRPCError(401, 'AuthenticationRequired', 'Invalid identifier or password'), read),
    ).toMatchObject({
      kind: 'auth',
      code: 'credentials_rejected',
    });
    expect(mapBlueskyError(new XRPCError(400, 'ExpiredToken', 'Token has expired'), read).kind).toBe('auth');
    expect(
      mapBlueskyError(new XRPCError(400, 'AccountTakedown', 'Account has been taken down'), read).code,
    ).toBe('account_suspended');
    expect(
      mapBlueskyError(new XRPCError(400, 'AccountDeactivated', 'Account is deactivated'), read).code,
    ).toBe('account_deactivated');
  });

  it('maps 429 to rate_limited with the wait from RateLimit-Reset', () => {
    const reset = String(Math.floor(Date.now() / 1000) + 30);
    const err = mapBlueskyError(
      new XRPCError(429, 'RateLimitExceeded', 'Rate Limit Exceeded', { 'ratelimit-reset': reset }),
      read,
    );
    expect(err.kind).toBe('rate_limited');
    expect(err.retryAfterMs).toBeGreaterThan(25_000);
    expect(err.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('maps missing records to not_found and refused content to invalid_content', () => {
    expect(mapBlueskyError(new XRPCError(400, 'RecordNotFound', 'Could not locate record'), read).kind).toBe(
      'not_found',
    );
    expect(mapBlueskyError(new XRPCError(400, 'InvalidRequest', 'Profile not found'), read).kind).toBe(
      'not_found',
    );
    expect(mapBlueskyError(new XRPCError(400, 'InvalidRequest', 'grapheme too big'), write).kind).toBe(
      'invalid_content',
    );
  });

  it('tells a lost write (unknown outcome) from a request that never left (transient)', () => {
    const lost = new XRPCError(1, undefined, 'fetch failed', undefined, {
      cause: new OutboundRequestError(true, 'UND_ERR_SOCKET', 'POST'),
    });
    const refused = new XRPCError(1, undefined, 'fetch failed', undefined, {
      cause: new OutboundRequestError(false, 'ECONNREFUSED', 'POST'),
    });
    expect(mapBlueskyError(lost, write).kind).toBe('unknown_outcome');
    expect(mapBlueskyError(lost, read).kind).toBe('transient');
    expect(mapBlueskyError(refused, write).kind).toBe('transient');
    expect(mapBlueskyError(new XRPCError(500, 'InternalServerError', 'oops'), write).kind).toBe(
      'unknown_outcome',
    );
    expect(mapBlueskyError(new XRPCError(503, 'NotEnoughResources', 'busy'), write).kind).toBe('transient');
    expect(mapBlueskyError(new XRPCError(502, 'UpstreamFailure', 'oops'), read).kind).toBe('transient');
  });

  it('redacts the account secrets from the raw error', () => {
    const err = mapBlueskyError(new XRPCError(400, 'InvalidRequest', 'bad app-pass-1234 here'), read);
    expect(JSON.stringify(err)).not.toContain('app-pass-1234');
  });
});

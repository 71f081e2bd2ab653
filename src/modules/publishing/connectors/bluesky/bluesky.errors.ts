import { XRPCError } from '@atproto/api';
import { ConnectorError, rawError } from '../connector.errors.js';
import { OutboundRequestError, retryAfterMs } from '../http.js';

// XRPC errors (and lost connections) → ConnectorError. Error names come from the atproto lexicons and
// the PDS (`com.atproto.server.createSession`, `refreshSession`, `repo.*`). Some "not found" answers
// carry only a generic InvalidRequest name (getProfile: "Profile not found"), hence the message test.

const AUTH_ERRORS = new Set([
  'AuthenticationRequired',
  'ExpiredToken',
  'InvalidToken',
  'AuthFactorTokenRequired',
]);
const NOT_FOUND_ERRORS = new Set([
  'RecordNotFound',
  'NotFound',
  'RepoNotFound',
  'ActorNotFound',
  'BlobNotFound',
]);

/** Maps anything a Bluesky call threw; `write` says whether the call may have changed something. */
export function mapBlueskyError(
  err: unknown,
  ctx: { write: boolean; secrets: readonly string[] },
): ConnectorError {
  if (err instanceof ConnectorError) return err;
  const lost = findOutbound(err);
  if (lost) {
    const raw = rawError(null, lost.code, lost.message, ctx.secrets);
    return ctx.write && lost.sent
      ? new ConnectorError('unknown_outcome', 'The connection to Bluesky was lost before it answered', {
          code: 'response_lost',
          raw,
        })
      : new ConnectorError('transient', 'Bluesky could not be reached', { code: 'network_unreachable', raw });
  }
  if (!(err instanceof XRPCError)) {
    const message = err instanceof Error ? err.message : String(err);
    const raw = rawError(null, err instanceof Error ? err.name : null, message, ctx.secrets);
    return ctx.write
      ? new ConnectorError('unknown_outcome', 'Bluesky failed in an unexpected way', {
          code: 'unexpected',
          raw,
        })
      : new ConnectorError('transient', 'Bluesky failed in an unexpected way', { code: 'unexpected', raw });
  }
  // The XRPC ResponseType enum holds HTTP statuses (and 1 = no response); compare them as numbers.
  const status: number = err.status;
  const raw = rawError(status, err.error ?? null, err.message ?? null, ctx.secrets);
  if (err.error === 'AccountTakedown') {
    return new ConnectorError('auth', 'The Bluesky account is suspended', { code: 'account_suspended', raw });
  }
  if (err.error === 'AccountDeactivated') {
    return new ConnectorError('auth', 'The Bluesky account is deactivated', {
      code: 'account_deactivated',
      raw,
    });
  }
  if (status === 401 || AUTH_ERRORS.has(err.error)) {
    return new ConnectorError('auth', 'Bluesky rejected the credentials', {
      code: 'credentials_rejected',
      raw,
    });
  }
  if (status === 429) {
    return new ConnectorError('rate_limited', 'Bluesky is limiting the rate of requests', {
      code: 'rate_limited',
      retryAfterMs: err.headers ? retryAfterMs(err.headers) : null,
      raw,
    });
  }
  if (
    NOT_FOUND_ERRORS.has(err.error) ||
    (status === 400 && /could not (locate|find)|not found/i.test(err.message))
  ) {
    return new ConnectorError('not_found', 'Bluesky has no such post or account', { code: 'not_found', raw });
  }
  if (status === 400 || status === 403 || status === 413 || status === 415) {
    return new ConnectorError('invalid_content', 'Bluesky refused the content', {
      code: 'rejected_by_network',
      raw,
    });
  }
  if (status >= 500 || status === 1) {
    // 1 = no response. A 5xx on a write means the server got it: we cannot tell whether it applied.
    return ctx.write && status !== 503
      ? new ConnectorError('unknown_outcome', 'Bluesky failed while handling the request', {
          code: 'server_error',
          raw,
        })
      : new ConnectorError('transient', 'Bluesky is temporarily unavailable', { code: 'server_error', raw });
  }
  return ctx.write
    ? new ConnectorError('unknown_outcome', 'Bluesky answered in an unexpected way', {
        code: 'unexpected',
        raw,
      })
    : new ConnectorError('transient', 'Bluesky answered in an unexpected way', { code: 'unexpected', raw });
}

function findOutbound(err: unknown): OutboundRequestError | null {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e; depth++) {
    if (e instanceof OutboundRequestError) return e;
    e = e instanceof Error ? (e as Error & { cause?: unknown }).cause : null;
  }
  return null;
}

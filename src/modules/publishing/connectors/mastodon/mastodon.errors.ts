import { ConnectorError, rawError } from '../connector.errors.js';
import { OutboundRequestError } from '../http.js';

// Mastodon answers errors as `{ "error": "…", "error_description"?: "…" }` with the HTTP status
// carrying the meaning (docs.joinmastodon.org/entities/Error): 401 bad or revoked token, 403 account
// disabled or action forbidden, 404 no such record (or not visible to us), 422 validation failed,
// 429 rate limited (X-RateLimit-Reset is an ISO 8601 date), 5xx server trouble.

/** What a failed Mastodon response carried, read before mapping. */
export interface MastodonFailure {
  status: number;
  error: string | null;
  description: string | null;
  /** X-RateLimit-Reset (ISO date) or Retry-After, turned into a wait from `now`. */
  retryAfterMs: number | null;
}

/** Milliseconds until Mastodon's X-RateLimit-Reset (an ISO date), or Retry-After when present. */
export function mastodonRetryAfterMs(headers: Headers, now: number): number | null {
  const after = headers.get('retry-after');
  if (after && Number.isFinite(Number(after))) return Math.max(0, Number(after) * 1000);
  const reset = headers.get('x-ratelimit-reset');
  if (reset) {
    const at = Date.parse(reset);
    if (Number.isFinite(at)) return Math.max(0, at - now);
  }
  return null;
}

/** Maps a Mastodon error response; `write` says whether the request may have changed something. */
export function mapMastodonFailure(
  failure: MastodonFailure,
  ctx: { write: boolean; secrets: readonly string[] },
): ConnectorError {
  const { status } = failure;
  const raw = rawError(status, failure.error, failure.description ?? failure.error, ctx.secrets);
  if (status === 401) {
    return new ConnectorError('auth', 'Mastodon rejected the access token', {
      code: 'credentials_rejected',
      raw,
    });
  }
  if (status === 403 && /disabled|suspended|not approved|confirm/i.test(failure.error ?? '')) {
    return new ConnectorError('auth', 'The Mastodon account is disabled or suspended', {
      code: 'account_suspended',
      raw,
    });
  }
  if (status === 403 && /outside the authorized scopes/i.test(failure.error ?? '')) {
    // The token works but was granted too little (Presence needs read and write): reconnecting fixes it.
    return new ConnectorError('auth', 'The Mastodon token lacks a scope Presence needs', {
      code: 'insufficient_scope',
      raw,
    });
  }
  if (status === 429) {
    return new ConnectorError('rate_limited', 'Mastodon is limiting the rate of requests', {
      code: 'rate_limited',
      retryAfterMs: failure.retryAfterMs,
      raw,
    });
  }
  if (status === 404 || status === 410) {
    return new ConnectorError('not_found', 'Mastodon has no such status or account', {
      code: 'not_found',
      raw,
    });
  }
  if (status === 400 || status === 403 || status === 413 || status === 415 || status === 422) {
    return new ConnectorError('invalid_content', 'Mastodon refused the content', {
      code: 'rejected_by_network',
      raw,
    });
  }
  if (status >= 500 && ctx.write && status !== 503) {
    // The server received the write: it may have stored the status before failing.
    return new ConnectorError('unknown_outcome', 'Mastodon failed while handling the request', {
      code: 'server_error',
      raw,
    });
  }
  if (status >= 500) {
    return new ConnectorError('transient', 'Mastodon is temporarily unavailable', {
      code: 'server_error',
      raw,
    });
  }
  return ctx.write
    ? new ConnectorError('unknown_outcome', 'Mastodon answered in an unexpected way', {
        code: 'unexpected',
        raw,
      })
    : new ConnectorError('transient', 'Mastodon answered in an unexpected way', { code: 'unexpected', raw });
}

/** Maps a request that got no response (see OutboundRequestError) or anything else thrown. */
export function mapMastodonThrown(
  err: unknown,
  ctx: { write: boolean; secrets: readonly string[] },
): ConnectorError {
  if (err instanceof ConnectorError) return err;
  if (err instanceof OutboundRequestError) {
    const raw = rawError(null, err.code, err.message, ctx.secrets);
    return ctx.write && err.sent
      ? new ConnectorError('unknown_outcome', 'The connection to Mastodon was lost before it answered', {
          code: 'response_lost',
          raw,
        })
      : new ConnectorError('transient', 'Mastodon could not be reached', {
          code: 'network_unreachable',
          raw,
        });
  }
  const message = err instanceof Error ? err.message : String(err);
  const raw = rawError(null, err instanceof Error ? err.name : null, message, ctx.secrets);
  return ctx.write
    ? new ConnectorError('unknown_outcome', 'Mastodon failed in an unexpected way', {
        code: 'unexpected',
        raw,
      })
    : new ConnectorError('transient', 'Mastodon failed in an unexpected way', { code: 'unexpected', raw });
}

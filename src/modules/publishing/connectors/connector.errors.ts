/**
 * The one error type connectors throw. The scheduler decides what to do from `kind` alone:
 * - `auth`: credentials rejected → flag the account (needs reconnecting), keep the post.
 * - `rate_limited`: wait `retryAfterMs` (when known) before the next call for this account.
 * - `transient`: the request did not take effect → retry with backoff.
 * - `invalid_content`: the network refuses this content → fail the post with the reason, no retry.
 * - `not_found`: the target (post, account) does not exist on the network.
 * - `unknown_outcome`: a write may or may not have happened (timeout, connection lost after sending)
 *   → ask the network (`findPublished`) before any retry.
 */
export type ConnectorErrorKind =
  'auth' | 'rate_limited' | 'transient' | 'invalid_content' | 'not_found' | 'unknown_outcome';

/** The network's error, reduced to what helps a human and stripped of secrets. */
export interface RawNetworkError {
  status: number | null;
  /** The network's error name or code (`InvalidToken`, `ECONNRESET`…). */
  error: string | null;
  message: string | null;
}

export interface ConnectorErrorInit {
  /** A stable code the UI translates (`credentials_rejected`, `text_too_long`…). */
  code: string;
  retryAfterMs?: number | null;
  raw?: RawNetworkError | null;
  /** Field-level problems for `invalid_content` raised before any network call. */
  problems?: readonly { code: string; path: string; message: string }[];
}

/** A failure of a network operation, typed for the scheduler, readable by a human, safe to log. */
export class ConnectorError extends Error {
  readonly kind: ConnectorErrorKind;
  readonly code: string;
  readonly retryAfterMs: number | null;
  readonly raw: RawNetworkError | null;
  readonly problems: readonly { code: string; path: string; message: string }[];

  constructor(kind: ConnectorErrorKind, message: string, init: ConnectorErrorInit) {
    super(message);
    this.name = 'ConnectorError';
    this.kind = kind;
    this.code = init.code;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.raw = init.raw ?? null;
    this.problems = init.problems ?? [];
  }

  /** A plain object for logs and the publish-attempt record (never holds secrets). */
  toJSON(): Record<string, unknown> {
    return {
      kind: this.kind,
      code: this.code,
      message: this.message,
      retryAfterMs: this.retryAfterMs,
      raw: this.raw,
      problems: this.problems,
    };
  }
}

/** True for a ConnectorError, optionally of one kind. */
export function isConnectorError(err: unknown, kind?: ConnectorErrorKind): err is ConnectorError {
  return err instanceof ConnectorError && (kind === undefined || err.kind === kind);
}

// Anything that looks like a bearer token, a JWT or an app password is replaced, whatever the network
// put in its message; the known secrets of the call are replaced too.
const SECRET_PATTERNS: RegExp[] = [
  /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g, // JWT
  /\b[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}\b/g, // Bluesky app password
  /(bearer|token|password|secret)(["'\s:=]+)[^\s"',}]+/gi,
];

/** Removes secrets from a string: the given ones verbatim and anything shaped like a token. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('[redacted]');
  for (const p of SECRET_PATTERNS) {
    out = out.replace(p, (match, g1?: string, g2?: string) =>
      typeof g1 === 'string' && typeof g2 === 'string' ? `${g1}${g2}[redacted]` : '[redacted]',
    );
  }
  return out;
}

/** A redacted RawNetworkError, message capped so a huge HTML error page does not end up in a row. */
export function rawError(
  status: number | null,
  error: string | null,
  message: string | null,
  secrets: readonly string[] = [],
): RawNetworkError {
  return {
    status,
    error: error === null ? null : redact(error, secrets).slice(0, 200),
    message: message === null ? null : redact(message, secrets).slice(0, 1000),
  };
}

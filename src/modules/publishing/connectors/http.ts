import type { ConnectorLogger } from './connector.port.js';

/**
 * Thrown by the wrapped fetch when no response came back. `sent` says whether the request may have
 * reached the network: false only when the connection was never opened (refused, unknown host), so a
 * write that failed with `sent: true` has an unknown outcome.
 */
export class OutboundRequestError extends Error {
  constructor(
    readonly sent: boolean,
    readonly code: string,
    readonly method: string,
    options?: ErrorOptions,
  ) {
    super(`${method} request failed: ${code}`, options);
    this.name = 'OutboundRequestError';
  }
}

export interface ConnectorFetchOptions {
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout (default 30 s). */
  timeoutMs?: number;
  /** Retries of idempotent requests (GET, HEAD) on 429, 5xx and lost connections (default 2). */
  retries?: number;
  /** Longest Retry-After honoured inside one call; longer ones are left to the caller (default 5 s). */
  maxRetryWaitMs?: number;
  logger?: ConnectorLogger;
  sleep?: (ms: number) => Promise<void>;
}

// Error codes that prove the request never left: nothing can have been written.
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'EHOSTUNREACH',
]);

function errorCode(err: unknown): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return err.name;
    const cause = (err as Error & { cause?: unknown }).cause;
    const own = (err as Error & { code?: unknown }).code;
    if (typeof own === 'string') return own;
    if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string')
      return cause.code;
    return err.name;
  }
  return 'unknown';
}

/**
 * Milliseconds to wait according to Retry-After (seconds or a date), RateLimit-Reset (epoch seconds,
 * Bluesky) or X-RateLimit-Reset (an ISO date on Mastodon, epoch seconds elsewhere).
 */
export function retryAfterMs(
  headers: Headers | Record<string, string | undefined>,
  now = Date.now(),
): number | null {
  const get = (name: string): string | null =>
    headers instanceof Headers ? headers.get(name) : (headers[name] ?? headers[name.toLowerCase()] ?? null);
  const after = get('retry-after');
  if (after) {
    const secs = Number(after);
    if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
    const at = Date.parse(after);
    if (Number.isFinite(at)) return Math.max(0, at - now);
  }
  for (const name of ['ratelimit-reset', 'x-ratelimit-reset']) {
    const reset = get(name);
    if (!reset) continue;
    if (Number.isFinite(Number(reset))) return Math.max(0, Number(reset) * 1000 - now);
    const at = Date.parse(reset);
    if (Number.isFinite(at)) return Math.max(0, at - now);
  }
  return null;
}

function describe(input: Parameters<typeof fetch>[0]): { method: string; path: string } {
  if (input instanceof Request) return { method: input.method, path: new URL(input.url).pathname };
  const url = input instanceof URL ? input : new URL(input);
  return { method: 'GET', path: url.pathname };
}

/**
 * The one way connectors reach a network: a timeout on every attempt, retries of idempotent requests
 * honouring Retry-After, and logs that carry method, path, status and duration — never headers,
 * query strings or bodies, where tokens live. Writes are never retried here: the caller resolves them.
 */
export function connectorFetch(opts: ConnectorFetchOptions = {}): typeof globalThis.fetch {
  const transport = opts.fetch ?? globalThis.fetch;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const retries = opts.retries ?? 2;
  const maxWait = opts.maxRetryWaitMs ?? 5_000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  return async (input, init) => {
    const described = describe(input);
    const method = (init?.method ?? described.method).toUpperCase();
    const idempotent = method === 'GET' || method === 'HEAD';
    for (let attempt = 0; ; attempt++) {
      const started = Date.now();
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      let response: Response;
      try {
        response = await transport(input, { ...init, signal });
      } catch (err) {
        const code = errorCode(err);
        const sent = !NOT_SENT.has(code);
        opts.logger?.debug({ method, path: described.path, code, attempt }, 'network request failed');
        if (idempotent && attempt < retries) {
          await sleep(200 * 2 ** attempt);
          continue;
        }
        throw new OutboundRequestError(sent, code, method, { cause: err });
      }
      const ms = Date.now() - started;
      opts.logger?.debug(
        { method, path: described.path, status: response.status, ms, attempt },
        'network request',
      );
      const retryable = response.status === 429 || response.status >= 500;
      if (idempotent && retryable && attempt < retries) {
        const wait = retryAfterMs(response.headers) ?? 200 * 2 ** attempt;
        if (wait <= maxWait) {
          await response.body?.cancel();
          await sleep(wait);
          continue;
        }
      }
      return response;
    }
  };
}

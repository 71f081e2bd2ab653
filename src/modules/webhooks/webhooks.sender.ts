import { connectorFetch, retryAfterMs } from '../publishing/connectors/http.js';

/** Longest answer kept in the delivery log. */
export const RESPONSE_LIMIT = 2048;
/** A receiver gets this long to answer (issue 6). */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** What one POST gave: an HTTP answer, or no answer at all. */
export type SendResult =
  | { kind: 'response'; status: number; body: string; retryAfterMs: number | null; durationMs: number }
  | { kind: 'error'; error: string; durationMs: number };

/** Reads at most `limit` bytes of a body; leaving the loop early cancels the rest of the stream. */
async function readLimited(res: Response, limit: number): Promise<string> {
  if (!res.body) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    chunks.push(Buffer.from(chunk));
    size += chunk.byteLength;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

/**
 * POSTs one body through the outbound wrapper (timeout, no retry inside: the queue retries with the
 * delivery's own schedule). Redirects are not followed: a receiver could otherwise bounce us to an
 * address the URL guard refused.
 */
export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  fetchImpl?: typeof globalThis.fetch,
): Promise<SendResult> {
  const http = connectorFetch({
    timeoutMs: DELIVERY_TIMEOUT_MS,
    retries: 0,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  const started = performance.now();
  try {
    const res = await http(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'user-agent': 'Presence-Webhooks/1', ...headers },
      redirect: 'manual',
    });
    const text = await readLimited(res, RESPONSE_LIMIT);
    return {
      kind: 'response',
      status: res.status,
      body: text,
      retryAfterMs: retryAfterMs(res.headers),
      durationMs: Math.round(performance.now() - started),
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      kind: 'error',
      error: message.slice(0, 500),
      durationMs: Math.round(performance.now() - started),
    };
  }
}

import { describe, expect, it } from 'vitest';
import { connectorFetch, OutboundRequestError, retryAfterMs } from './http.js';

// A scripted transport: each call takes the next answer (a Response, or an error to throw).
function scripted(answers: (Response | Error)[]): { fetch: typeof fetch; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      calls.push(`${request.method} ${new URL(request.url).pathname}`);
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      if (next instanceof Error) throw next;
      return next;
    },
  };
}

const coded = (code: string): TypeError =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
const noSleep = async (): Promise<void> => {};

describe('connectorFetch', () => {
  it('retries an idempotent request on 503 and 429 honouring Retry-After', async () => {
    const waits: number[] = [];
    const t = scripted([
      new Response('busy', { status: 503 }),
      new Response('slow down', { status: 429, headers: { 'retry-after': '2' } }),
      new Response('ok'),
    ]);
    const f = connectorFetch({ fetch: t.fetch, sleep: async (ms) => void waits.push(ms) });
    const res = await f('https://pds.example/xrpc/app.bsky.feed.getPosts');
    expect(await res.text()).toBe('ok');
    expect(t.calls).toHaveLength(3);
    expect(waits).toEqual([200, 2000]);
  });

  it('hands back a 429 whose wait is too long for one call', async () => {
    const t = scripted([new Response('later', { status: 429, headers: { 'retry-after': '120' } })]);
    const res = await connectorFetch({ fetch: t.fetch, sleep: noSleep })('https://pds.example/xrpc/x');
    expect(res.status).toBe(429);
    expect(t.calls).toHaveLength(1);
  });

  it('never retries a write, and says whether it may have been sent', async () => {
    const t = scripted([
      new Response('boom', { status: 500 }),
      coded('ECONNREFUSED'),
      coded('UND_ERR_SOCKET'),
    ]);
    const f = connectorFetch({ fetch: t.fetch, sleep: noSleep });
    const post = { method: 'POST', body: '{}' };
    expect((await f('https://pds.example/xrpc/create', post)).status).toBe(500);
    const refused = await f('https://pds.example/xrpc/create', post).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OutboundRequestError);
    expect(refused).toMatchObject({ sent: false, code: 'ECONNREFUSED' });
    const lost = await f('https://pds.example/xrpc/create', post).catch((e: unknown) => e);
    expect(lost).toMatchObject({ sent: true, code: 'UND_ERR_SOCKET' });
    expect(t.calls).toHaveLength(3);
  });

  it('times out a request that hangs', async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () =>
          reject(signal.reason instanceof Error ? signal.reason : new Error('aborted')),
        );
      });
    const f = connectorFetch({ fetch: hang, timeoutMs: 50, retries: 0 });
    const err = await f('https://pds.example/xrpc/x', { method: 'POST' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ sent: true, code: 'TimeoutError' });
  });

  it('logs method, path and status, never the query string or headers', async () => {
    const lines: string[] = [];
    const t = scripted([new Response('ok')]);
    const f = connectorFetch({
      fetch: t.fetch,
      logger: { debug: (fields, msg) => lines.push(JSON.stringify({ fields, msg })), warn: () => {} },
    });
    await f('https://pds.example/xrpc/x?token=secret123', {
      headers: { authorization: 'Bearer abc.def.ghi' },
    });
    expect(lines.join('\n')).toContain('/xrpc/x');
    expect(lines.join('\n')).not.toContain('secret123');
    expect(lines.join('\n')).not.toContain('abc.def.ghi');
  });
});

describe('retryAfterMs', () => {
  it('reads seconds, HTTP dates and RateLimit-Reset', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(now + 10_000).toUTCString() }), now)).toBe(
      10_000,
    );
    expect(retryAfterMs({ 'ratelimit-reset': String(now / 1000 + 60) }, now)).toBe(60_000);
    expect(retryAfterMs(new Headers(), now)).toBeNull();
  });

  it("reads Mastodon's X-RateLimit-Reset, an ISO date", () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(
      retryAfterMs(new Headers({ 'x-ratelimit-reset': new Date(now + 90_000).toISOString() }), now),
    ).toBe(90_000);
  });
});

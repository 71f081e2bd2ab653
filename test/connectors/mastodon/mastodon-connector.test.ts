import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConnectedAccount,
  NetworkConnector,
} from '../../../src/modules/publishing/connectors/connector.port.js';
import { ConnectorError } from '../../../src/modules/publishing/connectors/connector.errors.js';
import { createMastodonConnector } from '../../../src/modules/publishing/connectors/mastodon/mastodon.connector.js';
import { solidPng } from '../support/png.js';
import { IDEMPOTENCY_TTL_MS } from './emulator-state.js';
import { MastodonEmulator } from './emulator-server.js';

// Mastodon behaviours the shared contract does not reach: visibility and content warnings, media
// processed asynchronously, rate limits, the one-hour Idempotency-Key memory, notification paging.

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ConnectorError);
    return err as ConnectorError;
  }
  throw new Error('Expected the operation to fail');
}

describe('mastodon connector against the emulator', () => {
  let emulator: MastodonEmulator;
  let connector: NetworkConnector;
  let account: ConnectedAccount;
  let other: { id: string; token: string };
  let n = 0;
  const key = (): string => `unit-${++n}`;

  beforeAll(async () => {
    emulator = await MastodonEmulator.start();
    const main = emulator.state.createAccount('carol', 'Carol');
    const bob = emulator.state.createAccount('dave', 'Dave');
    other = { id: bob.account.id, token: bob.token };
    connector = createMastodonConnector({ timeoutMs: 5_000 });
    const { credentials } = await connector.connect({
      instanceUrl: `${emulator.baseUrl}/`,
      accessToken: main.token,
    });
    account = { credentials, saveCredentials: async () => undefined };
  });

  afterAll(async () => {
    await emulator?.stop();
  });

  it('publishes visibility, content warning and language as Mastodon fields', async () => {
    const result = await connector.publish(account, {
      idempotencyKey: key(),
      parts: [
        {
          text: 'Behind a warning',
          visibility: 'followers',
          contentWarning: 'Spoilers',
          languages: ['fr-CA'],
        },
      ],
    });
    const s = emulator.state.statuses.get(result.remoteId)!;
    expect(s).toMatchObject({
      visibility: 'private',
      spoilerText: 'Spoilers',
      sensitive: true,
      language: 'fr',
    });
  });

  it('counts the content warning in the 500 characters, as Mastodon does', () => {
    const problems = connector.validate({
      idempotencyKey: key(),
      parts: [{ text: 'a'.repeat(495), contentWarning: 'abcdef' }],
    });
    expect(problems).toEqual([expect.objectContaining({ code: 'text_too_long', limit: 500, actual: 501 })]);
  });

  it('waits for media that Mastodon processes asynchronously (202, then 206 until ready)', async () => {
    emulator.state.mediaProcessingChecks = 3;
    const image = {
      kind: 'image' as const,
      mimeType: 'image/png',
      data: solidPng(4, 4, [0, 0, 0]),
      altText: 'Black',
    };
    const result = await connector.publish(account, {
      idempotencyKey: key(),
      parts: [{ text: 'Two pictures', media: [image, { ...image, altText: 'Also black' }] }],
    });
    const s = emulator.state.statuses.get(result.remoteId)!;
    expect(s.mediaIds.map((id) => emulator.state.media.get(id)?.description)).toEqual([
      'Black',
      'Also black',
    ]);
    emulator.state.mediaProcessingChecks = 1;
  });

  it('reports a rate limit with the wait Mastodon announces', async () => {
    emulator.throttleNext = 1;
    const err = await failure(
      connector.publish(account, { idempotencyKey: key(), parts: [{ text: 'Too fast' }] }),
    );
    expect(err.kind).toBe('rate_limited');
    expect(err.retryAfterMs).toBeGreaterThan(0);
    // Reads are retried inside the call when the budget comes back quickly.
    emulator.throttleNext = 1;
    expect((await connector.readAccountMetrics(account)).values.posts).toBeGreaterThan(0);
    // Past the five-minute budget, Mastodon refuses every call until the window resets.
    emulator.rateLimitBudget = 0;
    try {
      const limited = await failure(connector.readAccountMetrics(account));
      expect(limited.kind).toBe('rate_limited');
      expect(limited.retryAfterMs).toBeGreaterThan(60_000);
    } finally {
      emulator.rateLimitBudget = 300;
    }
  });

  it('answers a reply to a missing status with not_found, and validation failures with a 422 body', async () => {
    const err = await failure(
      connector.reply(account, { idempotencyKey: key(), inReplyTo: '1', part: { text: 'To nothing' } }),
    );
    expect(err.kind).toBe('not_found');
    const res = await fetch(`${emulator.baseUrl}/api/v1/statuses`, {
      method: 'POST',
      headers: { authorization: `Bearer ${other.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: '' }),
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: "Validation failed: Text can't be blank" });
  });

  it('finds a publication after the one-hour Idempotency-Key memory lapsed', async () => {
    const request = {
      idempotencyKey: key(),
      parts: [{ text: 'Old attempt 1/2' }, { text: 'Old attempt 2/2' }],
    };
    const first = await connector.publish(account, request);
    const realNow = emulator.state.now;
    emulator.state.now = () => realNow() + IDEMPOTENCY_TTL_MS + 1000;
    try {
      const found = await connector.findPublished(account, request);
      expect(found).toEqual({ status: 'published', result: first });
      const half = await connector.findPublished(account, {
        ...request,
        parts: [...request.parts, { text: 'never sent' }],
      });
      expect(half).toMatchObject({ status: 'partial', parts: [first.parts[0], first.parts[1], null] });
    } finally {
      emulator.state.now = realNow;
    }
  });

  it('reads a backlog of notifications page by page, each once, in order', async () => {
    const { nextCursor } = await connector.readInteractionsSince(account, null);
    const me = String(account.credentials.accountId);
    for (let i = 0; i < 450; i++) emulator.state.notify(me, 'follow', other.id, null);
    const first = await connector.readInteractionsSince(account, nextCursor);
    expect(first.items).toHaveLength(400);
    expect(first.more).toBe(true);
    const second = await connector.readInteractionsSince(account, first.nextCursor);
    expect(second.items).toHaveLength(50);
    expect(second.more).toBe(false);
    const ids = [...first.items, ...second.items].map((i) => i.remoteId);
    expect(new Set(ids).size).toBe(450);
    const numeric = ids.map((id) => BigInt(id.split(':')[1]!));
    expect(numeric).toEqual([...numeric].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect((await connector.readInteractionsSince(account, second.nextCursor)).items).toEqual([]);
  });

  it('answers Link headers for the next and previous pages', async () => {
    const res = await fetch(`${emulator.baseUrl}/api/v1/notifications?limit=2`, {
      headers: { authorization: `Bearer ${String(account.credentials.accessToken)}` },
    });
    expect(res.headers.get('link')).toMatch(/max_id=\d+>; rel="next", <.*min_id=\d+>; rel="prev"/);
    expect(res.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
  });
});

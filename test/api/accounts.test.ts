import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACT_PATHS } from '../../src/app/bootstrap.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember } from '../support/resource-factories.js';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';

interface AccountJson {
  id: string;
  network: string;
  handle: string;
  displayName: string | null;
  health: { status: string; reason: string; checkedAt: string | null };
}

describe.each(DIALECTS)('connected accounts API on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let base: string;
  let emulator: MastodonEmulator;
  let token: string;
  let accountId: string;
  const logLines: string[] = [];
  const bodies: string[] = [];
  const previousAllow = process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;

  /** Every answer is kept, to prove afterwards that none carried the token. */
  const keep = <R extends { body: string }>(res: R): R => {
    bodies.push(res.body);
    return res;
  };

  beforeAll(async () => {
    // The emulator listens on 127.0.0.1, which connect refuses unless private hosts are allowed.
    process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = '1';
    emulator = await MastodonEmulator.start();
    token = emulator.state.createAccount('alice', 'Alice Presence').token;
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ level: 'trace', redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    t = await createTestApp(dialect, { logger });
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    base = `/api/v1/workspaces/${ws}/accounts`;
  });
  afterAll(async () => {
    if (previousAllow === undefined) delete process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
    else process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = previousAllow;
    await t.close();
    await emulator.stop();
  });

  it('connects a Mastodon account and stores the token sealed', async () => {
    const res = keep(
      await owner.post(base, { network: 'mastodon', instanceUrl: emulator.baseUrl, accessToken: token }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const account = res.json<{ data: AccountJson }>().data;
    accountId = account.id;
    expect(account).toMatchObject({
      network: 'mastodon',
      displayName: 'Alice Presence',
      health: { status: 'valid', reason: 'ok' },
    });
    expect(account.handle).toContain('alice');

    const row = await t.ctx.database.db
      .selectFrom('connected_accounts')
      .select('credentials')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    expect(row.credentials).not.toContain(token);
    expect(row.credentials.startsWith('v1.')).toBe(true);
  });

  it('lists accounts with their health and no credentials', async () => {
    const res = keep(await owner.get(base));
    expect(res.statusCode).toBe(200);
    const data = res.json<{ data: (AccountJson & Record<string, unknown>)[] }>().data;
    expect(data.map((a) => a.id)).toEqual([accountId]);
    expect(data[0]).not.toHaveProperty('credentials');
  });

  it('refuses connecting the same account twice', async () => {
    const res = keep(
      await owner.post(base, { network: 'mastodon', instanceUrl: emulator.baseUrl, accessToken: token }),
    );
    expect(res.statusCode).toBe(409);
  });

  it('answers 400 naming accessToken for a token the network refuses', async () => {
    const res = keep(
      await owner.post(base, {
        network: 'mastodon',
        instanceUrl: emulator.baseUrl,
        accessToken: 'not-a-valid-token-0123456789abcdef',
      }),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('accessToken');
  });

  it('refuses a server on a private network unless the deployment allows it', async () => {
    delete process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
    try {
      const res = keep(
        await owner.post(base, { network: 'mastodon', instanceUrl: emulator.baseUrl, accessToken: token }),
      );
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('instanceUrl');
    } finally {
      process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = '1';
    }
  });

  it('answers 502 when the network cannot be reached', async () => {
    const res = keep(
      await owner.post(base, { network: 'mastodon', instanceUrl: 'http://127.0.0.1:9', accessToken: token }),
    );
    expect(res.statusCode, res.body).toBe(502);
  });

  it('re-checks health and flags a revoked token as needing reconnection, then reconnects', async () => {
    const ok = keep(await owner.post(`${base}/${accountId}/check`, {}));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<{ data: AccountJson }>().data.health.status).toBe('valid');

    emulator.revokeToken(token);
    const bad = keep(await owner.post(`${base}/${accountId}/check`, {}));
    expect(bad.json<{ data: AccountJson }>().data.health).toMatchObject({
      status: 'needs_reconnect',
      reason: 'credentials_rejected',
    });

    const alice = emulator.state.accountByUsername('alice');
    const fresh = 'fresh-token-for-alice-0123456789';
    alice?.tokens.add(fresh);
    const again = keep(
      await owner.post(`${base}/${accountId}/reconnect`, {
        network: 'mastodon',
        instanceUrl: emulator.baseUrl,
        accessToken: fresh,
      }),
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<{ data: AccountJson }>().data.health.status).toBe('valid');
    const creds = await t.ctx.database.db
      .selectFrom('connected_accounts')
      .select('credentials')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    expect(creds.credentials).not.toContain(fresh);
    token = fresh;
  });

  it('hides the account from another workspace and forbids editors to connect', async () => {
    const other = await signUp(t.app);
    const res = await other.client.post(
      `/api/v1/workspaces/${other.workspaceId}/accounts/${accountId}/check`,
      {},
    );
    expect(res.statusCode).toBe(404);
    const del = await other.client.request(
      'DELETE',
      `/api/v1/workspaces/${other.workspaceId}/accounts/${accountId}`,
    );
    expect(del.statusCode).toBe(404);

    const editor = await addMember(t.app, ws, 'editor');
    const denied = keep(
      await editor.client.post(base, {
        network: 'mastodon',
        instanceUrl: emulator.baseUrl,
        accessToken: token,
      }),
    );
    expect(denied.statusCode).toBe(403);
  });

  it('records audit entries without secrets, then disconnects', async () => {
    const audit = keep(await owner.get(`/api/v1/workspaces/${ws}/audit`));
    expect(audit.statusCode).toBe(200);
    expect(audit.body).toContain('account.connected');
    const del = await owner.request('DELETE', `${base}/${accountId}`);
    expect(del.statusCode).toBe(204);
    expect(keep(await owner.get(base)).json<{ data: unknown[] }>().data).toEqual([]);
  });

  it('never put a token in an answer or a log line', () => {
    for (const secret of [token, 'fresh-token-for-alice-0123456789']) {
      for (const body of bodies) expect(body).not.toContain(secret);
      for (const line of logLines) expect(line).not.toContain(secret);
    }
    expect(logLines.length).toBeGreaterThan(0);
  });
});

import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REDACT_PATHS } from '../../src/app/bootstrap.js';
import type { ManualClock } from '../../src/core/clock.js';
import { emitEvent } from '../../src/modules/webhooks/events.js';
import { WebhookDeliveries } from '../../src/modules/webhooks/webhooks.delivery.js';
import { WEBHOOK_DELIVER_JOB } from '../../src/modules/webhooks/webhooks.jobs.js';
import { verifySignature } from '../../src/modules/webhooks/webhooks.signing.js';
import { WORKER_TASKS } from '../../src/worker/tasks.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember } from '../support/resource-factories.js';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
interface Reply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

/** A real HTTP receiver on 127.0.0.1: records what it gets and answers from a script (default 200). */
class Receiver {
  readonly received: Received[] = [];
  readonly script: Reply[] = [];
  #server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      this.received.push({
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      const reply = this.script.shift() ?? { status: 200, body: 'ok' };
      res.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers });
      res.end(reply.body ?? '');
    });
  });
  url = '';
  async start(): Promise<this> {
    await new Promise<void>((r) => this.#server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }
  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((r) => this.#server.close(() => r()));
  }
}

interface HookJson {
  id: string;
  url: string;
  kind: string;
  events: string[];
  active: boolean;
  disabledReason: string | null;
}
interface DeliveryJson {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastResponse: string | null;
  lastError: string | null;
  payload: { id: string; type: string; data: Record<string, unknown> };
}

/** What a receiver should do, written independently of our signing module: HMAC of "<t>.<body>". */
function expectSigned(r: Received, secret: string): void {
  const header = String(r.headers['presence-signature']);
  const ts = String(r.headers['presence-timestamp']);
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  expect(m, header).not.toBeNull();
  expect(m![1]).toBe(ts);
  const expected = crypto.createHmac('sha256', secret).update(`${ts}.${r.body}`).digest('hex');
  expect(m![2]).toBe(expected);
}

describe.each(DIALECTS)('webhooks on %s', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: Client;
  let ws: string;
  let base: string;
  let receiver: Receiver;
  const logLines: string[] = [];
  const secrets: string[] = [];
  const previousAllow = process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
  // No jitter in these tests, so retry times are exact.
  let deliveries: WebhookDeliveries;

  /** Runs the delivery jobs that are due now, as the worker would; returns how many ran. */
  async function runDue(): Promise<number> {
    const jobs = await t.ctx.queue.fetch(WEBHOOK_DELIVER_JOB, { batchSize: 100 });
    for (const job of jobs) {
      await deliveries.handle(job.payload);
      await t.ctx.queue.complete(WEBHOOK_DELIVER_JOB, job.id);
    }
    return jobs.length;
  }

  async function createHook(body: Record<string, unknown>): Promise<{ hook: HookJson; secret: string }> {
    const res = await owner.post(base, body);
    expect(res.statusCode, res.body).toBe(201);
    const json = res.json<{ data: HookJson; secret: string }>();
    secrets.push(json.secret);
    return { hook: json.data, secret: json.secret };
  }

  async function log(
    hookId: string,
    query = '',
  ): Promise<{ data: DeliveryJson[]; nextBefore: string | null }> {
    const res = await owner.get(`${base}/${hookId}/deliveries${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  beforeAll(async () => {
    process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = '1';
    receiver = await new Receiver().start();
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ level: 'trace', redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    t = await createTestApp(dialect, { clock: 'manual', logger });
    clock = t.clock as ManualClock;
    clock.set('2026-03-29T00:30:00.000Z');
    deliveries = new WebhookDeliveries(t.ctx, { random: () => 0 });
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    base = `/api/v1/workspaces/${ws}/webhooks`;
  });
  afterAll(async () => {
    if (previousAllow === undefined) delete process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS;
    else process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = previousAllow;
    await t.close();
    await receiver.stop();
  });
  beforeEach(async () => {
    // Each test starts with an empty queue and receiver.
    clock.advance(86_400_000);
    while ((await runDue()) > 0);
    receiver.received.length = 0;
    receiver.script.length = 0;
    // …and no webhook of an earlier test subscribed to this test's events.
    await t.ctx.database.db
      .updateTable('webhooks')
      .set({ active: 0 })
      .where('workspace_id', '=', ws)
      .execute();
  });

  it('creates a webhook whose secret is shown once and stored sealed', async () => {
    const { hook, secret } = await createHook({
      url: `${receiver.url}/generic`,
      events: ['post.published', 'post.failed'],
      description: 'Our CRM',
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(hook).toMatchObject({ kind: 'generic', active: true, events: ['post.published', 'post.failed'] });
    const listed = await owner.get(base);
    expect(listed.body).not.toContain(secret);
    expect(listed.json<{ data: HookJson[] }>().data.map((h) => h.id)).toContain(hook.id);
    const row = await t.ctx.database.db
      .selectFrom('webhooks')
      .select('secret')
      .where('id', '=', hook.id)
      .executeTakeFirstOrThrow();
    expect(row.secret).not.toContain(secret);
    expect(t.ctx.secrets.open(row.secret, hook.id)).toBe(secret);
  });

  it('refuses unsafe addresses and unknown events, naming the field', async () => {
    const http = await owner.post(base, { url: 'http://example.com/hook', events: ['post.published'] });
    expect(http.statusCode).toBe(400);
    expect(http.json()).toMatchObject({ errors: [{ field: 'url' }] });
    const events = await owner.post(base, { url: `${receiver.url}/x`, events: ['post.deleted'] });
    expect(events.statusCode).toBe(400);
    expect(events.body).toContain('events');

    process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = '0';
    try {
      const loopback = await owner.post(base, { url: receiver.url, events: ['post.published'] });
      expect(loopback.statusCode).toBe(400);
      const privateHttps = await owner.post(base, {
        url: 'https://10.1.2.3/hook',
        events: ['post.published'],
      });
      expect(privateHttps.statusCode).toBe(400);
      expect(privateHttps.json<{ detail: string }>().detail).toContain('private network');
    } finally {
      process.env.PRESENCE_ALLOW_PRIVATE_NETWORKS = '1';
    }
  });

  it('signs each delivery, retries a 500 after one minute, then delivers', async () => {
    const { hook, secret } = await createHook({ url: `${receiver.url}/signed`, events: ['post.published'] });
    const other = await createHook({ url: `${receiver.url}/other`, events: ['post.failed'] });
    receiver.script.push({ status: 500, body: 'database down' });

    await emitEvent(t.ctx, ws, 'post.published', {
      postId: 'p1',
      title: 'Spring launch',
      network: 'Bluesky',
    });
    const sentAt = clock.now();
    expect(await runDue()).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const first = receiver.received[0]!;
    expect(first.path).toBe('/signed');
    expectSigned(first, secret);
    expect(
      verifySignature(
        secret,
        String(first.headers['presence-signature']),
        first.body,
        sentAt.getTime() / 1000,
      ),
    ).toBe(true);
    expect(first.headers['presence-event']).toBe('post.published');
    expect(first.headers['presence-timestamp']).toBe(String(Math.floor(sentAt.getTime() / 1000)));
    const envelope = JSON.parse(first.body) as Record<string, unknown>;
    expect(envelope).toMatchObject({
      type: 'post.published',
      workspaceId: ws,
      createdAt: sentAt.toISOString(),
      data: { postId: 'p1', title: 'Spring launch' },
    });

    let [d] = (await log(hook.id)).data;
    expect(first.headers['presence-delivery']).toBe(d!.id);
    expect(d).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: 500,
      lastResponse: 'database down',
    });
    expect(d!.nextAttemptAt).toBe(new Date(sentAt.getTime() + 60_000).toISOString());
    expect((await log(other.hook.id)).data).toEqual([]);

    // Not before its time…
    clock.advance(59_000);
    expect(await runDue()).toBe(0);
    // …and then once, signed again with the new timestamp over the same body.
    clock.advance(1_000);
    expect(await runDue()).toBe(1);
    const second = receiver.received[1]!;
    expect(second.body).toBe(first.body);
    expectSigned(second, secret);
    expect(second.headers['presence-timestamp']).not.toBe(first.headers['presence-timestamp']);
    [d] = (await log(hook.id)).data;
    expect(d).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200, lastResponse: 'ok' });
    expect(await runDue()).toBe(0);
    expect(receiver.received).toHaveLength(2);
  });

  it('honours Retry-After, keeps only 2 KB of the answer, and gives up after six attempts', async () => {
    const { hook } = await createHook({ url: `${receiver.url}/flaky`, events: ['sla.breached'] });
    receiver.script.push({ status: 503, body: 'x'.repeat(5000), headers: { 'retry-after': '900' } });
    await emitEvent(t.ctx, ws, 'sla.breached', { title: 'Question from @bob' });
    const at = clock.now().getTime();
    await runDue();
    let [d] = (await log(hook.id)).data;
    expect(d!.lastResponse).toHaveLength(2048);
    expect(d!.nextAttemptAt).toBe(new Date(at + 900_000).toISOString());

    // The schedule after that: 5 min, 30 min, 2 h, 6 h, then failed for good.
    for (const wait of [900_000, 300_000, 1_800_000, 7_200_000, 21_600_000]) {
      receiver.script.push({ status: 502 });
      clock.advance(wait);
      expect(await runDue()).toBe(1);
    }
    [d] = (await log(hook.id)).data;
    expect(d).toMatchObject({ status: 'failed', attempts: 6, lastStatusCode: 502, nextAttemptAt: null });
    clock.advance(86_400_000);
    expect(await runDue()).toBe(0);
  });

  it('retries when the receiver cannot be reached', async () => {
    const closed = await new Receiver().start();
    await closed.stop();
    const { hook } = await createHook({ url: `${closed.url}/gone-away`, events: ['interaction.received'] });
    await emitEvent(t.ctx, ws, 'interaction.received', { kind: 'comment' });
    await runDue();
    const [d] = (await log(hook.id)).data;
    expect(d).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null });
    expect(d!.lastError).toContain('ECONNREFUSED');
  });

  it('sends a delivery once when its job runs twice, and requeues one whose job was lost', async () => {
    const { hook } = await createHook({ url: `${receiver.url}/once`, events: ['post.submitted'] });
    await emitEvent(t.ctx, ws, 'post.submitted', { title: 'Twice' });
    const [job] = await t.ctx.queue.fetch(WEBHOOK_DELIVER_JOB, { batchSize: 10 });
    // Two workers holding the same job (a lease that expired): the row's claim lets one send.
    await Promise.all([deliveries.handle(job!.payload), deliveries.handle(job!.payload)]);
    await t.ctx.queue.complete(WEBHOOK_DELIVER_JOB, job!.id);
    expect(receiver.received.filter((r) => r.path === '/once')).toHaveLength(1);
    expect((await log(hook.id)).data[0]).toMatchObject({ status: 'delivered', attempts: 1 });

    // A delivery written without its job (the process died in between) is picked up by the sweep.
    const row = await t.ctx.database.db
      .selectFrom('webhooks')
      .selectAll()
      .where('id', '=', hook.id)
      .executeTakeFirstOrThrow();
    const [lost] = await deliveries.record([row], {
      id: 'evt-lost',
      type: 'post.submitted',
      createdAt: clock.now().toISOString(),
      workspaceId: ws,
      data: { title: 'Lost' },
    });
    expect(await runDue()).toBe(0);
    const sweep = WORKER_TASKS.find((x) => x.name === 'webhooks.requeue-overdue')!;
    await sweep.run(t.ctx);
    expect(await runDue()).toBe(0);
    clock.advance(16 * 60_000);
    await runDue(); // jobs of earlier tests that fell due meanwhile; none is the lost delivery's
    const stillLost = (await log(hook.id)).data.find((d) => d.id === lost!.id);
    expect(stillLost).toMatchObject({ status: 'pending', attempts: 0 });
    await sweep.run(t.ctx);
    expect(await runDue()).toBe(1);
    const found = (await log(hook.id)).data.find((d) => d.id === lost!.id);
    expect(found).toMatchObject({ status: 'delivered', eventId: 'evt-lost', attempts: 1 });
  });

  it('switches a webhook off when the receiver answers 410 Gone', async () => {
    const { hook } = await createHook({ url: `${receiver.url}/retired`, events: ['post.failed'] });
    receiver.script.push({ status: 410, body: 'gone' });
    await emitEvent(t.ctx, ws, 'post.failed', { title: 'Promo', reason: 'Token expired' });
    await runDue();
    const [d] = (await log(hook.id)).data;
    expect(d).toMatchObject({ status: 'failed', lastStatusCode: 410, nextAttemptAt: null });
    const after = (await owner.get(base)).json<{ data: HookJson[] }>().data.find((h) => h.id === hook.id);
    expect(after).toMatchObject({ active: false, disabledReason: 'gone' });

    // Switched off, it receives nothing more; the audit log says why it stopped.
    await emitEvent(t.ctx, ws, 'post.failed', { title: 'Second' });
    expect((await log(hook.id)).data).toHaveLength(1);
    const audit = await owner.get(`/api/v1/workspaces/${ws}/audit`);
    expect(audit.body).toContain('webhook.disabled');
    const test = await owner.post(`${base}/${hook.id}/test`);
    expect(test.statusCode).toBe(409);

    // Switching it on again clears the reason.
    const on = await owner.patch(`${base}/${hook.id}`, { active: true });
    expect(on.json<{ data: HookJson }>().data).toMatchObject({ active: true, disabledReason: null });
  });

  it('sends Slack a readable sentence in the workspace language, unsigned', async () => {
    await t.ctx.database.db.updateTable('workspaces').set({ locale: 'fr' }).where('id', '=', ws).execute();
    try {
      const { hook } = await createHook({
        url: `${receiver.url}/slack`,
        kind: 'slack',
        events: ['post.published'],
      });
      await emitEvent(t.ctx, ws, 'post.published', {
        title: 'Lancement <printemps>',
        network: 'Mastodon',
        url: 'https://presence.example/w/1/posts/2',
      });
      await runDue();
      const got = receiver.received.find((r) => r.path === '/slack')!;
      expect(got.headers['presence-signature']).toBeUndefined();
      const body = JSON.parse(got.body) as {
        text: string;
        blocks: { type: string; text?: { type: string; text: string } }[];
      };
      expect(body.text).toBe('La publication « Lancement &lt;printemps&gt; » a été publiée sur Mastodon.');
      expect(body.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: body.text } });
      expect(got.body).toContain('<https://presence.example/w/1/posts/2|Ouvrir dans Presence>');
      expect((await log(hook.id)).data[0]).toMatchObject({ status: 'delivered' });
    } finally {
      await t.ctx.database.db.updateTable('workspaces').set({ locale: 'en' }).where('id', '=', ws).execute();
    }
  });

  it('sends Teams an Adaptive Card message', async () => {
    await createHook({ url: `${receiver.url}/teams`, kind: 'teams', events: ['approval.overdue'] });
    await emitEvent(t.ctx, ws, 'approval.overdue', { title: 'Spring launch' });
    await runDue();
    const got = receiver.received.find((r) => r.path === '/teams')!;
    const body = JSON.parse(got.body) as {
      type: string;
      attachments: {
        contentType: string;
        content: { type: string; version: string; body: { text: string }[] };
      }[];
    };
    expect(body.type).toBe('message');
    expect(body.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(body.attachments[0]!.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(body.attachments[0]!.content.body[0]!.text).toBe('The approval of “Spring launch” is overdue.');
  });

  it('tests a webhook with a ping, pages the log, redelivers, and rotates the secret', async () => {
    const { hook, secret } = await createHook({ url: `${receiver.url}/ping`, events: ['post.approved'] });
    const test = await owner.post(`${base}/${hook.id}/test`);
    expect(test.statusCode, test.body).toBe(202);
    const ping = test.json<{ data: DeliveryJson }>().data;
    expect(ping).toMatchObject({ eventType: 'ping', status: 'pending', attempts: 0 });
    await runDue();
    expect(JSON.parse(receiver.received.at(-1)!.body)).toMatchObject({ type: 'ping' });
    expectSigned(receiver.received.at(-1)!, secret);

    // Ids order the log; within one millisecond their order is arbitrary, so move the clock on.
    clock.advance(1000);
    await emitEvent(t.ctx, ws, 'post.approved', { title: 'A' });
    await runDue();
    const page1 = await log(hook.id, '?limit=1');
    expect(page1.data[0]!.eventType).toBe('post.approved');
    expect(page1.nextBefore).toBe(page1.data[0]!.id);
    const page2 = await log(hook.id, `?limit=1&before=${page1.nextBefore}`);
    expect(page2.data[0]!.id).toBe(ping.id);
    expect(page2.nextBefore).toBeNull();

    const again = await owner.post(`${base}/${hook.id}/deliveries/${page1.data[0]!.id}/redeliver`);
    expect(again.statusCode, again.body).toBe(202);
    const copy = again.json<{ data: DeliveryJson }>().data;
    expect(copy.id).not.toBe(page1.data[0]!.id);
    expect(copy.eventId).toBe(page1.data[0]!.eventId);
    await runDue();
    expect(JSON.parse(receiver.received.at(-1)!.body)).toMatchObject({ id: page1.data[0]!.eventId });

    const rotated = await owner.post(`${base}/${hook.id}/secret`);
    expect(rotated.statusCode).toBe(200);
    const fresh = rotated.json<{ secret: string }>().secret;
    secrets.push(fresh);
    expect(fresh).not.toBe(secret);
    await owner.post(`${base}/${hook.id}/test`);
    await runDue();
    const last = receiver.received.at(-1)!;
    expectSigned(last, fresh);
    const now = Number(last.headers['presence-timestamp']);
    expect(verifySignature(secret, String(last.headers['presence-signature']), last.body, now)).toBe(false);
    // A replayed request outside the tolerance is refused by the verifier.
    expect(verifySignature(fresh, String(last.headers['presence-signature']), last.body, now + 301)).toBe(
      false,
    );
  });

  it('keeps webhooks to their workspace and to owners and admins', async () => {
    const { hook } = await createHook({ url: `${receiver.url}/mine`, events: ['post.published'] });
    const stranger = await signUp(t.app, { workspaceName: 'Other' });
    const strangerBase = `/api/v1/workspaces/${stranger.workspaceId}/webhooks`;
    expect((await stranger.client.get(`${strangerBase}/${hook.id}/deliveries`)).statusCode).toBe(404);
    expect((await stranger.client.patch(`${strangerBase}/${hook.id}`, { active: false })).statusCode).toBe(
      404,
    );
    expect((await stranger.client.delete(`${strangerBase}/${hook.id}`)).statusCode).toBe(404);
    // An event of the other workspace never reaches this workspace's webhook.
    await emitEvent(t.ctx, stranger.workspaceId, 'post.published', { title: 'Theirs' });
    expect((await log(hook.id)).data).toEqual([]);

    const editor = await addMember(t.app, ws, 'editor');
    expect((await editor.client.get(base)).statusCode).toBe(403);
    const admin = await addMember(t.app, ws, 'admin');
    expect((await admin.client.get(base)).statusCode).toBe(200);

    expect((await owner.delete(`${base}/${hook.id}`)).statusCode).toBe(204);
    const count = await t.ctx.database.db
      .selectFrom('webhook_deliveries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('webhook_id', '=', hook.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('never writes a secret to the log', () => {
    expect(secrets.length).toBeGreaterThan(0);
    for (const s of secrets) for (const line of logLines) expect(line).not.toContain(s);
  });
});

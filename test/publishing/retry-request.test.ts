import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import { SecretBox } from '../../src/core/secrets.js';
import { SqlJobQueue } from '../../src/modules/jobs/sql-job-queue.js';
import { ConnectorError } from '../../src/modules/publishing/connectors/connector.errors.js';
import type { PublishRequest } from '../../src/modules/publishing/connectors/connector.port.js';
import { PublishAttemptsRepository } from '../../src/modules/publishing/scheduler/publish-attempts.repository.js';
import { PUBLISH_VARIANT_JOB } from '../../src/modules/publishing/scheduler/publish.jobs.js';
import { PostsRepository } from '../../src/modules/publishing/scheduler/posts.repository.js';
import {
  PublishScheduler,
  type LinkRewriteInput,
} from '../../src/modules/publishing/scheduler/scheduler.service.js';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../support/databases.js';
import { FakeConnector } from './support/fake-connector.js';
import { TEST_SECRET, seedWorkspace } from './support/seed.js';

// The composer's additions to the scheduler: the request carries thread parts, first comment,
// visibility, content warning, resolved media and tracked links; a user's retry gets a fresh budget.
describe.each(DIALECTS)('scheduler requests and retries on %s', (dialect) => {
  let tdb: TestDatabase;
  const secrets = new SecretBox(TEST_SECRET);
  const clock = new ManualClock('2026-03-02T10:00:00.000Z');
  const T0 = '2026-03-02T10:00:00.000Z';

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await tdb.drop();
  });

  async function setup() {
    clock.set(T0);
    const db = tdb.database.db;
    const queue = new SqlJobQueue(db, dialect, () => clock.now());
    const connector = new FakeConnector();
    const requests: PublishRequest[] = [];
    const publish = connector.publish.bind(connector);
    connector.publish = async (account, request) => {
      requests.push(request);
      return publish(account, request);
    };
    const rewrites: LinkRewriteInput[] = [];
    const scheduler = new PublishScheduler({
      db,
      secrets,
      clock,
      queue,
      connectorFor: () => connector,
      media: async (_ws, refs) =>
        refs.map((r) => ({
          kind: 'image' as const,
          mimeType: 'image/png',
          data: new Uint8Array(4),
          altText: r.altText,
        })),
      links: async (input) => {
        rewrites.push(input);
        return input.text.replace(/https:\/\/\S+/g, 'https://p.test/l/abc');
      },
    });
    const ws = await seedWorkspace(db, secrets, T0);
    const posts = new PostsRepository(db);
    const runDue = async () => {
      for (const job of await queue.fetch(PUBLISH_VARIANT_JOB, { batchSize: 100 })) {
        await scheduler.publishVariant(job.payload);
        await queue.complete(PUBLISH_VARIANT_JOB, job.id);
      }
    };
    return { db, connector, scheduler, ws, posts, runDue, requests, rewrites };
  }

  async function variant(s: Awaited<ReturnType<typeof setup>>, trackLinks: boolean) {
    const postId = newId();
    const id = newId();
    await s.posts.createPost({ id: postId, workspaceId: s.ws.workspaceId, title: 'P', trackLinks, now: T0 });
    await s.posts.createVariants([
      {
        id,
        workspaceId: s.ws.workspaceId,
        postId,
        accountId: s.ws.accountId,
        text: 'Read https://example.com/a',
        media: [{ mediaId: 'm1', altText: 'A chart' }],
        thread: [{ text: 'Then https://example.com/b', media: [] }],
        firstComment: 'More at https://example.com/c',
        visibility: 'unlisted',
        contentWarning: 'cw',
        scheduledAt: T0,
        status: 'scheduled',
        now: T0,
      },
    ]);
    await s.scheduler.schedule(s.ws.workspaceId, id, new Date(T0));
    return id;
  }

  it('builds the request from every field and rewrites links when the post tracks them', async () => {
    const s = await setup();
    const id = await variant(s, true);
    await s.runDue();
    expect((await s.posts.getVariant(s.ws.workspaceId, id))!.status).toBe('published');
    const r = s.requests[0]!;
    expect(r.parts.map((p) => p.text)).toEqual(['Read https://p.test/l/abc', 'Then https://p.test/l/abc']);
    expect(r.parts[0]).toMatchObject({ visibility: 'unlisted', contentWarning: 'cw' });
    expect(r.parts[0]!.media).toHaveLength(1);
    expect(r.parts[0]!.media![0]!.altText).toBe('A chart');
    expect(r.firstComment?.text).toBe('More at https://p.test/l/abc');
    expect(s.rewrites.map((x) => [x.variantId, x.campaign])).toEqual([
      [id, null],
      [id, null],
      [id, null],
    ]);
  });

  it('publishes links as written when the post does not track them', async () => {
    const s = await setup();
    await variant(s, false);
    await s.runDue();
    expect(s.requests[0]!.parts[0]!.text).toBe('Read https://example.com/a');
    expect(s.rewrites).toEqual([]);
  });

  it('gives a user retry a fresh budget after the automatic retries ran out', async () => {
    const s = await setup();
    const id = await variant(s, false);
    const transient = () => new ConnectorError('transient', '503', { code: 'unavailable' });
    s.connector.script(transient(), transient(), transient(), transient(), transient());
    for (let i = 0; i < 8; i += 1) {
      await s.runDue();
      clock.advance(20 * 60_000);
    }
    await s.runDue();
    const failed = (await s.posts.getVariant(s.ws.workspaceId, id))!;
    expect(failed.status).toBe('failed');
    const attempts = new PublishAttemptsRepository(s.db);
    expect((await attempts.list(s.ws.workspaceId, id)).length).toBe(5);

    const now = clock.now().toISOString();
    expect(await s.posts.retryFailed(s.ws.workspaceId, id, now, 5, now)).toBe(true);
    await s.scheduler.schedule(s.ws.workspaceId, id, clock.now());
    await s.runDue();
    const v = (await s.posts.getVariant(s.ws.workspaceId, id))!;
    expect(v.status).toBe('published');
    expect(v.idempotencyKey).toBe(failed.idempotencyKey);
    expect(s.connector.published).toEqual([failed.idempotencyKey]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob } from '../../src/modules/jobs/job-queue.port.js';
import { startOnFirstUse } from '../../src/modules/jobs/queue.factory.js';
import { SqlJobQueue } from '../../src/modules/jobs/sql-job-queue.js';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';

const PING = defineJob('test.ping', z.object({ n: z.number() }));

/** A real SQL queue that counts how often it is started and stopped. */
class CountingQueue extends SqlJobQueue {
  starts = 0;
  stops = 0;
  override async start(): Promise<void> {
    this.starts += 1;
    await super.start();
  }
  override async stop(): Promise<void> {
    this.stops += 1;
    await super.stop();
  }
}

describe('startOnFirstUse', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await tdb.drop();
  });

  it('starts the queue once, on the first call, and stops only a started queue', async () => {
    const inner = new CountingQueue(tdb.database.db, 'sqlite');
    const queue = startOnFirstUse(inner);
    await queue.stop();
    expect([inner.starts, inner.stops]).toEqual([0, 0]);

    await Promise.all([queue.send(PING, { n: 1 }), queue.send(PING, { n: 2 })]);
    const jobs = await queue.fetch(PING, { batchSize: 10 });
    expect(jobs.map((j) => j.payload.n).sort()).toEqual([1, 2]);
    expect(inner.starts).toBe(1);

    await queue.stop();
    await queue.stop();
    expect(inner.stops).toBe(1);
    // Used again after a stop (a test app reused): it starts again.
    await queue.send(PING, { n: 3 });
    expect(inner.starts).toBe(2);
    await queue.stop();
  });

  it('tries to start again after a failed start', async () => {
    class FlakyQueue extends CountingQueue {
      broken = true;
      override async start(): Promise<void> {
        if (this.broken) throw new Error('database down');
        await super.start();
      }
    }
    const inner = new FlakyQueue(tdb.database.db, 'sqlite');
    const queue = startOnFirstUse(inner);
    await expect(queue.send(PING, { n: 1 })).rejects.toThrow('database down');
    inner.broken = false;
    await expect(queue.send(PING, { n: 1 })).resolves.toEqual(expect.any(String));
    expect(inner.starts).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob, type JobQueue } from '../../src/modules/jobs/job-queue.port.js';
import { JobRegistry } from '../../src/modules/jobs/job-registry.js';

/** What a contract run needs: a started queue on a fresh database, and how to throw it away. */
export interface QueueFixture {
  queue: JobQueue;
  dispose(): Promise<void>;
}

const PAYLOAD = z.object({ n: z.number().int() });

/** Polls `check` until it is true (no time is asserted: the limit only stops a broken run). */
export async function eventually(check: () => Promise<boolean> | boolean, limitMs = 20_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition never became true');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The behaviour every JobQueue adapter must have; each adapter's test file calls this once. */
export function queueContract(label: string, make: () => Promise<QueueFixture>): void {
  describe(`JobQueue contract: ${label}`, () => {
    let fx: QueueFixture;
    let seq = 0;
    // A fresh job name per test keeps tests independent on one database.
    const job = () => defineJob(`contract_${++seq}`, PAYLOAD);

    beforeAll(async () => {
      fx = await make();
    });
    afterAll(async () => {
      await fx.dispose();
    });

    it('runs every due job exactly once', async () => {
      const def = job();
      const seen = new Map<number, number>();
      const created = await fx.queue.sendMany(
        def,
        Array.from({ length: 30 }, (_, n) => ({ payload: { n } })),
      );
      expect(created).toBe(30);
      await fx.queue.work(
        def,
        async (j) => {
          seen.set(j.payload.n, (seen.get(j.payload.n) ?? 0) + 1);
        },
        { batchSize: 7, concurrency: 3, pollMs: 100 },
      );
      await eventually(() => seen.size === 30);
      await new Promise((r) => setTimeout(r, 300));
      expect([...seen.values()].every((c) => c === 1)).toBe(true);
    });

    it('leaves future jobs waiting', async () => {
      const def = job();
      const id = await fx.queue.send(def, { n: 1 }, { runAt: new Date(Date.now() + 3600_000) });
      expect(id).not.toBeNull();
      expect(await fx.queue.fetch(def)).toEqual([]);
      expect(await fx.queue.state(def, id!)).toBe('waiting');
    });

    it('validates payloads when sending', async () => {
      const def = job();
      await expect(fx.queue.send(def, { n: 1.5 })).rejects.toThrow();
    });

    it('retries a failing job with backoff, then fails it', async () => {
      const def = job();
      const id = await fx.queue.send(def, { n: 1 }, { retryLimit: 2, backoffMs: 1000 });
      const attempts: number[] = [];
      let first = await fx.queue.fetch(def);
      expect(first.map((j) => j.id)).toEqual([id]);
      attempts.push(first[0]!.attempt);
      await fx.queue.fail(def, id!, new Error('boom'));
      // Backoff: not due again straight away.
      expect(await fx.queue.fetch(def)).toEqual([]);
      expect(await fx.queue.state(def, id!)).toBe('waiting');
      while (attempts.length < 3) {
        await eventually(async () => {
          first = await fx.queue.fetch(def);
          return first.length === 1;
        });
        attempts.push(first[0]!.attempt);
        await fx.queue.fail(def, id!, new Error('boom'));
      }
      expect(attempts).toEqual([1, 2, 3]);
      expect(await fx.queue.state(def, id!)).toBe('failed');
    });

    it('takes again the job of a worker that died (lease expired)', async () => {
      const def = job();
      const id = await fx.queue.send(def, { n: 7 }, { leaseMs: 1000, backoffMs: 1000 });
      const claimed = await fx.queue.fetch(def);
      expect(claimed.map((j) => j.id)).toEqual([id]);
      // The worker "dies": it never completes. Another claim gets the job back after the lease.
      let again: Awaited<ReturnType<typeof fx.queue.fetch<{ n: number }>>> = [];
      await eventually(async () => {
        again = await fx.queue.fetch(def);
        return again.length === 1;
      });
      expect(again[0]).toMatchObject({ id, payload: { n: 7 }, attempt: 2 });
      await fx.queue.complete(def, id!);
      expect(await fx.queue.fetch(def)).toEqual([]);
    });

    it('does not duplicate a job sent twice with one singleton key', async () => {
      const def = job();
      const a = await fx.queue.send(def, { n: 1 }, { singletonKey: 'variant-1' });
      const b = await fx.queue.send(def, { n: 2 }, { singletonKey: 'variant-1' });
      expect(a).not.toBeNull();
      expect(b).toBeNull();
      await fx.queue.sendMany(def, [
        { payload: { n: 3 }, opts: { singletonKey: 'variant-1' } },
        { payload: { n: 4 }, opts: { singletonKey: 'variant-2' } },
        { payload: { n: 5 }, opts: { singletonKey: 'variant-2' } },
      ]);
      // Within one batch, which of two sends with the same key wins is up to the adapter.
      const jobs = await fx.queue.fetch(def, { batchSize: 10 });
      const got = jobs.map((j) => j.payload.n).sort();
      expect(got).toHaveLength(2);
      expect(got[0]).toBe(1);
      expect([4, 5]).toContain(got[1]);
    });

    it('cancels a waiting job, by id or by singleton key', async () => {
      const def = job();
      const later = new Date(Date.now() + 500);
      const a = await fx.queue.send(def, { n: 1 }, { runAt: later });
      await fx.queue.send(def, { n: 2 }, { runAt: later, singletonKey: 'k' });
      expect(await fx.queue.cancel(def, a!)).toBe(true);
      expect(await fx.queue.cancel(def, a!)).toBe(false);
      expect(await fx.queue.state(def, a!)).toBe('cancelled');
      expect(await fx.queue.cancelBySingletonKey(def, 'k')).toBe(true);
      // The key is free again once cancelled.
      expect(await fx.queue.send(def, { n: 3 }, { runAt: later, singletonKey: 'k' })).not.toBeNull();
      await new Promise((r) => setTimeout(r, 600));
      const jobs = await fx.queue.fetch(def, { batchSize: 10 });
      expect(jobs.map((j) => j.payload.n)).toEqual([3]);
    });

    it('refuses to start consumers when a declared job has no handler', async () => {
      const registry = new JobRegistry().declare(job() as never).handle(job(), async () => undefined);
      expect(registry.missing()).toHaveLength(1);
      await expect(registry.start(fx.queue)).rejects.toThrow(/No handler/);
    });
  });
}

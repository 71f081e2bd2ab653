import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaStore } from '../../src/modules/media/media-store.port.js';

/** What a contract run needs: an empty store, and how to throw it away. */
export interface MediaStoreFixture {
  store: MediaStore;
  dispose(): Promise<void>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(chunks);
}

let seq = 0;
/** A fresh key per test, shaped like the keys the application generates. */
const key = () => `ws-${process.pid}/media-${++seq}`;

/** The behaviour every MediaStore adapter must have (local disk, memory, and any future S3 one). */
export function mediaStoreContract(label: string, make: () => Promise<MediaStoreFixture>): void {
  describe(`MediaStore contract: ${label}`, () => {
    let fx: MediaStoreFixture;
    beforeAll(async () => {
      fx = await make();
    });
    afterAll(async () => {
      await fx.dispose();
    });

    it('gives back exactly the bytes it was given', async () => {
      const k = key();
      const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 256);
      await fx.store.put(k, bytes);
      expect(await fx.store.exists(k)).toBe(true);
      expect(Buffer.from((await fx.store.get(k))!)).toEqual(Buffer.from(bytes));
    });

    it('answers null and false for a key never written, and deletes it without error', async () => {
      const k = key();
      expect(await fx.store.get(k)).toBeNull();
      expect(await fx.store.open(k)).toBeNull();
      expect(await fx.store.exists(k)).toBe(false);
      await expect(fx.store.delete(k)).resolves.toBeUndefined();
    });

    it('replaces the content of a key written twice', async () => {
      const k = key();
      await fx.store.put(k, Buffer.from('first version, longer than the second'));
      await fx.store.put(k, Buffer.from('second'));
      expect(Buffer.from((await fx.store.get(k))!).toString()).toBe('second');
    });

    it('forgets a deleted key', async () => {
      const k = key();
      await fx.store.put(k, Buffer.from('gone soon'));
      await fx.store.delete(k);
      expect(await fx.store.exists(k)).toBe(false);
      expect(await fx.store.get(k)).toBeNull();
    });

    it('streams the bytes with their size', async () => {
      const k = key();
      const bytes = Buffer.alloc(3 * 1024 * 1024 + 17, 0xab);
      await fx.store.put(k, bytes);
      const file = await fx.store.open(k);
      expect(file?.size).toBe(bytes.length);
      expect((await readAll(file!.stream)).equals(bytes)).toBe(true);
    });

    it('streams an inclusive range of the bytes, with the whole size', async () => {
      const k = key();
      const bytes = Buffer.from('0123456789');
      await fx.store.put(k, bytes);
      const middle = await fx.store.open(k, { start: 2, end: 5 });
      expect(middle?.size).toBe(10);
      expect((await readAll(middle!.stream)).toString()).toBe('2345');
      const last = await fx.store.open(k, { start: 9, end: 9 });
      expect((await readAll(last!.stream)).toString()).toBe('9');
      expect(await fx.store.open(key(), { start: 0, end: 1 })).toBeNull();
    });

    it('keeps what it stored when the caller later changes its buffer', async () => {
      const k = key();
      const bytes = Buffer.from('original');
      await fx.store.put(k, bytes);
      bytes.write('changed!');
      expect(Buffer.from((await fx.store.get(k))!).toString()).toBe('original');
    });

    it('keeps keys that share a prefix apart', async () => {
      const base = key();
      await fx.store.put(`${base}a`, Buffer.from('A'));
      await fx.store.put(`${base}ab`, Buffer.from('AB'));
      expect(Buffer.from((await fx.store.get(`${base}a`))!).toString()).toBe('A');
      expect(Buffer.from((await fx.store.get(`${base}ab`))!).toString()).toBe('AB');
    });

    it('lists every stored key with when it was written, and forgets deleted ones', async () => {
      const before = Date.now() - 5_000;
      const kept = key();
      const dropped = key();
      await fx.store.put(kept, Buffer.from('kept'));
      await fx.store.put(dropped, Buffer.from('dropped'));
      await fx.store.delete(dropped);
      const listed = new Map<string, Date>();
      for await (const f of fx.store.list()) listed.set(f.key, f.modifiedAt);
      expect(listed.has(kept)).toBe(true);
      expect(listed.has(dropped)).toBe(false);
      expect(listed.get(kept)!.getTime()).toBeGreaterThan(before);
      expect(listed.get(kept)!.getTime()).toBeLessThan(Date.now() + 5_000);
    });

    it.each([
      '../escape',
      'a/../../escape',
      '/etc/passwd',
      'a/./b',
      '.hidden',
      'a//b',
      'a/',
      '',
      'a\\..\\b',
      'a/b\0c',
      'C:/windows',
    ])('refuses the key %j for every operation', async (bad) => {
      await expect(fx.store.put(bad, Buffer.from('x'))).rejects.toThrow(/key/i);
      await expect(fx.store.get(bad)).rejects.toThrow(/key/i);
      await expect(fx.store.open(bad)).rejects.toThrow(/key/i);
      await expect(fx.store.exists(bad)).rejects.toThrow(/key/i);
      await expect(fx.store.delete(bad)).rejects.toThrow(/key/i);
    });
  });
}

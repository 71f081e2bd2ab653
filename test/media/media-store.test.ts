import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskMediaStore } from '../../src/modules/media/local-disk-media-store.js';
import { MemoryMediaStore } from '../../src/modules/media/memory-media-store.js';
import { mediaStoreContract } from './media-store.contract.js';

const tempRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'presence-media-'));

mediaStoreContract('LocalDiskMediaStore', async () => {
  const root = tempRoot();
  return {
    store: new LocalDiskMediaStore(path.join(root, 'media')),
    dispose: async () => fs.rmSync(root, { recursive: true, force: true }),
  };
});

mediaStoreContract('MemoryMediaStore', async () => ({
  store: new MemoryMediaStore(),
  dispose: async () => {},
}));

describe('LocalDiskMediaStore on disk', () => {
  let root: string;
  let store: LocalDiskMediaStore;
  beforeAll(() => {
    root = tempRoot();
    store = new LocalDiskMediaStore(path.join(root, 'media'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('writes the file under the root at its key, and leaves no temporary file behind', async () => {
    await store.put('ws1/file1', Buffer.from('hello'));
    expect(fs.readFileSync(path.join(root, 'media', 'ws1', 'file1'), 'utf8')).toBe('hello');
    expect(fs.readdirSync(path.join(root, 'media', 'ws1'))).toEqual(['file1']);
  });

  it('never shows a leftover temporary file (a crash mid-write) as a stored key', async () => {
    // What a crash between write and rename leaves: a hidden temporary file beside the final name.
    fs.mkdirSync(path.join(root, 'media', 'ws2'), { recursive: true });
    fs.writeFileSync(path.join(root, 'media', 'ws2', '.file2.1234.tmp'), 'half');
    expect(await store.exists('ws2/file2')).toBe(false);
    expect(await store.get('ws2/file2')).toBeNull();
    const keys: string[] = [];
    for await (const f of store.list()) keys.push(f.key);
    expect(keys.filter((k) => k.startsWith('ws2/'))).toEqual([]);
  });

  it('keeps the previous content and cleans up when a write cannot complete', async () => {
    await store.put('ws3/file3', Buffer.from('complete'));
    // A directory where the final file should go makes the rename fail after the bytes were written.
    fs.mkdirSync(path.join(root, 'media', 'ws3', 'blocked', 'inside'), { recursive: true });
    await expect(store.put('ws3/blocked', Buffer.from('never visible'))).rejects.toThrow();
    expect(fs.readdirSync(path.join(root, 'media', 'ws3')).sort()).toEqual(['blocked', 'file3']);
    expect(Buffer.from((await store.get('ws3/file3'))!).toString()).toBe('complete');
  });
});

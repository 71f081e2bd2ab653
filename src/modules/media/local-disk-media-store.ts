import type { Dirent } from 'node:fs';
import crypto from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { ByteRange } from './byte-range.js';
import { assertMediaKey, type MediaStore, type StoredMediaFile } from './media-store.port.js';

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Media files on the local disk under one root folder (`<dataDir>/media`). Each write goes to a
 * hidden temporary file in the same folder and is renamed into place, so a crash never leaves a half
 * file under its final name (rename is atomic within a file system). Hidden names cannot be keys,
 * so a leftover temporary file is never served.
 */
export class LocalDiskMediaStore implements MediaStore {
  readonly #root: string;
  constructor(root: string) {
    this.#root = path.resolve(root);
  }

  #file(key: string): string {
    assertMediaKey(key);
    const file = path.resolve(this.#root, key);
    // Belt and braces after the key check: the resolved path must stay inside the root.
    if (!file.startsWith(this.#root + path.sep)) throw new Error('Refused media key outside the store');
    return file;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.#file(key);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${crypto.randomUUID()}.tmp`);
    try {
      const handle = await fsp.open(temp, 'wx');
      try {
        await handle.writeFile(bytes);
        // Flushed before the rename: after a power cut the final name holds all the bytes or none.
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsp.rename(temp, file);
    } catch (e) {
      await fsp.rm(temp, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await fsp.readFile(this.#file(key)));
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async open(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number } | null> {
    const file = this.#file(key);
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(file, 'r');
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
    try {
      // The size and the stream come from the same open file, so a concurrent replace cannot mix them.
      const { size } = await handle.stat();
      // The stream closes the file when it ends, fails or is destroyed (a client gone mid-download).
      return { stream: handle.createReadStream(range ? { start: range.start, end: range.end } : {}), size };
    } catch (e) {
      await handle.close();
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.#file(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    const file = this.#file(key);
    try {
      return (await fsp.stat(file)).isFile();
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }

  async *list(): AsyncIterable<StoredMediaFile> {
    yield* this.#walk('');
  }

  // Depth-first over the folders; hidden names (temporary files of writes in progress or interrupted)
  // are not keys and are skipped.
  async *#walk(prefix: string): AsyncIterable<StoredMediaFile> {
    let entries: Dirent[];
    try {
      entries = await fsp.readdir(path.join(this.#root, prefix), { withFileTypes: true });
    } catch (e) {
      if (isMissing(e)) return;
      throw e;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const key = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) yield* this.#walk(key);
      else if (entry.isFile()) {
        const stat = await fsp.stat(path.join(this.#root, key)).catch(() => null);
        if (stat) yield { key, modifiedAt: stat.mtime };
      }
    }
  }
}

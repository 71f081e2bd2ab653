import { Readable } from 'node:stream';
import type { ByteRange } from './byte-range.js';
import { assertMediaKey, type MediaStore, type StoredMediaFile } from './media-store.port.js';

/** Bytes in a Map, for unit tests; same key rules as the other adapters. */
export class MemoryMediaStore implements MediaStore {
  readonly #files = new Map<string, Uint8Array>();
  readonly #written = new Map<string, Date>();

  async put(key: string, bytes: Uint8Array): Promise<void> {
    assertMediaKey(key);
    // A copy, so the caller changing its buffer afterwards does not change what was stored.
    this.#files.set(key, new Uint8Array(bytes));
    this.#written.set(key, new Date());
  }

  async get(key: string): Promise<Uint8Array | null> {
    assertMediaKey(key);
    const found = this.#files.get(key);
    return found ? new Uint8Array(found) : null;
  }

  async open(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number } | null> {
    const bytes = await this.get(key);
    if (!bytes) return null;
    const part = range ? bytes.subarray(range.start, range.end + 1) : bytes;
    return { stream: Readable.from([Buffer.from(part)]), size: bytes.byteLength };
  }

  async delete(key: string): Promise<void> {
    assertMediaKey(key);
    this.#files.delete(key);
    this.#written.delete(key);
  }

  async exists(key: string): Promise<boolean> {
    assertMediaKey(key);
    return this.#files.has(key);
  }

  async *list(): AsyncIterable<StoredMediaFile> {
    for (const [key, modifiedAt] of [...this.#written]) yield { key, modifiedAt };
  }
}

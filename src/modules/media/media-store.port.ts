import type { Readable } from 'node:stream';
import type { ByteRange } from './byte-range.js';

/**
 * Where uploaded media bytes live. The database holds what a file is (media table); a store only keeps
 * bytes under opaque keys the application generates. Adapters: local disk (default), memory (tests);
 * an S3-compatible one can come later and must pass test/media/media-store.contract.ts like the others.
 */
export interface MediaStore {
  /** Stores `bytes` under `key`, replacing any previous content; readers never see a partial file. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Uint8Array | null>;
  /**
   * A stream of the bytes, or of the inclusive `range` of them (serving and seeking in large videos
   * without holding them in memory), with the whole file's size; null when there is no such key.
   */
  open(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number } | null>;
  /** Removes the bytes; removing an absent key is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every stored key with when it was last written (for the purge of files no row names). */
  list(): AsyncIterable<StoredMediaFile>;
}

/** One entry of `MediaStore.list`. */
export interface StoredMediaFile {
  key: string;
  modifiedAt: Date;
}

// Keys are slash-separated segments of letters, digits, `-` and `_` (with inner dots), each starting
// with a letter or digit: no `..`, no absolute path, no hidden file. Keys are generated, never user
// input; every adapter still refuses anything else, so a bug upstream cannot reach outside the store.
const KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}(\/[A-Za-z0-9][A-Za-z0-9_.-]{0,127}){0,7}$/;

/** Throws unless `key` is a well-formed store key. */
export function assertMediaKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((s) => s.includes('..'))) {
    throw new Error(`Refused media key ${JSON.stringify(key.slice(0, 80))}`);
  }
}

/** The key a workspace's media file is stored under (grouped by workspace for purges and backups). */
export function mediaKey(workspaceId: string, mediaId: string): string {
  const key = `${workspaceId}/${mediaId}`;
  assertMediaKey(key);
  return key;
}

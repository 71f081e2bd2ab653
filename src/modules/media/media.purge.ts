import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { MediaStore, StoredMediaFile } from './media-store.port.js';
import { MediaRepository } from './media.repository.js';

/**
 * How long a file may exist without a row before the purge removes it. An upload writes its bytes
 * before its row, so a younger file may belong to an upload in progress.
 */
export const ORPHAN_GRACE_MS = 3600_000;

const BATCH = 500;

/**
 * Removes stored files that no media row names: those of deleted workspaces (their rows cascade, the
 * files stay) and of uploads that crashed between the bytes and the row. Returns how many it removed.
 */
export async function purgeOrphanMedia(
  db: Kysely<DB>,
  store: MediaStore,
  now: Date,
  graceMs = ORPHAN_GRACE_MS,
): Promise<number> {
  const repo = new MediaRepository(db);
  let removed = 0;
  let batch: StoredMediaFile[] = [];
  const flush = async () => {
    const known = await repo.knownKeys(batch.map((f) => f.key));
    for (const f of batch) {
      if (known.has(f.key)) continue;
      await store.delete(f.key);
      removed += 1;
    }
    batch = [];
  };
  for await (const file of store.list()) {
    if (now.getTime() - file.modifiedAt.getTime() < graceMs) continue;
    batch.push(file);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length) await flush();
  return removed;
}

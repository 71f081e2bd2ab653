import type { Kysely } from 'kysely';
import type { AppContext } from '../../app/context.js';
import type { DB } from '../../db/schema.js';
import { ConnectorError } from '../publishing/connectors/connector.errors.js';
import type { MediaItem } from '../publishing/connectors/connector.port.js';
import type { MediaResolver } from '../publishing/scheduler/scheduler.service.js';
import { mediaStoreFor } from './media-store.factory.js';
import { MediaRepository } from './media.repository.js';
import { parseMediaKind } from './media-types.js';

/** What the composer's live checks need to know about an attached file (no bytes). */
export interface MediaInfo {
  id: string;
  kind: 'image' | 'video' | 'gif';
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  filename: string | null;
}

// A file gone between scheduling and publishing is the content's fault, not the network's: the
// variant fails with a reason the user can act on, and is not retried.
const unavailable = (mediaId: string, why: string) =>
  new ConnectorError('invalid_content', `Media ${mediaId} is unavailable: ${why}`, {
    code: 'media_unavailable',
  });

/**
 * The scheduler's media resolver: the bytes, type, kind and pixel size of each referenced file of the
 * workspace, in the order given, with the alt text of the reference.
 */
export function createMediaResolver(ctx: AppContext): MediaResolver {
  const repo = new MediaRepository(ctx.database.db);
  const store = mediaStoreFor(ctx.config);
  return async (workspaceId, refs) => {
    const rows = new Map(
      (
        await repo.findMany(
          workspaceId,
          refs.map((r) => r.mediaId),
        )
      ).map((r) => [r.id, r]),
    );
    const items: MediaItem[] = [];
    // One file at a time: a post holds at most a few, and a video can be large.
    for (const ref of refs) {
      const row = rows.get(ref.mediaId);
      if (!row) throw unavailable(ref.mediaId, 'no such file in this workspace');
      const data = await store.get(row.storage_key);
      if (!data) throw unavailable(ref.mediaId, 'its bytes are missing from the media store');
      items.push({
        kind: parseMediaKind(row.kind),
        mimeType: row.mime_type,
        data,
        altText: ref.altText,
        ...(row.width !== null ? { width: row.width } : {}),
        ...(row.height !== null ? { height: row.height } : {}),
      });
    }
    return items;
  };
}

/**
 * What the workspace's files among `ids` are, in the order of `ids` (duplicates once); ids of
 * unknown files or of other workspaces are absent.
 */
export async function describeMedia(
  db: Kysely<DB>,
  workspaceId: string,
  ids: readonly string[],
): Promise<MediaInfo[]> {
  const rows = new Map((await new MediaRepository(db).findMany(workspaceId, ids)).map((r) => [r.id, r]));
  return [...new Set(ids)].flatMap((id) => {
    const r = rows.get(id);
    return r
      ? [
          {
            id: r.id,
            kind: parseMediaKind(r.kind),
            mimeType: r.mime_type,
            sizeBytes: r.size_bytes,
            width: r.width,
            height: r.height,
            filename: r.filename,
          },
        ]
      : [];
  });
}

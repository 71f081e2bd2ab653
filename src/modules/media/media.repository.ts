import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { MediaTable } from './media.tables.js';

export type MediaRow = Selectable<MediaTable>;

/** A variant that references a media file, as the delete check reports it. */
export interface MediaUse {
  variantId: string;
  postId: string;
  status: string;
}

/** `[{ mediaId }]` JSON of a variant or of its thread parts: the media ids it names. */
function referencedIds(mediaJson: string, threadJson: string | null): Set<string> {
  const ids = new Set<string>();
  const add = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const m of list) {
      const id = (m as { mediaId?: unknown } | null)?.mediaId;
      if (typeof id === 'string') ids.add(id);
    }
  };
  add(JSON.parse(mediaJson));
  if (threadJson) {
    const parts: unknown = JSON.parse(threadJson);
    if (Array.isArray(parts)) for (const p of parts) add((p as { media?: unknown } | null)?.media);
  }
  return ids;
}

/** SQL for uploaded media. Every query names the workspace, except the store-wide purge's. */
export class MediaRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: MediaRow): Promise<void> {
    await this.db.insertInto('media').values(row).execute();
  }

  async find(workspaceId: string, id: string): Promise<MediaRow | undefined> {
    return this.db
      .selectFrom('media')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The oldest file of the workspace with these exact bytes (upload deduplication). */
  async findByChecksum(workspaceId: string, sha256: string): Promise<MediaRow | undefined> {
    return this.db
      .selectFrom('media')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('sha256', '=', sha256)
      .orderBy('id')
      .executeTakeFirst();
  }

  /** The rows of the workspace among `ids`; ids of other workspaces or unknown ones are absent. */
  async findMany(workspaceId: string, ids: readonly string[]): Promise<MediaRow[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('media')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [...new Set(ids)])
      .execute();
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.db.deleteFrom('media').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  }

  /** Which of these store keys a media row names, in any workspace (the orphan purge). */
  async knownKeys(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('media')
      .select('storage_key')
      .where('storage_key', 'in', [...keys])
      .execute();
    return new Set(rows.map((r) => r.storage_key));
  }

  /**
   * Variants past the draft stage whose media, or whose thread parts' media, name `mediaId`. The
   * LIKE on the JSON text narrows the rows on both engines (ids are generated UUIDs: no wildcard in
   * them); parsing then confirms the reference, so an id inside someone's text does not count.
   */
  async findUses(workspaceId: string, mediaId: string): Promise<MediaUse[]> {
    const pattern = `%${mediaId}%`;
    const rows = await this.db
      .selectFrom('post_variants')
      .select(['id', 'post_id', 'status', 'media', 'thread'])
      .where('workspace_id', '=', workspaceId)
      .where('status', '!=', 'draft')
      .where((eb) =>
        eb.or([
          eb(sql<string>`cast(media as text)`, 'like', pattern),
          eb(sql<string>`cast(thread as text)`, 'like', pattern),
        ]),
      )
      .execute();
    return rows
      .filter((r) => referencedIds(r.media, r.thread).has(mediaId))
      .map((r) => ({ variantId: r.id, postId: r.post_id, status: r.status }));
  }
}

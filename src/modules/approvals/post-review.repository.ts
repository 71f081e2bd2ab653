import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PostCommentsTable, PostVersionsTable, ReviewLinksTable } from './approvals.tables.js';

export type VersionRow = Selectable<PostVersionsTable>;
export type CommentRow = Selectable<PostCommentsTable>;
export type ReviewLinkRow = Selectable<ReviewLinksTable>;

/** What reviewing a post leaves behind: its versions, comments and outside review links. */
export class PostReviewRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Versions of a post, newest first. */
  async listVersions(workspaceId: string, postId: string): Promise<VersionRow[]> {
    return this.db
      .selectFrom('post_versions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('post_id', '=', postId)
      .orderBy('number', 'desc')
      .execute();
  }

  async getVersion(workspaceId: string, postId: string, id: string): Promise<VersionRow | null> {
    const r = await this.db
      .selectFrom('post_versions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('post_id', '=', postId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ?? null;
  }

  async insertVersion(row: PostVersionsTable): Promise<void> {
    await this.db.insertInto('post_versions').values(row).execute();
  }

  async listComments(workspaceId: string, postId: string): Promise<CommentRow[]> {
    return this.db
      .selectFrom('post_comments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('post_id', '=', postId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async insertComment(row: PostCommentsTable): Promise<void> {
    await this.db.insertInto('post_comments').values(row).execute();
  }

  async listLinks(workspaceId: string, postId: string): Promise<ReviewLinkRow[]> {
    return this.db
      .selectFrom('review_links')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('post_id', '=', postId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  async insertLink(row: ReviewLinksTable): Promise<void> {
    await this.db.insertInto('review_links').values(row).execute();
  }

  /** Revokes a link of the post; false when there is none. */
  async revokeLink(workspaceId: string, postId: string, id: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('review_links')
      .set({ revoked_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('post_id', '=', postId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** A link by the hash of its token, whatever its state (the service checks expiry and revocation). */
  async findLinkByHash(tokenHash: string): Promise<ReviewLinkRow | null> {
    const r = await this.db
      .selectFrom('review_links')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return r ?? null;
  }

  async touchLink(id: string, at: string): Promise<void> {
    await this.db.updateTable('review_links').set({ last_used_at: at }).where('id', '=', id).execute();
  }
}

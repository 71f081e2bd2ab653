import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AuditLogTable } from '../../db/tables/foundation.tables.js';

export type AuditRow = Selectable<AuditLogTable>;

export interface AuditFilter {
  actorUserId?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  from?: string;
  to?: string;
  /** Keyset pagination: entries strictly older than this id. */
  before?: string;
  limit: number;
}

/** SQL for the append-only audit log. */
export class AuditRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: AuditRow): Promise<void> {
    await this.db.insertInto('audit_log').values(row).execute();
  }

  /** Newest first; ids are time-ordered UUIDs so they page stably. */
  async list(workspaceId: string, f: AuditFilter): Promise<AuditRow[]> {
    let q = this.db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
    if (f.actorUserId) q = q.where('actor_user_id', '=', f.actorUserId);
    if (f.action) q = q.where('action', '=', f.action);
    if (f.objectType) q = q.where('object_type', '=', f.objectType);
    if (f.objectId) q = q.where('object_id', '=', f.objectId);
    if (f.from) q = q.where('created_at', '>=', f.from);
    if (f.to) q = q.where('created_at', '<', f.to);
    if (f.before) q = q.where('id', '<', f.before);
    return q.orderBy('id', 'desc').limit(f.limit).execute();
  }
}

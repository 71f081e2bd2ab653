import type { Kysely } from 'kysely';
import { invalid } from '../../app/errors.js';
import type { DB } from '../../db/schema.js';
import { AuditRepository, type AuditFilter, type AuditRow } from './audit.repository.js';
import type { AuditEntryView, AuditFilters } from './audit.schemas.js';

const DAY_MS = 24 * 3600 * 1000;

/** Turns a stored row into what the API shows (before/after parsed back from JSON). */
export function presentAuditEntry(row: AuditRow): AuditEntryView {
  return {
    id: row.id,
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    summary: row.summary,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    ip: row.ip,
    createdAt: row.created_at,
  };
}

/**
 * Normalises a bound to the ISO form stored in `created_at`. A bare date is a whole UTC day: as a start
 * it means that midnight, as an end it includes the day (so "to 31 January" keeps 31 January).
 */
export function auditBound(value: string, end: boolean): string {
  if (value.length === 10) {
    const midnight = Date.parse(`${value}T00:00:00Z`);
    return new Date(end ? midnight + DAY_MS : midnight).toISOString();
  }
  return new Date(value).toISOString();
}

function toRepositoryFilter(f: AuditFilters, limit: number, before?: string): AuditFilter {
  const from = f.from ? auditBound(f.from, false) : undefined;
  const to = f.to ? auditBound(f.to, true) : undefined;
  if (from && to && from >= to) throw invalid('to', 'The end of the period must come after its start');
  return {
    limit,
    ...(f.actorUserId ? { actorUserId: f.actorUserId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.objectType ? { objectType: f.objectType } : {}),
    ...(f.objectId ? { objectId: f.objectId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(before ? { before } : {}),
  };
}

/** Reads the audit log of one workspace: pages for the screen, batches for the CSV export. */
export class AuditQueryService {
  private readonly repo: AuditRepository;
  constructor(db: Kysely<DB>) {
    this.repo = new AuditRepository(db);
  }

  /** Newest first; `nextCursor` is passed back as `before` for the next page (keyset, stable). */
  async page(
    workspaceId: string,
    filters: AuditFilters,
    opts: { limit: number; before?: string },
  ): Promise<{ data: AuditEntryView[]; nextCursor: string | null }> {
    // One extra row tells whether another page exists without a count query.
    const rows = await this.repo.list(workspaceId, toRepositoryFilter(filters, opts.limit + 1, opts.before));
    const page = rows.slice(0, opts.limit);
    return {
      data: page.map(presentAuditEntry),
      nextCursor: rows.length > opts.limit ? (page[page.length - 1]?.id ?? null) : null,
    };
  }

  /**
   * Every matching entry, newest first, read in batches so a large export never sits in memory. Filters
   * are checked before the first row so a bad period is a 400, not a broken download.
   */
  all(workspaceId: string, filters: AuditFilters, batchSize = 500): AsyncGenerator<AuditEntryView> {
    toRepositoryFilter(filters, batchSize);
    return this.batches(workspaceId, filters, batchSize);
  }

  private async *batches(
    workspaceId: string,
    filters: AuditFilters,
    batchSize: number,
  ): AsyncGenerator<AuditEntryView> {
    let before: string | undefined;
    for (;;) {
      const rows = await this.repo.list(workspaceId, toRepositoryFilter(filters, batchSize, before));
      for (const row of rows) yield presentAuditEntry(row);
      if (rows.length < batchSize) return;
      before = rows[rows.length - 1]?.id;
    }
  }
}

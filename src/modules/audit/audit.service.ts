import type { Kysely } from 'kysely';
import type { Actor } from '../../app/http/principal.js';
import type { Clock } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import type { DB } from '../../db/schema.js';
import { AuditRepository } from './audit.repository.js';

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

// Keys whose values must never reach the audit log, whatever object is being recorded.
const SECRET_KEYS = /pass(word)?|token|secret|hash|cookie|credential|authorization/i;

/** Copies a value for the log, replacing secret-looking fields and trimming long text. */
export function redactForAudit(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') return value.length > 500 ? `${value.slice(0, 500)}…` : value;
  if (typeof value !== 'object') return value;
  if (depth > 4) return '…';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactForAudit(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      SECRET_KEYS.test(k) ? '[redacted]' : redactForAudit(v, depth + 1),
    ]),
  );
}

/** Records who changed what; every service that changes workspace data calls it. */
export class AuditService {
  private readonly repo: AuditRepository;
  constructor(
    db: Kysely<DB>,
    private readonly clock: Clock,
  ) {
    this.repo = new AuditRepository(db);
  }

  /** Appends one entry for `actor` (or a system label when a job acts on its own). */
  async record(
    actor: Actor | { workspaceId: string; userId: string | null; label: string; ip?: string | null },
    e: AuditEntry,
  ): Promise<void> {
    await this.repo.insert({
      id: newId(),
      workspace_id: actor.workspaceId,
      actor_user_id: actor.userId,
      actor_label: actor.label,
      action: e.action,
      object_type: e.objectType,
      object_id: e.objectId ?? null,
      summary: e.summary,
      before: e.before === undefined ? null : JSON.stringify(redactForAudit(e.before)),
      after: e.after === undefined ? null : JSON.stringify(redactForAudit(e.after)),
      ip: actor.ip ?? null,
      created_at: this.clock.now().toISOString(),
    });
  }
}

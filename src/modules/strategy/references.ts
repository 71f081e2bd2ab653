import type { Kysely } from 'kysely';
import { invalid } from '../../app/errors.js';
import type { DB } from '../../db/schema.js';

const TABLES = {
  objective: 'strategy_objectives',
  audience: 'strategy_audiences',
  existingAction: 'strategy_existing_actions',
  action: 'strategy_actions',
  membership: 'memberships',
  department: 'departments',
} as const;

/** Kinds of object another strategy object may point at. */
export type ReferenceKind = keyof typeof TABLES;

const LABELS: Record<ReferenceKind, string> = {
  objective: 'objective',
  audience: 'audience',
  existingAction: 'existing action',
  action: 'action',
  membership: 'member',
  department: 'department',
};

/** SQL that tells which of some ids exist in a workspace. */
export class ReferencesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The subset of `ids` that are rows of `kind` in this workspace. */
  async existing(kind: ReferenceKind, workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.db
      .selectFrom(TABLES[kind])
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Set(rows.map((r) => r.id));
  }
}

/**
 * Checks that every id a request names lives in the caller's workspace. An id from another
 * workspace is a 400 naming the exact field (`objectiveIds.1`), never a silent link.
 */
export class ReferenceGuard {
  private readonly repo: ReferencesRepository;
  constructor(
    db: Kysely<DB>,
    private readonly workspaceId: string,
  ) {
    this.repo = new ReferencesRepository(db);
  }

  /** Throws on the first id of `ids` (at `field`) that is not a `kind` of this workspace. */
  async ids(kind: ReferenceKind, field: string, ids: readonly string[] | undefined): Promise<void> {
    if (!ids?.length) return;
    const found = await this.repo.existing(kind, this.workspaceId, ids);
    const missing = ids.findIndex((id) => !found.has(id));
    if (missing >= 0)
      throw invalid(`${field}.${missing}`, `No ${LABELS[kind]} with this id in this workspace`);
  }

  /** Same for a single optional id. */
  async id(kind: ReferenceKind, field: string, id: string | null | undefined): Promise<void> {
    if (!id) return;
    const found = await this.repo.existing(kind, this.workspaceId, [id]);
    if (!found.has(id)) throw invalid(field, `No ${LABELS[kind]} with this id in this workspace`);
  }

  /** RACI entries name a member or a department of this workspace. */
  async people(field: string, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const members = await this.repo.existing('membership', this.workspaceId, ids);
    const departments = await this.repo.existing('department', this.workspaceId, ids);
    const bad = ids.findIndex((id) => !members.has(id) && !departments.has(id));
    if (bad >= 0) throw invalid(`${field}.${bad}`, 'No member or department with this id in this workspace');
  }

  /** One RACI entry (the accountable person or department). */
  async person(field: string, id: string | null): Promise<void> {
    if (!id) return;
    const members = await this.repo.existing('membership', this.workspaceId, [id]);
    const departments = await this.repo.existing('department', this.workspaceId, [id]);
    if (!members.has(id) && !departments.has(id)) {
      throw invalid(field, 'No member or department with this id in this workspace');
    }
  }
}

/** Throws when an inclusive period ends before it starts (dates as YYYY-MM-DD compare as text). */
export function checkPeriod(start: string | null, end: string | null, endField: string): void {
  if (start && end && end < start) throw invalid(endField, 'The end date is before the start date');
}

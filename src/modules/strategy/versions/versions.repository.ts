import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { emptySnapshot, type StrategyDirectory, type StrategySnapshot } from '../strategy.model.js';
import type { StrategyVersionsTable } from '../strategy.tables.js';

/** A published version without its (large) snapshot, for lists. */
export interface VersionSummary {
  id: string;
  number: number;
  note: string;
  publishedBy: { userId: string | null; name: string };
  publishedAt: string;
  completenessScore: number;
}

/** A published version with the strategy as it was and the names it referred to. */
export interface VersionRecord extends VersionSummary {
  snapshot: StrategySnapshot;
  directory: StrategyDirectory;
}

type Row = Selectable<StrategyVersionsTable>;

function toSummary(r: Omit<Row, 'snapshot' | 'directory'>): VersionSummary {
  return {
    id: r.id,
    number: r.number,
    note: r.note,
    publishedBy: { userId: r.published_by, name: r.published_by_name },
    publishedAt: r.published_at,
    completenessScore: r.completeness_score,
  };
}

function toRecord(r: Row): VersionRecord {
  // Snapshots written by an older release may miss fields added since; the empty draft fills them.
  const snapshot = { ...emptySnapshot(), ...(JSON.parse(r.snapshot) as Partial<StrategySnapshot>) };
  return { ...toSummary(r), snapshot, directory: JSON.parse(r.directory) as StrategyDirectory };
}

const SUMMARY_COLUMNS = [
  'id',
  'workspace_id',
  'number',
  'note',
  'published_by',
  'published_by_name',
  'published_at',
  'completeness_score',
] as const;

/** SQL for published strategy versions (append-only). */
export class VersionsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: Row): Promise<void> {
    await this.db.insertInto('strategy_versions').values(row).execute();
  }

  /** Newest first. */
  async list(workspaceId: string): Promise<VersionSummary[]> {
    const rows = await this.db
      .selectFrom('strategy_versions')
      .select(SUMMARY_COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .orderBy('number', 'desc')
      .execute();
    return rows.map(toSummary);
  }

  async find(workspaceId: string, id: string): Promise<VersionRecord | undefined> {
    const row = await this.db
      .selectFrom('strategy_versions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  async findByNumber(workspaceId: string, number: number): Promise<VersionRecord | undefined> {
    const row = await this.db
      .selectFrom('strategy_versions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('number', '=', number)
      .executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  /** The most recent version's summary, if any was published. */
  async latest(workspaceId: string): Promise<VersionSummary | undefined> {
    const row = await this.db
      .selectFrom('strategy_versions')
      .select(SUMMARY_COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? toSummary(row) : undefined;
  }
}

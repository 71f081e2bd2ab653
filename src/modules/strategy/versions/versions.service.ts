import type { AppContext } from '../../../app/context.js';
import { conflict, invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import { AuditService } from '../../audit/audit.service.js';
import { completenessReport } from '../completeness/completeness.js';
import { SnapshotRepository } from '../snapshot.repository.js';
import type { StrategyDirectory, StrategySnapshot } from '../strategy.model.js';
import { diffSnapshots, type SnapshotDiff } from './diff.js';
import { VersionsRepository, type VersionRecord, type VersionSummary } from './versions.repository.js';

/** The draft or one published version, resolved for reading. */
export interface ResolvedStrategy {
  kind: 'draft' | 'version';
  number: number | null;
  id: string | null;
  snapshot: StrategySnapshot;
  directory: StrategyDirectory;
}

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Publishing the draft as version N+1, reading versions, and comparing them. */
export class VersionsService {
  constructor(private readonly ctx: AppContext) {}

  /** Versions, newest first. */
  async list(actor: Actor): Promise<VersionSummary[]> {
    return new VersionsRepository(this.ctx.database.db).list(actor.workspaceId);
  }

  /** One version with its snapshot, or 404. */
  async get(actor: Actor, id: string): Promise<VersionRecord> {
    const v = await new VersionsRepository(this.ctx.database.db).find(actor.workspaceId, id);
    if (!v) throw notFound('Version');
    return v;
  }

  /**
   * Freezes the draft as the next version, with the names of the people it mentions as they are
   * today. Two people publishing at the same instant get a 409 for the slower one, never two
   * versions with one number.
   */
  async publish(actor: Actor, note: string): Promise<VersionSummary> {
    try {
      return await this.ctx.database.db.transaction().execute(async (trx) => {
        const snapshots = new SnapshotRepository(trx);
        const versions = new VersionsRepository(trx);
        const snapshot = await snapshots.load(actor.workspaceId);
        const directory = await snapshots.directory(actor.workspaceId);
        const latest = await versions.latest(actor.workspaceId);
        const author = directory.members.find((m) => m.id === actor.membershipId)?.name ?? actor.label;
        const row = {
          id: newId(),
          workspace_id: actor.workspaceId,
          number: (latest?.number ?? 0) + 1,
          note,
          published_by: actor.userId,
          published_by_name: author,
          published_at: this.ctx.clock.now().toISOString(),
          completeness_score: completenessReport(snapshot).score,
          snapshot: JSON.stringify(snapshot),
          directory: JSON.stringify(directory),
        };
        await versions.insert(row);
        await new AuditService(trx, this.ctx.clock).record(actor, {
          action: 'strategy.version.published',
          objectType: 'strategy.version',
          objectId: row.id,
          summary: `Published version ${row.number} of the strategy${note ? `: ${note}` : ''}`,
          after: { number: row.number, note, completenessScore: row.completeness_score },
        });
        const summary = await versions.latest(actor.workspaceId);
        if (!summary) throw new Error('published version not found');
        return summary;
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict('Another version was published at the same moment; try again');
      throw err;
    }
  }

  /**
   * `draft`, a version number or a version id → that strategy. `field` names the query parameter
   * in the 404/400 so the caller knows which side was wrong.
   */
  async resolve(
    actor: Actor,
    ref: string | number | undefined,
    field = 'version',
  ): Promise<ResolvedStrategy> {
    const db = this.ctx.database.db;
    if (ref === undefined || ref === 'draft') {
      const snapshots = new SnapshotRepository(db);
      return {
        kind: 'draft',
        number: null,
        id: null,
        snapshot: await snapshots.load(actor.workspaceId),
        directory: await snapshots.directory(actor.workspaceId),
      };
    }
    const versions = new VersionsRepository(db);
    const asNumber = typeof ref === 'number' ? ref : /^\d{1,9}$/.test(ref) ? Number(ref) : null;
    const v =
      asNumber !== null
        ? await versions.findByNumber(actor.workspaceId, asNumber)
        : await versions.find(actor.workspaceId, String(ref));
    if (!v) throw invalid(field, `No version ${String(ref)} in this workspace`);
    // Currency and language follow the workspace now; names are those frozen at publication.
    const current = await new SnapshotRepository(db).directory(actor.workspaceId);
    return {
      kind: 'version',
      number: v.number,
      id: v.id,
      snapshot: v.snapshot,
      directory: { ...v.directory, currency: current.currency, workspaceName: current.workspaceName },
    };
  }

  /** What changed from one side to the other. */
  async diff(actor: Actor, from: string, to: string) {
    const a = await this.resolve(actor, from, 'from');
    const b = await this.resolve(actor, to, 'to');
    const diff: SnapshotDiff = diffSnapshots(a.snapshot, b.snapshot);
    const side = (r: ResolvedStrategy) => ({ kind: r.kind, number: r.number, id: r.id });
    return { from: side(a), to: side(b), ...diff };
  }
}

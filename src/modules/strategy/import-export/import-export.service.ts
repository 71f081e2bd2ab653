import type { Kysely } from 'kysely';
import type { AppContext } from '../../../app/context.js';
import { AppError } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import type { DB } from '../../../db/schema.js';
import type { AuditEntry } from '../../audit/audit.service.js';
import { inStrategyTransaction } from '../item.service.js';
import { SnapshotRepository } from '../snapshot.repository.js';
import type { StrategySnapshot } from '../strategy.model.js';
import { VersionsService } from '../versions/versions.service.js';
import { replaceDraft, snapshotCounts } from './draft-writer.js';
import { STRATEGY_FILE_SCHEMA, STRATEGY_FILE_VERSION, type StrategyFile } from './import-export.schemas.js';
import {
  checkSnapshot,
  isSnapshotEmpty,
  peopleIds,
  remapSnapshot,
  type PersonResolver,
} from './snapshot-file.js';

export interface UnmatchedPerson {
  field: string;
  id: string;
  name: string | null;
}

export interface ReplaceOutcome {
  counts: Record<string, number>;
  unmatchedPeople: UnmatchedPerson[];
}

/** An export: the file's envelope around the snapshot. */
export type ExportedFile = Omit<StrategyFile, 'strategy'> & { strategy: StrategySnapshot };

/** A 400 listing every problem of a file, the first one named as the field. */
function badFile(problems: { field: string; message: string }[]): AppError {
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
  return new AppError(400, 'invalid', `Invalid ${first.field}: ${first.message}${more}`, first.field, {
    errors: problems.slice(0, 50),
  });
}

/**
 * Replaces the draft with `source` in one transaction: refuses (409) when the draft holds work and
 * `replace` is not set, remaps every id, resolves people through `resolver`, writes, audits.
 * Nothing is written when anything fails.
 */
export async function replaceDraftWith(
  ctx: AppContext,
  actor: Actor,
  source: StrategySnapshot,
  opts: {
    replace: boolean;
    resolver: (db: Kysely<DB>, unmatched: UnmatchedPerson[]) => Promise<PersonResolver>;
    audit: (outcome: ReplaceOutcome) => AuditEntry;
  },
): Promise<ReplaceOutcome> {
  return inStrategyTransaction(ctx, actor, async (trx, now) => {
    const current = await new SnapshotRepository(trx).load(actor.workspaceId);
    if (!opts.replace && !isSnapshotEmpty(current)) {
      throw new AppError(
        409,
        'draft_not_empty',
        'The strategy draft is not empty: confirm with replace to overwrite it (publish a version first to keep it)',
        'replace',
      );
    }
    const unmatchedPeople: UnmatchedPerson[] = [];
    const resolver = await opts.resolver(trx, unmatchedPeople);
    const fresh = remapSnapshot(source, () => newId(), resolver);
    await replaceDraft(trx, actor.workspaceId, fresh, now);
    const outcome = { counts: snapshotCounts(fresh), unmatchedPeople };
    return { result: outcome, audit: { ...opts.audit(outcome), before: snapshotCounts(current) } };
  });
}

/** Export and import of the whole strategy as a versioned JSON file. */
export class ImportExportService {
  constructor(private readonly ctx: AppContext) {}

  /** The draft (or version N) as a `presence.strategy` file. */
  async export(actor: Actor, version?: number): Promise<ExportedFile> {
    const resolved = await new VersionsService(this.ctx).resolve(actor, version);
    const named = peopleIds(resolved.snapshot);
    return {
      schema: STRATEGY_FILE_SCHEMA,
      schemaVersion: STRATEGY_FILE_VERSION,
      exportedAt: this.ctx.clock.now().toISOString(),
      source: { workspaceName: resolved.directory.workspaceName, version: resolved.number },
      people: {
        members: resolved.directory.members
          .filter((m) => named.has(m.id))
          .map((m) => ({ id: m.id, name: m.name, email: m.email })),
        departments: resolved.directory.departments.filter((d) => named.has(d.id)),
      },
      strategy: resolved.snapshot,
    };
  }

  /**
   * Replaces the draft with a file. Its references are checked first (400 listing each problem by
   * field, nothing written); members are matched by e-mail and departments by name, and whoever has
   * no match here is reported back rather than linked to the wrong person.
   */
  async import(actor: Actor, file: StrategyFile, replace: boolean): Promise<ReplaceOutcome> {
    const problems = checkSnapshot(file.strategy);
    if (problems.length) throw badFile(problems);
    return replaceDraftWith(this.ctx, actor, file.strategy, {
      replace,
      resolver: async (db, unmatched) => {
        const here = await new SnapshotRepository(db).directory(actor.workspaceId);
        const memberByEmail = new Map(here.members.map((m) => [m.email.toLowerCase(), m.id]));
        const departmentByName = new Map(here.departments.map((d) => [d.name.toLocaleLowerCase(), d.id]));
        const fileMembers = new Map(file.people.members.map((m) => [m.id, m]));
        const fileDepartments = new Map(file.people.departments.map((d) => [d.id, d]));
        return (id, field, accepts) => {
          const member = fileMembers.get(id);
          const department = accepts === 'memberOrDepartment' ? fileDepartments.get(id) : undefined;
          const match = member
            ? memberByEmail.get(member.email.toLowerCase())
            : department
              ? departmentByName.get(department.name.toLocaleLowerCase())
              : undefined;
          if (match) return match;
          unmatched.push({ field: `strategy.${field}`, id, name: member?.name ?? department?.name ?? null });
          return null;
        };
      },
      audit: (outcome) => ({
        action: 'strategy.imported',
        objectType: 'strategy',
        objectId: actor.workspaceId,
        summary: `Imported a strategy file${file.source?.workspaceName ? ` from ${file.source.workspaceName}` : ''}`,
        after: outcome,
      }),
    });
  }
}

import type { Kysely } from 'kysely';
import type { AppContext } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import type { DB } from '../../db/schema.js';
import { AuditService, type AuditEntry } from '../audit/audit.service.js';
import { ReferenceGuard } from './references.js';
import { nextPosition, type PositionedTable } from './repository.helpers.js';
import { StrategyRepository } from './strategy.repository.js';

/** What every step's repository offers, so one service shape serves them all. */
export interface ItemRepository<T extends { id: string }> {
  list(workspaceId: string): Promise<T[]>;
  find(workspaceId: string, id: string): Promise<T | undefined>;
  insert(workspaceId: string, item: T, position: number, now: string): Promise<void>;
  update(workspaceId: string, item: T, now: string): Promise<void>;
  delete(workspaceId: string, id: string): Promise<void>;
}

/** One step's rules: defaults, reference checks, what blocks a deletion. */
export interface ItemDefinition<T extends { id: string }, C, U extends Partial<T>> {
  /** Audit key: actions read `strategy.<key>.created`, object types `strategy.<key>`. */
  key: string;
  /** Singular noun for messages ("existing action"). */
  noun: string;
  table: PositionedTable;
  repository(db: Kysely<DB>): ItemRepository<T>;
  /** A full item from a create body (defaults filled, in the caller's language where text is made up). */
  build(input: C, id: string, actor: Actor): T;
  /** The item after a partial change; by default the patch's fields replace the item's. */
  merge?(before: T, patch: U): T;
  /** Checks references (same workspace) and cross-field rules; throws `invalid(field, …)`. */
  check(item: T, guard: ReferenceGuard, db: Kysely<DB>, workspaceId: string): Promise<void>;
  /** Human label for audit summaries. */
  label(item: T): string;
  /** Throws (e.g. 409 naming what still refers to it) when the item may not be deleted. */
  beforeDelete?(db: Kysely<DB>, workspaceId: string, item: T): Promise<void>;
  /** Normalises an item after a patch (e.g. drop a custom label when the type is no longer custom). */
  normalise?(item: T): T;
}

/**
 * Runs `work` and its audit entry in one transaction and marks the draft as changed, so an entry
 * exists exactly when the change does.
 */
export async function inStrategyTransaction<R>(
  ctx: AppContext,
  actor: Actor,
  work: (trx: Kysely<DB>, now: string) => Promise<{ result: R; audit: AuditEntry }>,
): Promise<R> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    const { result, audit } = await work(trx, now);
    await new StrategyRepository(trx).touch(actor.workspaceId, now);
    await new AuditService(trx, ctx.clock).record(actor, audit);
    return result;
  });
}

/** List, read, create, update and delete for one step of the strategy, with audit entries. */
export class ItemService<T extends { id: string }, C, U extends Partial<T>> {
  constructor(
    private readonly ctx: AppContext,
    private readonly def: ItemDefinition<T, C, U>,
  ) {}

  private repo(db: Kysely<DB> = this.ctx.database.db): ItemRepository<T> {
    return this.def.repository(db);
  }

  /** Every item of the step, in display order. */
  async list(actor: Actor): Promise<T[]> {
    return this.repo().list(actor.workspaceId);
  }

  /** One item, or 404 (also for ids of other workspaces). */
  async get(actor: Actor, id: string): Promise<T> {
    const item = await this.repo().find(actor.workspaceId, id);
    if (!item) throw notFound(capitalise(this.def.noun));
    return item;
  }

  /** Adds an item at the end of the list. */
  async create(actor: Actor, input: C): Promise<T> {
    const item = this.normalise(this.def.build(input, newId(), actor));
    return inStrategyTransaction(this.ctx, actor, async (trx, now) => {
      await this.def.check(item, new ReferenceGuard(trx, actor.workspaceId), trx, actor.workspaceId);
      const position = await nextPosition(trx, this.def.table, actor.workspaceId);
      await this.repo(trx).insert(actor.workspaceId, item, position, now);
      return {
        result: item,
        audit: {
          action: `strategy.${this.def.key}.created`,
          objectType: `strategy.${this.def.key}`,
          objectId: item.id,
          summary: `Added ${this.def.noun} “${this.def.label(item)}”`,
          after: item,
        },
      };
    });
  }

  /** Applies a partial change; the merged item is checked as a whole. */
  async update(actor: Actor, id: string, patch: U): Promise<T> {
    return inStrategyTransaction(this.ctx, actor, async (trx, now) => {
      const before = await this.repo(trx).find(actor.workspaceId, id);
      if (!before) throw notFound(capitalise(this.def.noun));
      const merged = this.def.merge ? this.def.merge(before, patch) : { ...before, ...patch };
      const after = this.normalise({ ...merged, id: before.id });
      await this.def.check(after, new ReferenceGuard(trx, actor.workspaceId), trx, actor.workspaceId);
      await this.repo(trx).update(actor.workspaceId, after, now);
      return {
        result: after,
        audit: {
          action: `strategy.${this.def.key}.updated`,
          objectType: `strategy.${this.def.key}`,
          objectId: id,
          summary: `Changed ${this.def.noun} “${this.def.label(after)}”: ${Object.keys(patch).join(', ')}`,
          before: pick(before, Object.keys(patch)),
          after: pick(after, Object.keys(patch)),
        },
      };
    });
  }

  /** Deletes an item unless something still depends on it. */
  async delete(actor: Actor, id: string): Promise<void> {
    await inStrategyTransaction(this.ctx, actor, async (trx) => {
      const before = await this.repo(trx).find(actor.workspaceId, id);
      if (!before) throw notFound(capitalise(this.def.noun));
      await this.def.beforeDelete?.(trx, actor.workspaceId, before);
      await this.repo(trx).delete(actor.workspaceId, id);
      return {
        result: undefined,
        audit: {
          action: `strategy.${this.def.key}.deleted`,
          objectType: `strategy.${this.def.key}`,
          objectId: id,
          summary: `Deleted ${this.def.noun} “${this.def.label(before)}”`,
          before,
        },
      };
    });
  }

  private normalise(item: T): T {
    return this.def.normalise ? this.def.normalise(item) : item;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function pick<T extends object>(obj: T, keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => keys.includes(k))) as Partial<T>;
}

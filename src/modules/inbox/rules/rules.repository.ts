import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { InboxRulesTable } from '../inbox-handling.tables.js';
import type { Rule, RuleActions, RuleConditions } from './rules.engine.js';

export function toRule(r: InboxRulesTable): Rule & { createdAt: string; updatedAt: string } {
  return {
    id: r.id,
    name: r.name,
    enabled: r.enabled === 1,
    position: r.position,
    stopProcessing: r.stop_processing === 1,
    conditions: JSON.parse(r.conditions) as RuleConditions,
    actions: JSON.parse(r.actions) as RuleActions,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A workspace's routing rules, in their order. */
export class InboxRulesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async list(workspaceId: string): Promise<InboxRulesTable[]> {
    return this.db
      .selectFrom('inbox_rules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  async get(workspaceId: string, id: string): Promise<InboxRulesTable | undefined> {
    return this.db
      .selectFrom('inbox_rules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The position after the last rule. */
  async nextPosition(workspaceId: string): Promise<number> {
    const r = await this.db
      .selectFrom('inbox_rules')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return r?.max === null || r?.max === undefined ? 1 : Number(r.max) + 1;
  }

  async insert(row: InboxRulesTable): Promise<void> {
    await this.db.insertInto('inbox_rules').values(row).execute();
  }

  async update(
    workspaceId: string,
    id: string,
    set: Partial<Omit<InboxRulesTable, 'id' | 'workspace_id' | 'created_at'>>,
  ): Promise<void> {
    await this.db
      .updateTable('inbox_rules')
      .set(set)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('inbox_rules')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  }

  /** Gives the rules positions 1…n in the order of `ids`, in one transaction. */
  async reorder(workspaceId: string, ids: readonly string[], now: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const [i, id] of ids.entries()) {
        await trx
          .updateTable('inbox_rules')
          .set({ position: i + 1, updated_at: now })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .execute();
      }
    });
  }
}

/** Who and what a rule's actions may name: members who can handle the inbox, departments. */
export class RoutingTargetsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async memberRole(workspaceId: string, userId: string): Promise<string | undefined> {
    const m = await this.db
      .selectFrom('memberships')
      .select('role')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return m?.role;
  }

  async departmentExists(workspaceId: string, departmentId: string): Promise<boolean> {
    const d = await this.db
      .selectFrom('departments')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', departmentId)
      .executeTakeFirst();
    return d !== undefined;
  }
}

/** Who a rule may still route to when an item arrives (people leave, departments close). */
export async function routableTargets(
  db: Kysely<DB>,
  workspaceId: string,
): Promise<{ members: Map<string, string>; departments: Set<string> }> {
  const [members, departments] = await Promise.all([
    db
      .selectFrom('memberships')
      .select(['user_id', 'role'])
      .where('workspace_id', '=', workspaceId)
      .execute(),
    db.selectFrom('departments').select('id').where('workspace_id', '=', workspaceId).execute(),
  ]);
  return {
    members: new Map(members.map((m) => [m.user_id, m.role])),
    departments: new Set(departments.map((d) => d.id)),
  };
}

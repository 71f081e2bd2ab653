import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ItemRepository } from '../item.service.js';
import { LinksRepository } from '../links.repository.js';
import type { ValueAdded } from '../strategy.model.js';
import type { StrategyValueAddedTable } from '../strategy.tables.js';

const COMPLEMENTS = 'strategy_value_added_existing_actions';

function toValueAdded(r: Selectable<StrategyValueAddedTable>, complements: string[]): ValueAdded {
  return {
    id: r.id,
    objectiveId: r.objective_id,
    networkId: r.network_id,
    statement: r.statement,
    complementsExistingActionIds: complements,
  };
}

function columns(v: ValueAdded) {
  return { objective_id: v.objectiveId, network_id: v.networkId, statement: v.statement };
}

/** SQL for step 4, value-added statements and the existing actions they complement. */
export class ValueAddedRepository implements ItemRepository<ValueAdded> {
  private readonly links: LinksRepository;
  constructor(private readonly db: Kysely<DB>) {
    this.links = new LinksRepository(db);
  }

  async list(workspaceId: string): Promise<ValueAdded[]> {
    const rows = await this.db
      .selectFrom('strategy_value_added')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    const complements = await this.links.byOwner(COMPLEMENTS, workspaceId);
    return rows.map((r) => toValueAdded(r, complements.get(r.id) ?? []));
  }

  async find(workspaceId: string, id: string): Promise<ValueAdded | undefined> {
    const row = await this.db
      .selectFrom('strategy_value_added')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toValueAdded(row, await this.links.of(COMPLEMENTS, workspaceId, id)) : undefined;
  }

  /** The statement for this objective and network, if one exists. */
  async findPair(workspaceId: string, objectiveId: string, networkId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('strategy_value_added')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('objective_id', '=', objectiveId)
      .where('network_id', '=', networkId)
      .executeTakeFirst();
    return row?.id;
  }

  async insert(workspaceId: string, v: ValueAdded, position: number, now: string): Promise<void> {
    await this.db
      .insertInto('strategy_value_added')
      .values({
        id: v.id,
        workspace_id: workspaceId,
        position,
        created_at: now,
        updated_at: now,
        ...columns(v),
      })
      .execute();
    await this.links.replace(COMPLEMENTS, workspaceId, v.id, v.complementsExistingActionIds);
  }

  async update(workspaceId: string, v: ValueAdded, now: string): Promise<void> {
    await this.db
      .updateTable('strategy_value_added')
      .set({ ...columns(v), updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', v.id)
      .execute();
    await this.links.replace(COMPLEMENTS, workspaceId, v.id, v.complementsExistingActionIds);
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('strategy_value_added')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }
}

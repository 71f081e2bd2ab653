import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ItemRepository } from '../item.service.js';
import { LinksRepository } from '../links.repository.js';
import type { ExistingAction, ExistingChannel } from '../strategy.model.js';
import type { StrategyExistingActionsTable } from '../strategy.tables.js';

const AUDIENCES = 'strategy_existing_action_audiences';
const OBJECTIVES = 'strategy_existing_action_objectives';

function toExistingAction(
  r: Selectable<StrategyExistingActionsTable>,
  audienceIds: string[],
  objectiveIds: string[],
): ExistingAction {
  return {
    id: r.id,
    name: r.name,
    channel: r.channel as ExistingChannel,
    frequency: r.frequency,
    owner: r.owner,
    description: r.description,
    audienceIds,
    objectiveIds,
  };
}

function columns(a: ExistingAction) {
  return {
    name: a.name,
    channel: a.channel,
    frequency: a.frequency,
    owner: a.owner,
    description: a.description,
  };
}

/** SQL for step 3, the communication actions already running. */
export class ExistingActionsRepository implements ItemRepository<ExistingAction> {
  private readonly links: LinksRepository;
  constructor(private readonly db: Kysely<DB>) {
    this.links = new LinksRepository(db);
  }

  async list(workspaceId: string): Promise<ExistingAction[]> {
    const rows = await this.db
      .selectFrom('strategy_existing_actions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    const audiences = await this.links.byOwner(AUDIENCES, workspaceId);
    const objectives = await this.links.byOwner(OBJECTIVES, workspaceId);
    return rows.map((r) => toExistingAction(r, audiences.get(r.id) ?? [], objectives.get(r.id) ?? []));
  }

  async find(workspaceId: string, id: string): Promise<ExistingAction | undefined> {
    const row = await this.db
      .selectFrom('strategy_existing_actions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return toExistingAction(
      row,
      await this.links.of(AUDIENCES, workspaceId, id),
      await this.links.of(OBJECTIVES, workspaceId, id),
    );
  }

  async insert(workspaceId: string, a: ExistingAction, position: number, now: string): Promise<void> {
    await this.db
      .insertInto('strategy_existing_actions')
      .values({
        id: a.id,
        workspace_id: workspaceId,
        position,
        created_at: now,
        updated_at: now,
        ...columns(a),
      })
      .execute();
    await this.writeLinks(workspaceId, a);
  }

  async update(workspaceId: string, a: ExistingAction, now: string): Promise<void> {
    await this.db
      .updateTable('strategy_existing_actions')
      .set({ ...columns(a), updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', a.id)
      .execute();
    await this.writeLinks(workspaceId, a);
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('strategy_existing_actions')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  private async writeLinks(workspaceId: string, a: ExistingAction): Promise<void> {
    await this.links.replace(AUDIENCES, workspaceId, a.id, a.audienceIds);
    await this.links.replace(OBJECTIVES, workspaceId, a.id, a.objectiveIds);
  }
}

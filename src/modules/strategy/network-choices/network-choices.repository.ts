import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ItemRepository } from '../item.service.js';
import { LinksRepository } from '../links.repository.js';
import { bit, flag } from '../repository.helpers.js';
import type { NetworkChoice } from '../strategy.model.js';
import type { StrategyNetworkChoicesTable } from '../strategy.tables.js';

const OBJECTIVES = 'strategy_network_choice_objectives';
const AUDIENCES = 'strategy_network_choice_audiences';

function toChoice(
  r: Selectable<StrategyNetworkChoicesTable>,
  objectiveIds: string[],
  audienceIds: string[],
): NetworkChoice {
  return {
    id: r.id,
    networkId: r.network_id,
    chosen: flag(r.chosen),
    rationale: r.rationale,
    objectiveIds,
    audienceIds,
  };
}

function columns(c: NetworkChoice) {
  return { network_id: c.networkId, chosen: bit(c.chosen), rationale: c.rationale };
}

/** SQL for step 5, the networks chosen or set aside. */
export class NetworkChoicesRepository implements ItemRepository<NetworkChoice> {
  private readonly links: LinksRepository;
  constructor(private readonly db: Kysely<DB>) {
    this.links = new LinksRepository(db);
  }

  async list(workspaceId: string): Promise<NetworkChoice[]> {
    const rows = await this.db
      .selectFrom('strategy_network_choices')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    const objectives = await this.links.byOwner(OBJECTIVES, workspaceId);
    const audiences = await this.links.byOwner(AUDIENCES, workspaceId);
    return rows.map((r) => toChoice(r, objectives.get(r.id) ?? [], audiences.get(r.id) ?? []));
  }

  async find(workspaceId: string, id: string): Promise<NetworkChoice | undefined> {
    const row = await this.db
      .selectFrom('strategy_network_choices')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return toChoice(
      row,
      await this.links.of(OBJECTIVES, workspaceId, id),
      await this.links.of(AUDIENCES, workspaceId, id),
    );
  }

  /** The id of the choice recorded for this network, if any. */
  async findByNetwork(workspaceId: string, networkId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('strategy_network_choices')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('network_id', '=', networkId)
      .executeTakeFirst();
    return row?.id;
  }

  async insert(workspaceId: string, c: NetworkChoice, position: number, now: string): Promise<void> {
    await this.db
      .insertInto('strategy_network_choices')
      .values({
        id: c.id,
        workspace_id: workspaceId,
        position,
        created_at: now,
        updated_at: now,
        ...columns(c),
      })
      .execute();
    await this.writeLinks(workspaceId, c);
  }

  async update(workspaceId: string, c: NetworkChoice, now: string): Promise<void> {
    await this.db
      .updateTable('strategy_network_choices')
      .set({ ...columns(c), updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', c.id)
      .execute();
    await this.writeLinks(workspaceId, c);
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('strategy_network_choices')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  private async writeLinks(workspaceId: string, c: NetworkChoice): Promise<void> {
    await this.links.replace(OBJECTIVES, workspaceId, c.id, c.objectiveIds);
    await this.links.replace(AUDIENCES, workspaceId, c.id, c.audienceIds);
  }
}

import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ItemRepository } from '../item.service.js';
import { LinksRepository } from '../links.repository.js';
import { parseStringList } from '../repository.helpers.js';
import type { Audience, Segment } from '../strategy.model.js';
import type { StrategyAudiencesTable } from '../strategy.tables.js';

const OBJECTIVES = 'strategy_audience_objectives';

function toAudience(r: Selectable<StrategyAudiencesTable>, objectiveIds: string[]): Audience {
  return {
    id: r.id,
    name: r.name,
    segment: r.segment as Segment,
    description: r.description,
    ageMin: r.age_min,
    ageMax: r.age_max,
    places: parseStringList(r.places),
    languages: parseStringList(r.languages),
    interests: parseStringList(r.interests),
    needs: parseStringList(r.needs),
    pains: parseStringList(r.pains),
    presentOn: parseStringList(r.present_on),
    objectiveIds,
  };
}

function columns(a: Audience) {
  return {
    name: a.name,
    segment: a.segment,
    description: a.description,
    age_min: a.ageMin,
    age_max: a.ageMax,
    places: JSON.stringify(a.places),
    languages: JSON.stringify(a.languages),
    interests: JSON.stringify(a.interests),
    needs: JSON.stringify(a.needs),
    pains: JSON.stringify(a.pains),
    present_on: JSON.stringify(a.presentOn),
  };
}

/** SQL for step 2, audiences and the objectives they serve. */
export class AudiencesRepository implements ItemRepository<Audience> {
  private readonly links: LinksRepository;
  constructor(private readonly db: Kysely<DB>) {
    this.links = new LinksRepository(db);
  }

  async list(workspaceId: string): Promise<Audience[]> {
    const rows = await this.db
      .selectFrom('strategy_audiences')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    const objectives = await this.links.byOwner(OBJECTIVES, workspaceId);
    return rows.map((r) => toAudience(r, objectives.get(r.id) ?? []));
  }

  async find(workspaceId: string, id: string): Promise<Audience | undefined> {
    const row = await this.db
      .selectFrom('strategy_audiences')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toAudience(row, await this.links.of(OBJECTIVES, workspaceId, id)) : undefined;
  }

  async insert(workspaceId: string, a: Audience, position: number, now: string): Promise<void> {
    await this.db
      .insertInto('strategy_audiences')
      .values({
        id: a.id,
        workspace_id: workspaceId,
        position,
        created_at: now,
        updated_at: now,
        ...columns(a),
      })
      .execute();
    await this.links.replace(OBJECTIVES, workspaceId, a.id, a.objectiveIds);
  }

  async update(workspaceId: string, a: Audience, now: string): Promise<void> {
    await this.db
      .updateTable('strategy_audiences')
      .set({ ...columns(a), updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', a.id)
      .execute();
    await this.links.replace(OBJECTIVES, workspaceId, a.id, a.objectiveIds);
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('strategy_audiences')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }
}

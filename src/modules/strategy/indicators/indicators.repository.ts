import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ItemRepository } from '../item.service.js';
import type { Indicator, IndicatorKind } from '../strategy.model.js';
import type { StrategyIndicatorsTable } from '../strategy.tables.js';

function toIndicator(r: Selectable<StrategyIndicatorsTable>): Indicator {
  return {
    id: r.id,
    objectiveId: r.objective_id,
    kind: r.kind as IndicatorKind,
    metric: r.metric,
    name: r.name,
    baseline: r.baseline === null ? null : Number(r.baseline),
    target: r.target === null ? null : Number(r.target),
    unit: r.unit,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    targetSource: r.target_source,
    networkId: r.network_id,
  };
}

function columns(i: Indicator) {
  return {
    objective_id: i.objectiveId,
    kind: i.kind,
    metric: i.metric,
    name: i.name,
    baseline: i.baseline,
    target: i.target,
    unit: i.unit,
    period_start: i.periodStart,
    period_end: i.periodEnd,
    target_source: i.targetSource,
    network_id: i.networkId ?? null,
  };
}

/** SQL for step 7, indicators. */
export class IndicatorsRepository implements ItemRepository<Indicator> {
  constructor(private readonly db: Kysely<DB>) {}

  async list(workspaceId: string): Promise<Indicator[]> {
    const rows = await this.db
      .selectFrom('strategy_indicators')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(toIndicator);
  }

  async find(workspaceId: string, id: string): Promise<Indicator | undefined> {
    const row = await this.db
      .selectFrom('strategy_indicators')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toIndicator(row) : undefined;
  }

  async insert(workspaceId: string, i: Indicator, position: number, now: string): Promise<void> {
    await this.db
      .insertInto('strategy_indicators')
      .values({
        id: i.id,
        workspace_id: workspaceId,
        position,
        created_at: now,
        updated_at: now,
        ...columns(i),
      })
      .execute();
  }

  async update(workspaceId: string, i: Indicator, now: string): Promise<void> {
    await this.db
      .updateTable('strategy_indicators')
      .set({ ...columns(i), updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', i.id)
      .execute();
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('strategy_indicators')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }
}

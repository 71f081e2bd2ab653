import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ItemRepository } from '../item.service.js';
import { LinksRepository } from '../links.repository.js';
import { bit, flag } from '../repository.helpers.js';
import type { ActionStatus, PlanAction, Raci } from '../strategy.model.js';
import type { StrategyActionRaciTable, StrategyActionsTable } from '../strategy.tables.js';

const AUDIENCES = 'strategy_action_audiences';
const NETWORKS = 'strategy_action_networks';
const LETTERS = ['responsible', 'accountable', 'consulted', 'informed'] as const;

function emptyRaci(): Raci {
  return { responsible: [], accountable: null, consulted: [], informed: [] };
}

function raciOf(rows: Selectable<StrategyActionRaciTable>[]): Raci {
  const raci = emptyRaci();
  for (const r of rows) {
    const id = r.membership_id ?? r.department_id;
    if (!id) continue;
    if (r.role === 'accountable') raci.accountable = id;
    else if (r.role === 'responsible' || r.role === 'consulted' || r.role === 'informed')
      raci[r.role].push(id);
  }
  return raci;
}

function toAction(
  r: Selectable<StrategyActionsTable>,
  audienceIds: string[],
  networkIds: string[],
  raci: Raci,
): PlanAction {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    objectiveId: r.objective_id,
    audienceIds,
    networkIds,
    ownerId: r.owner_id,
    startDate: r.start_date,
    endDate: r.end_date,
    status: r.status as ActionStatus,
    budgetEstimate: Number(r.budget_estimate),
    raci,
    noObstaclesIdentified: flag(r.no_obstacles_identified),
  };
}

function columns(a: PlanAction) {
  return {
    title: a.title,
    description: a.description,
    objective_id: a.objectiveId,
    owner_id: a.ownerId,
    start_date: a.startDate,
    end_date: a.endDate,
    status: a.status,
    budget_estimate: a.budgetEstimate,
    no_obstacles_identified: bit(a.noObstaclesIdentified),
  };
}

/** SQL for the action plan: actions, their audiences and networks, and their RACI. */
export class ActionsRepository implements ItemRepository<PlanAction> {
  private readonly links: LinksRepository;
  constructor(private readonly db: Kysely<DB>) {
    this.links = new LinksRepository(db);
  }

  async list(workspaceId: string): Promise<PlanAction[]> {
    const rows = await this.db
      .selectFrom('strategy_actions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    const audiences = await this.links.byOwner(AUDIENCES, workspaceId);
    const networks = await this.links.byOwner(NETWORKS, workspaceId);
    const raciRows = await this.db
      .selectFrom('strategy_action_raci')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .execute();
    const raciByAction = new Map<string, Selectable<StrategyActionRaciTable>[]>();
    for (const r of raciRows) raciByAction.set(r.action_id, [...(raciByAction.get(r.action_id) ?? []), r]);
    return rows.map((r) =>
      toAction(r, audiences.get(r.id) ?? [], networks.get(r.id) ?? [], raciOf(raciByAction.get(r.id) ?? [])),
    );
  }

  async find(workspaceId: string, id: string): Promise<PlanAction | undefined> {
    const row = await this.db
      .selectFrom('strategy_actions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const raci = await this.db
      .selectFrom('strategy_action_raci')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('action_id', '=', id)
      .orderBy('position')
      .execute();
    return toAction(
      row,
      await this.links.of(AUDIENCES, workspaceId, id),
      await this.links.of(NETWORKS, workspaceId, id),
      raciOf(raci),
    );
  }

  async insert(workspaceId: string, a: PlanAction, position: number, now: string): Promise<void> {
    await this.db
      .insertInto('strategy_actions')
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

  async update(workspaceId: string, a: PlanAction, now: string): Promise<void> {
    await this.db
      .updateTable('strategy_actions')
      .set({ ...columns(a), updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', a.id)
      .execute();
    await this.writeLinks(workspaceId, a);
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('strategy_actions')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  private async writeLinks(workspaceId: string, a: PlanAction): Promise<void> {
    await this.links.replace(AUDIENCES, workspaceId, a.id, a.audienceIds);
    await this.links.replace(NETWORKS, workspaceId, a.id, a.networkIds);
    await this.db.deleteFrom('strategy_action_raci').where('action_id', '=', a.id).execute();
    const entries = LETTERS.flatMap((role) => {
      const ids = role === 'accountable' ? (a.raci.accountable ? [a.raci.accountable] : []) : a.raci[role];
      return ids.map((id) => ({ role, id }));
    });
    if (!entries.length) return;
    // Ids were checked to be members or departments of this workspace; look up which is which.
    const members = await this.db
      .selectFrom('memberships')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where(
        'id',
        'in',
        entries.map((e) => e.id),
      )
      .execute();
    const isMember = new Set(members.map((m) => m.id));
    await this.db
      .insertInto('strategy_action_raci')
      .values(
        entries.map((e, position) => ({
          action_id: a.id,
          workspace_id: workspaceId,
          role: e.role,
          membership_id: isMember.has(e.id) ? e.id : null,
          department_id: isMember.has(e.id) ? null : e.id,
          position,
        })),
      )
      .execute();
  }
}

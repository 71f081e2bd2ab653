import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** Reads behind the calendar's content-mix gauge and its filter lists. */
export class CalendarRepository {
  readonly #db: Kysely<DB>;

  constructor(db: Kysely<DB>) {
    this.#db = db;
  }

  /**
   * Posts with a variant scheduled, publishing or published in [from, to), counted once each, by
   * pillar (null: no pillar).
   */
  async postsByPillar(
    workspaceId: string,
    from: string,
    to: string,
  ): Promise<{ pillarId: string | null; count: number }[]> {
    const rows = await this.#db
      .selectFrom('posts as p')
      .select(['p.pillar_id'])
      .select((eb) => eb.fn.count<number>('p.id').distinct().as('n'))
      .where('p.workspace_id', '=', workspaceId)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('post_variants as v')
            .select('v.id')
            .whereRef('v.post_id', '=', 'p.id')
            .where('v.status', 'in', ['scheduled', 'publishing', 'published'])
            .where('v.scheduled_at', '>=', from)
            .where('v.scheduled_at', '<', to),
        ),
      )
      .groupBy('p.pillar_id')
      .execute();
    return rows.map((r) => ({ pillarId: r.pillar_id, count: Number(r.n) }));
  }

  /** The workspace's objectives and plan actions, for the filter pickers. */
  async strategyLabels(workspaceId: string) {
    const objectives = await this.#db
      .selectFrom('strategy_objectives')
      .select(['id', 'title'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    const actions = await this.#db
      .selectFrom('strategy_actions')
      .select(['id', 'title'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return { objectives, actions };
  }

  /** The connected accounts, for the filter pickers. */
  async accounts(workspaceId: string) {
    return this.#db
      .selectFrom('connected_accounts')
      .select(['id', 'network', 'handle'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('network')
      .orderBy('handle')
      .execute();
  }

  /** The people who wrote at least one post in the workspace. */
  async authors(workspaceId: string) {
    return this.#db
      .selectFrom('users as u')
      .select(['u.id', 'u.name'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('posts as p')
            .select('p.id')
            .whereRef('p.created_by', '=', 'u.id')
            .where('p.workspace_id', '=', workspaceId),
        ),
      )
      .orderBy('u.name')
      .execute();
  }
}

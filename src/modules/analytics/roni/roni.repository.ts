import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { parseStringList } from '../../strategy/repository.helpers.js';
import type { RoniInputs } from './roni-inputs.js';
import type { RoniAssumptionsTable, RoniAudienceGapsTable, RoniCompetitorsTable } from './roni.tables.js';

export type AssumptionsRow = Selectable<RoniAssumptionsTable>;
export type GapRow = Selectable<RoniAudienceGapsTable>;
export type CompetitorRow = Selectable<RoniCompetitorsTable>;
export type GapView = RoniInputs['audienceGaps'][number];
export type CompetitorView = RoniInputs['competitors'][number];

/** A (persona, network) pair no account of the workspace reaches, and the estimate entered for it. */
export interface SuggestedGap {
  audienceId: string;
  audienceName: string;
  networkId: string;
  /** The id of the gap estimate for this pair, or null when nobody has estimated it yet. */
  gapId: string | null;
}

/** A row as the API shows it. Kept here because `load` (read by the engine) must return the same shape. */
export function presentGap(r: GapRow & { audience_name: string }): GapView {
  return {
    id: r.id,
    audienceId: r.audience_id,
    audienceName: r.audience_name,
    networkId: r.network_id,
    peopleExposed: r.people_exposed,
    probability: r.probability,
    valuePerPerson: r.value_per_person_minor,
    note: r.note,
  };
}

export function presentCompetitor(r: CompetitorRow): CompetitorView {
  return {
    id: r.id,
    name: r.name,
    networkId: r.network_id,
    probability: r.probability,
    customersExposed: r.customers_exposed,
    averageValue: r.average_value_minor,
    source: r.source,
  };
}

/** SQL for the RONI inputs. Every query names the workspace. */
export class RoniInputsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Everything entered for the risk of non-investment, in the shape the engine multiplies (money in
   * minor units of the workspace currency). Assumptions are all null until someone saves them. Only the
   * gaps that are still gaps are returned: an estimate whose network has since been connected (or that
   * the persona no longer lists) stays stored, for the settings page, but is no longer a risk.
   */
  async load(workspaceId: string): Promise<RoniInputs> {
    const ws = await this.db
      .selectFrom('workspaces')
      .select('currency')
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    const a = await this.findAssumptions(workspaceId);
    const open = new Set((await this.suggestedGaps(workspaceId)).map((g) => g.gapId));
    return {
      currency: ws?.currency ?? 'EUR',
      assumptions: {
        unansweredLossProbability: a?.unanswered_loss_probability ?? null,
        lateLossProbability: a?.late_loss_probability ?? null,
        valuePerContact: a?.value_per_contact_minor ?? null,
      },
      audienceGaps: (await this.listGaps(workspaceId)).filter((g) => open.has(g.id)).map(presentGap),
      competitors: (await this.listCompetitors(workspaceId)).map(presentCompetitor),
    };
  }

  async findAssumptions(workspaceId: string): Promise<AssumptionsRow | undefined> {
    return this.db
      .selectFrom('roni_assumptions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
  }

  /** Writes the whole row: one per workspace, created on first save. */
  async saveAssumptions(row: AssumptionsRow): Promise<void> {
    const { workspace_id: _key, ...rest } = row;
    await this.db
      .insertInto('roni_assumptions')
      .values(row)
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(rest))
      .execute();
  }

  private gaps(workspaceId: string) {
    return this.db
      .selectFrom('roni_audience_gaps as g')
      .innerJoin('strategy_audiences as a', (j) =>
        j.onRef('a.id', '=', 'g.audience_id').onRef('a.workspace_id', '=', 'g.workspace_id'),
      )
      .selectAll('g')
      .select('a.name as audience_name')
      .where('g.workspace_id', '=', workspaceId);
  }

  async listGaps(workspaceId: string): Promise<(GapRow & { audience_name: string })[]> {
    return this.gaps(workspaceId).orderBy('a.position').orderBy('g.network_id').orderBy('g.id').execute();
  }

  async findGap(workspaceId: string, id: string): Promise<(GapRow & { audience_name: string }) | undefined> {
    return this.gaps(workspaceId).where('g.id', '=', id).executeTakeFirst();
  }

  async findGapByPair(
    workspaceId: string,
    audienceId: string,
    networkId: string,
  ): Promise<GapRow | undefined> {
    return this.db
      .selectFrom('roni_audience_gaps')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('audience_id', '=', audienceId)
      .where('network_id', '=', networkId)
      .executeTakeFirst();
  }

  async insertGap(row: GapRow): Promise<void> {
    await this.db.insertInto('roni_audience_gaps').values(row).execute();
  }

  async updateGap(workspaceId: string, id: string, patch: Partial<GapRow>): Promise<void> {
    await this.db
      .updateTable('roni_audience_gaps')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async deleteGap(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('roni_audience_gaps')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async listCompetitors(workspaceId: string): Promise<CompetitorRow[]> {
    return this.db
      .selectFrom('roni_competitors')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async findCompetitor(workspaceId: string, id: string): Promise<CompetitorRow | undefined> {
    return this.db
      .selectFrom('roni_competitors')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertCompetitor(row: CompetitorRow): Promise<void> {
    await this.db.insertInto('roni_competitors').values(row).execute();
  }

  async updateCompetitor(workspaceId: string, id: string, patch: Partial<CompetitorRow>): Promise<void> {
    await this.db
      .updateTable('roni_competitors')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async deleteCompetitor(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('roni_competitors')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** The persona's name when the audience belongs to the workspace. */
  async audienceName(workspaceId: string, audienceId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('strategy_audiences')
      .select('name')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', audienceId)
      .executeTakeFirst();
    return row?.name;
  }

  /**
   * The (persona, network) pairs where an audience's `present_on` lists a network on which the workspace
   * has no connected account (docs/analytics-indicators.md, `audiences_not_reached`), in persona order,
   * each with the estimate already entered for it, if any. Any connected account counts, whatever its
   * health: an account that needs reconnecting is a publishing problem, not a missing presence.
   */
  async suggestedGaps(workspaceId: string): Promise<SuggestedGap[]> {
    const audiences = await this.db
      .selectFrom('strategy_audiences')
      .select(['id', 'name', 'present_on'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    const accounts = await this.db
      .selectFrom('connected_accounts')
      .select('network')
      .distinct()
      .where('workspace_id', '=', workspaceId)
      .execute();
    const covered = new Set(accounts.map((a) => a.network));
    const estimates = await this.db
      .selectFrom('roni_audience_gaps')
      .select(['id', 'audience_id', 'network_id'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    const estimateOf = new Map(estimates.map((e) => [`${e.audience_id} ${e.network_id}`, e.id]));
    const out: SuggestedGap[] = [];
    for (const a of audiences) {
      for (const networkId of new Set(parseStringList(a.present_on))) {
        if (covered.has(networkId)) continue;
        out.push({
          audienceId: a.id,
          audienceName: a.name,
          networkId,
          gapId: estimateOf.get(`${a.id} ${networkId}`) ?? null,
        });
      }
    }
    return out;
  }
}

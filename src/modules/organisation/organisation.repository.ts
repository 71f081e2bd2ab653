import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type {
  OrgAbsencesTable,
  OrgNetworkPlansTable,
  OrgProcessRaciTable,
  OrgResourcesTable,
} from './organisation.tables.js';

export type ResourceRow = Selectable<OrgResourcesTable>;
export type AbsenceRow = Selectable<OrgAbsencesTable>;
export type NetworkPlanRow = Selectable<OrgNetworkPlansTable>;
export type ProcessRaciRow = Selectable<OrgProcessRaciTable>;

/** SQL for resources, absences, effort estimates, network plans and process RACI. Every query names the workspace. */
export class OrganisationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async listResources(workspaceId: string): Promise<ResourceRow[]> {
    return this.db
      .selectFrom('org_resources')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .orderBy('id')
      .execute();
  }

  async findResource(workspaceId: string, id: string): Promise<ResourceRow | undefined> {
    return this.db
      .selectFrom('org_resources')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async findResourceByMembership(
    workspaceId: string,
    membershipId: string,
  ): Promise<ResourceRow | undefined> {
    return this.db
      .selectFrom('org_resources')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('membership_id', '=', membershipId)
      .executeTakeFirst();
  }

  async insertResource(row: ResourceRow): Promise<void> {
    await this.db.insertInto('org_resources').values(row).execute();
  }

  async updateResource(workspaceId: string, id: string, patch: Partial<ResourceRow>): Promise<void> {
    await this.db
      .updateTable('org_resources')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async deleteResource(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('org_resources')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async listAbsences(workspaceId: string): Promise<AbsenceRow[]> {
    return this.db
      .selectFrom('org_absences')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('start_date')
      .orderBy('id')
      .execute();
  }

  async findAbsence(workspaceId: string, id: string): Promise<AbsenceRow | undefined> {
    return this.db
      .selectFrom('org_absences')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertAbsence(row: AbsenceRow): Promise<void> {
    await this.db.insertInto('org_absences').values(row).execute();
  }

  async deleteAbsence(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('org_absences')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async effortOverrides(workspaceId: string): Promise<{ format: string; hours: number }[]> {
    return this.db
      .selectFrom('org_effort_estimates')
      .select(['format', 'hours'])
      .where('workspace_id', '=', workspaceId)
      .execute();
  }

  /** Sets (hours) or clears (null, back to the default) the estimate of each format, in one transaction. */
  async saveEfforts(
    workspaceId: string,
    estimates: { format: string; hours: number | null }[],
    now: string,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const e of estimates) {
        await trx
          .deleteFrom('org_effort_estimates')
          .where('workspace_id', '=', workspaceId)
          .where('format', '=', e.format)
          .execute();
        if (e.hours !== null) {
          await trx
            .insertInto('org_effort_estimates')
            .values({ workspace_id: workspaceId, format: e.format, hours: e.hours, updated_at: now })
            .execute();
        }
      }
    });
  }

  async listNetworkPlans(workspaceId: string): Promise<NetworkPlanRow[]> {
    return this.db
      .selectFrom('org_network_plans')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('network_id')
      .execute();
  }

  async saveNetworkPlan(row: NetworkPlanRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('org_network_plans')
        .where('workspace_id', '=', row.workspace_id)
        .where('network_id', '=', row.network_id)
        .execute();
      await trx.insertInto('org_network_plans').values(row).execute();
    });
  }

  async listProcessRaci(workspaceId: string): Promise<ProcessRaciRow[]> {
    return this.db
      .selectFrom('org_process_raci')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('process')
      .orderBy('network_id')
      .orderBy('position')
      .execute();
  }

  /** Replaces the RACI of one process (and network) with `rows`. */
  async replaceProcessRaci(
    workspaceId: string,
    process: string,
    networkId: string,
    rows: ProcessRaciRow[],
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('org_process_raci')
        .where('workspace_id', '=', workspaceId)
        .where('process', '=', process)
        .where('network_id', '=', networkId)
        .execute();
      if (rows.length) await trx.insertInto('org_process_raci').values(rows).execute();
    });
  }

  async listActionEfforts(workspaceId: string): Promise<{ action_id: string; hours_per_week: number }[]> {
    return this.db
      .selectFrom('org_action_efforts')
      .select(['action_id', 'hours_per_week'])
      .where('workspace_id', '=', workspaceId)
      .execute();
  }

  async saveActionEffort(workspaceId: string, actionId: string, hours: number, now: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('org_action_efforts')
        .where('workspace_id', '=', workspaceId)
        .where('action_id', '=', actionId)
        .execute();
      await trx
        .insertInto('org_action_efforts')
        .values({ workspace_id: workspaceId, action_id: actionId, hours_per_week: hours, updated_at: now })
        .execute();
    });
  }

  // Reads of the strategy's tables (owned by the strategy module; referenced here by id only).

  async postingFrequencies(workspaceId: string): Promise<{ network_id: string; posts_per_week: number }[]> {
    return this.db
      .selectFrom('strategy_posting_frequencies')
      .select(['network_id', 'posts_per_week'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .execute();
  }

  async planActions(
    workspaceId: string,
  ): Promise<{ id: string; title: string; start_date: string | null; end_date: string | null }[]> {
    return this.db
      .selectFrom('strategy_actions')
      .select(['id', 'title', 'start_date', 'end_date'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .execute();
  }

  async findPlanAction(workspaceId: string, id: string): Promise<{ id: string; title: string } | undefined> {
    return this.db
      .selectFrom('strategy_actions')
      .select(['id', 'title'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Memberships responsible for each plan action (department entries are not people and are skipped). */
  async actionResponsibleMembers(
    workspaceId: string,
  ): Promise<{ action_id: string; membership_id: string }[]> {
    const rows = await this.db
      .selectFrom('strategy_action_raci')
      .select(['action_id', 'membership_id'])
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'responsible')
      .where('membership_id', 'is not', null)
      .execute();
    return rows.flatMap((r) =>
      r.membership_id ? [{ action_id: r.action_id, membership_id: r.membership_id }] : [],
    );
  }

  /** Display name of a member of the workspace (the account's name). */
  async memberName(workspaceId: string, membershipId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select('users.name')
      .where('memberships.workspace_id', '=', workspaceId)
      .where('memberships.id', '=', membershipId)
      .executeTakeFirst();
    return row?.name;
  }
}

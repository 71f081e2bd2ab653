import type { Kysely } from 'kysely';
import type { WeeklyHours } from '../../core/business-clock.js';
import type { DB } from '../../db/schema.js';
import type { Directory } from './engine/index.js';

export interface MemberName {
  userId: string;
  name: string;
  email: string;
  role: string;
}

/** The workspace as the approval engine sees it: members, roles, departments, heads and opening hours. */
export class DirectoryRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Members with their names and e-mails (for mentions and presenting people). */
  async members(workspaceId: string): Promise<MemberName[]> {
    return this.db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.user_id as userId', 'u.name', 'u.email', 'm.role'])
      .where('m.workspace_id', '=', workspaceId)
      .execute();
  }

  /** Today's directory for the reducer. */
  async directory(workspaceId: string): Promise<Directory> {
    const members = await this.members(workspaceId);
    const depts = await this.db
      .selectFrom('departments')
      .select(['id', 'head_user_id'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    const links = await this.db
      .selectFrom('department_members as dm')
      .innerJoin('memberships as m', 'm.id', 'dm.membership_id')
      .select(['dm.department_id', 'm.user_id'])
      .where('dm.workspace_id', '=', workspaceId)
      .execute();
    return {
      members: members.map((m) => ({ userId: m.userId, role: m.role })),
      departments: depts.map((d) => ({
        id: d.id,
        headUserId: d.head_user_id,
        memberUserIds: links.filter((l) => l.department_id === d.id).map((l) => l.user_id),
      })),
    };
  }

  /** The workspace's zone and opening hours. */
  async hours(workspaceId: string): Promise<{ timeZone: string; hours: WeeklyHours } | null> {
    const ws = await this.db
      .selectFrom('workspaces')
      .select(['time_zone', 'business_hours'])
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    if (!ws) return null;
    const parsed = JSON.parse(ws.business_hours) as Partial<WeeklyHours>;
    return {
      timeZone: ws.time_zone,
      hours: { weekdays: parsed.weekdays ?? [], holidays: parsed.holidays ?? [] },
    };
  }

  /** Facts circuits are chosen by that live outside the post: networks of the accounts, pillar sensitivity. */
  async accountNetworks(
    workspaceId: string,
    accountIds: readonly string[],
  ): Promise<Map<string, { network: string; handle: string }>> {
    if (accountIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('connected_accounts')
      .select(['id', 'network', 'handle'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [...accountIds])
      .execute();
    return new Map(rows.map((r) => [r.id, { network: r.network, handle: r.handle }]));
  }

  /** Whether a content pillar of the workspace is marked sensitive. */
  async pillarSensitive(workspaceId: string, pillarId: string): Promise<boolean> {
    const r = await this.db
      .selectFrom('strategy_content_pillars')
      .select('sensitive')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', pillarId)
      .executeTakeFirst();
    return r?.sensitive === 1;
  }

  /** Department names by id, for indicator labels. */
  async departmentNames(workspaceId: string): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

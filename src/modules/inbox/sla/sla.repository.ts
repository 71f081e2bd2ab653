import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** An item past its response target, as the breach notice describes it. */
export interface OverdueItem {
  id: string;
  workspace_id: string;
  account_id: string;
  network: string;
  text: string;
  url: string | null;
  priority: string;
  is_question: number;
  target_minutes: number | null;
  due_at: string;
  occurred_at: string;
  assignee_id: string | null;
  department_id: string | null;
  contact_handle: string;
}

/** The SQL of response-target breaches. */
export class SlaRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Items due before `now`, never answered, still open, not yet flagged. */
  async overdue(now: string, limit: number): Promise<OverdueItem[]> {
    const rows = await this.db
      .selectFrom('inbox_items')
      .innerJoin('inbox_contacts', 'inbox_contacts.id', 'inbox_items.contact_id')
      .select([
        'inbox_items.id',
        'inbox_items.workspace_id',
        'inbox_items.account_id',
        'inbox_items.network',
        'inbox_items.text',
        'inbox_items.url',
        'inbox_items.priority',
        'inbox_items.is_question',
        'inbox_items.target_minutes',
        'inbox_items.due_at',
        'inbox_items.occurred_at',
        'inbox_items.assignee_id',
        'inbox_items.department_id',
        'inbox_contacts.handle as contact_handle',
      ])
      .where('inbox_items.due_at', '<', now)
      .where('inbox_items.first_response_at', 'is', null)
      .where('inbox_items.breached_at', 'is', null)
      .where('inbox_items.state', 'not in', ['closed', 'spam'])
      .orderBy('inbox_items.due_at')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...r, due_at: r.due_at! }));
  }

  /** Flags the breach; false when another worker (or an answer) got there first. */
  async markBreached(id: string, now: string): Promise<boolean> {
    const r = await this.db
      .updateTable('inbox_items')
      .set({ breached_at: now })
      .where('id', '=', id)
      .where('breached_at', 'is', null)
      .where('first_response_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Which of `userIds` are still members of the workspace. */
  async members(workspaceId: string, userIds: readonly string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', 'in', [...userIds])
      .execute();
    return rows.map((r) => r.user_id);
  }

  /** User ids of the department's members. */
  async departmentMembers(workspaceId: string, departmentId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('department_members')
      .innerJoin('memberships', 'memberships.id', 'department_members.membership_id')
      .select('memberships.user_id')
      .where('department_members.workspace_id', '=', workspaceId)
      .where('department_members.department_id', '=', departmentId)
      .execute();
    return rows.map((r) => r.user_id);
  }

  /** User ids of the workspace's owners and admins. */
  async admins(workspaceId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', workspaceId)
      .where('role', 'in', ['owner', 'admin'])
      .execute();
    return rows.map((r) => r.user_id);
  }
}

import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type {
  ApprovalCircuitsTable,
  ApprovalEventsTable,
  ApprovalRequestsTable,
} from './approvals.tables.js';

export type CircuitRow = Selectable<ApprovalCircuitsTable>;
export type RequestRow = Selectable<ApprovalRequestsTable>;
export type EventRow = Selectable<ApprovalEventsTable>;

/** Circuits, approval requests (engine state per post and cycle) and their event log. Every query names the workspace. */
export class ApprovalsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The workspace's circuits by name. */
  async listCircuits(workspaceId: string): Promise<CircuitRow[]> {
    return this.db
      .selectFrom('approval_circuits')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .orderBy('id')
      .execute();
  }

  async getCircuit(workspaceId: string, id: string): Promise<CircuitRow | null> {
    const r = await this.db
      .selectFrom('approval_circuits')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ?? null;
  }

  async insertCircuit(row: ApprovalCircuitsTable): Promise<void> {
    await this.db.insertInto('approval_circuits').values(row).execute();
  }

  async updateCircuit(
    workspaceId: string,
    id: string,
    patch: { name: string; definition: string; updated_at: string },
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('approval_circuits')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async deleteCircuit(workspaceId: string, id: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('approval_circuits')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** The newest approval request of a post (the one in force), or null. */
  async latestRequest(workspaceId: string, postId: string): Promise<RequestRow | null> {
    const r = await this.db
      .selectFrom('approval_requests')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('post_id', '=', postId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r ?? null;
  }

  /** A request by id across workspaces: timer jobs carry the id and the workspace. */
  async getRequest(workspaceId: string, id: string): Promise<RequestRow | null> {
    const r = await this.db
      .selectFrom('approval_requests')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ?? null;
  }

  async insertRequest(row: ApprovalRequestsTable): Promise<void> {
    await this.db.insertInto('approval_requests').values(row).execute();
  }

  /**
   * Saves a new state only if nobody saved since `revision` was read; false means re-read and retry
   * (two approvers clicking at once must not lose one decision).
   */
  async saveRequest(
    workspaceId: string,
    id: string,
    revision: number,
    patch: Pick<
      ApprovalRequestsTable,
      | 'state'
      | 'status'
      | 'first_submitted_at'
      | 'approved_at'
      | 'updated_at'
      | 'current_version_id'
      | 'next_timer_at'
    >,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('approval_requests')
      .set({ ...patch, revision: revision + 1 })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('revision', '=', revision)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async appendEvent(row: ApprovalEventsTable): Promise<void> {
    await this.db.insertInto('approval_events').values(row).execute();
  }

  /** Every event of every request of a post, oldest first: the post's approval timeline. */
  async listEvents(workspaceId: string, postId: string): Promise<EventRow[]> {
    return this.db
      .selectFrom('approval_events')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('post_id', '=', postId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  /** Requests with a step open (in review, or overdue while still in review): the inbox candidates. */
  async listOpen(workspaceId: string): Promise<(RequestRow & { title: string })[]> {
    return this.db
      .selectFrom('approval_requests as r')
      .innerJoin('posts as p', 'p.id', 'r.post_id')
      .selectAll('r')
      .select('p.title')
      .where('r.workspace_id', '=', workspaceId)
      .where('r.status', 'in', ['in_review', 'approval_overdue'])
      .execute();
  }

  /** Requests first submitted in [from, to): what the cycle-time indicators read. */
  async listSubmittedBetween(workspaceId: string, from: string, to: string): Promise<RequestRow[]> {
    return this.db
      .selectFrom('approval_requests')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('first_submitted_at', '>=', from)
      .where('first_submitted_at', '<', to)
      .execute();
  }

  /** Across workspaces (worker only): requests with a timer due before `before`, oldest first. */
  async listTimersDue(before: string, limit = 500): Promise<RequestRow[]> {
    return this.db
      .selectFrom('approval_requests')
      .selectAll()
      .where('next_timer_at', '<=', before)
      .orderBy('next_timer_at')
      .limit(limit)
      .execute();
  }
}

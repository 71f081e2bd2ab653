import type { AppContext } from '../../../app/context.js';
import { invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { can, isRole } from '../../../core/policy.js';
import { AuditService } from '../../audit/audit.service.js';
import { InboxPeopleRepository } from '../people/people.repository.js';
import { InboxRepliesRepository } from '../replies/replies.repository.js';
import { presentNote, presentReply } from '../replies/replies.service.js';
import { clockView } from './clock-status.js';
import { encodeCursor, InboxItemsRepository, type InboxItemRow } from './inbox-items.repository.js';
import type { InboxItemView, InboxQuery, TriagePatch } from './inbox.schemas.js';

export function presentItem(r: InboxItemRow, now: Date): InboxItemView {
  return {
    id: r.id,
    accountId: r.account_id,
    accountHandle: r.account_handle,
    network: r.network,
    kind: r.kind,
    text: r.text,
    url: r.url,
    contact: {
      id: r.contact_id,
      network: r.contact_network,
      handle: r.contact_handle,
      displayName: r.contact_display_name,
      avatarUrl: r.contact_avatar_url,
      profileUrl: r.contact_profile_url,
    },
    threadKey: r.thread_key,
    variantId: r.variant_id,
    postId: r.post_id,
    occurredAt: r.occurred_at,
    language: r.language,
    isQuestion: r.is_question === 1,
    sentiment: r.sentiment,
    priority: r.priority,
    state: r.state,
    assigneeId: r.assignee_id,
    departmentId: r.department_id,
    tags: JSON.parse(r.tags) as string[],
    clock: clockView(
      {
        occurredAt: r.occurred_at,
        targetMinutes: r.target_minutes,
        dueAt: r.due_at,
        firstResponseAt: r.first_response_at,
        handled: r.state === 'closed' || r.state === 'spam',
        breachedAt: r.breached_at,
      },
      now,
    ),
  };
}

/** Lists, opens and triages the unified inbox of a workspace. */
export class InboxService {
  readonly #items: InboxItemsRepository;
  readonly #audit: AuditService;

  constructor(private readonly ctx: AppContext) {
    this.#items = new InboxItemsRepository(ctx.database.db);
    this.#audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async page(actor: Actor, q: InboxQuery) {
    const now = this.ctx.clock.now();
    const rows = await this.#items.list(actor.workspaceId, q, now.toISOString());
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    return {
      data: page.map((r) => presentItem(r, now)),
      nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null,
    };
  }

  async detail(actor: Actor, id: string) {
    const now = this.ctx.clock.now();
    const row = await this.#items.get(actor.workspaceId, id);
    if (!row) throw notFound('inbox item');
    const person = await new InboxPeopleRepository(this.ctx.database.db).linkedIds(
      actor.workspaceId,
      row.contact_id,
    );
    const [thread, history] = await Promise.all([
      this.#items.thread(actor.workspaceId, row.thread_key),
      this.#items.history(actor.workspaceId, person.length > 0 ? person : [row.contact_id], row.thread_key),
    ]);
    const handling = new InboxRepliesRepository(this.ctx.database.db);
    const [replies, notes] = await Promise.all([
      handling.listFor(actor.workspaceId, [...new Set([row.id, ...thread.map((t) => t.id)])]),
      handling.notes(actor.workspaceId, [row.id]),
    ]);
    return {
      data: presentItem(row, now),
      thread: thread.map((r) => presentItem(r, now)),
      history: history.map((r) => presentItem(r, now)),
      replies: replies.map(presentReply),
      notes: notes.map(presentNote),
    };
  }

  /** Applies one triage change to one or many items; returns the items as they now are. */
  async triage(actor: Actor, ids: readonly string[], patch: TriagePatch): Promise<InboxItemView[]> {
    await this.#checkAssignee(actor.workspaceId, patch.assigneeId);
    await this.#checkDepartment(actor.workspaceId, patch.departmentId);
    const now = this.ctx.clock.now().toISOString();
    const before = await Promise.all(ids.map((id) => this.#items.get(actor.workspaceId, id)));
    const found = before.filter((r): r is InboxItemRow => r !== undefined);
    if (found.length !== ids.length) throw notFound('inbox item');
    for (const row of found) {
      // Assigning a new item moves it to "assigned" unless the change names a state itself.
      const state = patch.state ?? (patch.assigneeId && row.state === 'new' ? 'assigned' : undefined);
      await this.#items.update(
        actor.workspaceId,
        [row.id],
        {
          ...(state !== undefined ? { state } : {}),
          ...(patch.priority !== undefined ? { priority: patch.priority } : {}),
          ...(patch.assigneeId !== undefined ? { assignee_id: patch.assigneeId } : {}),
          ...(patch.departmentId !== undefined ? { department_id: patch.departmentId } : {}),
          ...(patch.tags !== undefined ? { tags: JSON.stringify([...new Set(patch.tags)]) } : {}),
        },
        now,
      );
      await this.#audit.record(actor, {
        action: 'inbox.triage',
        objectType: 'inbox_item',
        objectId: row.id,
        summary: `Triaged an inbox item from ${row.contact_handle}`,
        before: {
          state: row.state,
          priority: row.priority,
          assigneeId: row.assignee_id,
          departmentId: row.department_id,
        },
        after: { ...patch, ...(state !== undefined ? { state } : {}) },
      });
    }
    const after = await Promise.all(ids.map((id) => this.#items.get(actor.workspaceId, id)));
    const nowDate = this.ctx.clock.now();
    return after.filter((r): r is InboxItemRow => r !== undefined).map((r) => presentItem(r, nowDate));
  }

  async #checkAssignee(workspaceId: string, userId: string | null | undefined): Promise<void> {
    if (!userId) return;
    const m = await this.ctx.database.db
      .selectFrom('memberships')
      .select('role')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!m) throw invalid('assigneeId', 'This person is not a member of the workspace');
    if (!isRole(m.role) || !can(m.role, 'inbox.handle')) {
      throw invalid('assigneeId', 'This person’s role cannot handle the inbox');
    }
  }

  async #checkDepartment(workspaceId: string, departmentId: string | null | undefined): Promise<void> {
    if (!departmentId) return;
    const d = await this.ctx.database.db
      .selectFrom('departments')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', departmentId)
      .executeTakeFirst();
    if (!d) throw invalid('departmentId', 'No such department in this workspace');
  }
}

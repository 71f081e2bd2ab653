import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { InboxQuery } from './inbox.schemas.js';

/** An inbox item joined with its contact, account handle and post, as the API presents it. */
export interface InboxItemRow {
  id: string;
  account_id: string;
  account_handle: string;
  network: string;
  kind: string;
  text: string;
  url: string | null;
  thread_key: string;
  variant_id: string | null;
  post_id: string | null;
  occurred_at: string;
  language: string | null;
  is_question: number;
  sentiment: string;
  priority: string;
  state: string;
  assignee_id: string | null;
  department_id: string | null;
  tags: string;
  target_minutes: number | null;
  due_at: string | null;
  first_response_at: string | null;
  breached_at: string | null;
  contact_id: string;
  contact_network: string;
  contact_handle: string;
  contact_display_name: string | null;
  contact_avatar_url: string | null;
  contact_profile_url: string | null;
}

type ItemQuery = SelectQueryBuilder<DB, 'inbox_items' | 'inbox_contacts' | 'connected_accounts', object>;

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/** The cursor of a page: the last item's time and id (newest first, ties by id). */
export function encodeCursor(row: Pick<InboxItemRow, 'occurred_at' | 'id'>): string {
  return `${row.occurred_at}|${row.id}`;
}

/** Reads and updates a workspace's inbox items; every query is scoped to the workspace. */
export class InboxItemsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  #base(workspaceId: string) {
    return this.db
      .selectFrom('inbox_items')
      .innerJoin('inbox_contacts', 'inbox_contacts.id', 'inbox_items.contact_id')
      .innerJoin('connected_accounts', 'connected_accounts.id', 'inbox_items.account_id')
      .leftJoin('post_variants', 'post_variants.id', 'inbox_items.variant_id')
      .where('inbox_items.workspace_id', '=', workspaceId)
      .select([
        'inbox_items.id',
        'inbox_items.account_id',
        'connected_accounts.handle as account_handle',
        'inbox_items.network',
        'inbox_items.kind',
        'inbox_items.text',
        'inbox_items.url',
        'inbox_items.thread_key',
        'inbox_items.variant_id',
        'post_variants.post_id',
        'inbox_items.occurred_at',
        'inbox_items.language',
        'inbox_items.is_question',
        'inbox_items.sentiment',
        'inbox_items.priority',
        'inbox_items.state',
        'inbox_items.assignee_id',
        'inbox_items.department_id',
        'inbox_items.tags',
        'inbox_items.target_minutes',
        'inbox_items.due_at',
        'inbox_items.first_response_at',
        'inbox_items.breached_at',
        'inbox_items.contact_id',
        'inbox_contacts.network as contact_network',
        'inbox_contacts.handle as contact_handle',
        'inbox_contacts.display_name as contact_display_name',
        'inbox_contacts.avatar_url as contact_avatar_url',
        'inbox_contacts.profile_url as contact_profile_url',
      ]);
  }

  /** A page, newest first; `limit + 1` rows tell whether another page exists. */
  async list(workspaceId: string, f: InboxQuery, now: string): Promise<InboxItemRow[]> {
    let q = this.#base(workspaceId) as unknown as ItemQuery;
    if (f.state) q = q.where('inbox_items.state', 'in', f.state);
    if (f.network) q = q.where('inbox_items.network', '=', f.network);
    if (f.accountId) q = q.where('inbox_items.account_id', '=', f.accountId);
    if (f.assigneeId === 'none') q = q.where('inbox_items.assignee_id', 'is', null);
    else if (f.assigneeId) q = q.where('inbox_items.assignee_id', '=', f.assigneeId);
    if (f.departmentId) q = q.where('inbox_items.department_id', '=', f.departmentId);
    if (f.priority) q = q.where('inbox_items.priority', 'in', f.priority);
    if (f.question) q = q.where('inbox_items.is_question', '=', f.question === 'true' ? 1 : 0);
    if (f.sentiment) q = q.where('inbox_items.sentiment', '=', f.sentiment);
    if (f.overdue === 'true') {
      q = q
        .where('inbox_items.first_response_at', 'is', null)
        .where('inbox_items.due_at', '<', now)
        .where('inbox_items.state', 'not in', ['closed', 'spam']);
    }
    if (f.q) {
      const pattern = likePattern(f.q);
      q = q.where((eb) =>
        eb.or([
          eb(sql`lower(inbox_items.text)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(inbox_contacts.handle)`, 'like', sql`${pattern} escape '\\'`),
        ]),
      );
    }
    if (f.before) {
      const sep = f.before.lastIndexOf('|');
      const at = f.before.slice(0, sep);
      const id = f.before.slice(sep + 1);
      q = q.where((eb) =>
        eb.or([
          eb('inbox_items.occurred_at', '<', at),
          eb.and([eb('inbox_items.occurred_at', '=', at), eb('inbox_items.id', '<', id)]),
        ]),
      );
    }
    return (await q
      .orderBy('inbox_items.occurred_at', 'desc')
      .orderBy('inbox_items.id', 'desc')
      .limit(f.limit + 1)
      .execute()) as unknown as InboxItemRow[];
  }

  async get(workspaceId: string, id: string): Promise<InboxItemRow | undefined> {
    return await this.#base(workspaceId).where('inbox_items.id', '=', id).executeTakeFirst();
  }

  /** The conversation, oldest first. */
  async thread(workspaceId: string, threadKey: string): Promise<InboxItemRow[]> {
    return await this.#base(workspaceId)
      .where('inbox_items.thread_key', '=', threadKey)
      .orderBy('inbox_items.occurred_at')
      .limit(500)
      .execute();
  }

  /**
   * The person's other conversations, newest first: every contact linked as the same person, so the
   * history crosses networks.
   */
  async history(
    workspaceId: string,
    contactIds: readonly string[],
    exceptThread: string,
  ): Promise<InboxItemRow[]> {
    return await this.#base(workspaceId)
      .where('inbox_items.contact_id', 'in', [...contactIds])
      .where('inbox_items.thread_key', '!=', exceptThread)
      .orderBy('inbox_items.occurred_at', 'desc')
      .limit(50)
      .execute();
  }

  /** Everything the contacts wrote, newest first (a person's profile). */
  async byContacts(
    workspaceId: string,
    contactIds: readonly string[],
    limit: number,
  ): Promise<InboxItemRow[]> {
    return await this.#base(workspaceId)
      .where('inbox_items.contact_id', 'in', [...contactIds])
      .orderBy('inbox_items.occurred_at', 'desc')
      .orderBy('inbox_items.id', 'desc')
      .limit(limit)
      .execute();
  }

  /** Applies a triage change to items of the workspace; returns the ids changed. */
  async update(
    workspaceId: string,
    ids: readonly string[],
    set: {
      state?: string;
      priority?: string;
      assignee_id?: string | null;
      department_id?: string | null;
      tags?: string;
    },
    now: string,
  ): Promise<string[]> {
    const rows = await this.db
      .updateTable('inbox_items')
      .set({ ...set, updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [...ids])
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  }
}

import type { AppContext } from '../../../app/context.js';
import { invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import type { InboxSavedRepliesTable } from '../inbox-handling.tables.js';
import { InboxItemsRepository } from '../triage/inbox-items.repository.js';
import { renderReply, unknownVariables } from './render.js';
import { SavedRepliesRepository } from './saved-replies.repository.js';
import type { SavedReplyInput, SavedReplyPatch, SavedReplyView } from './saved-replies.schemas.js';
import { AuditService } from '../../audit/audit.service.js';

export function presentSavedReply(r: InboxSavedRepliesTable): SavedReplyView {
  return {
    id: r.id,
    title: r.title,
    body: r.body,
    language: r.language as 'fr' | 'en' | null,
    tags: JSON.parse(r.tags) as string[],
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function checkBody(body: string | undefined): void {
  if (body === undefined) return;
  const unknown = unknownVariables(body);
  if (unknown.length) {
    throw invalid(
      'body',
      `Unknown variable${unknown.length > 1 ? 's' : ''}: ${unknown.map((u) => `{{${u}}}`).join(', ')}`,
    );
  }
}

/** The replies a team reuses, with variables filled for one conversation. */
export class SavedRepliesService {
  readonly #repo: SavedRepliesRepository;
  readonly #items: InboxItemsRepository;
  readonly #audit: AuditService;

  constructor(private readonly ctx: AppContext) {
    this.#repo = new SavedRepliesRepository(ctx.database.db);
    this.#items = new InboxItemsRepository(ctx.database.db);
    this.#audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async list(actor: Actor, q: { language?: 'fr' | 'en'; q?: string }): Promise<SavedReplyView[]> {
    const rows = (await this.#repo.list(actor.workspaceId, q.language)).map(presentSavedReply);
    if (!q.q) return rows;
    const words = q.q.toLowerCase();
    return rows.filter((r) => r.title.toLowerCase().includes(words) || r.body.toLowerCase().includes(words));
  }

  async get(actor: Actor, id: string): Promise<SavedReplyView> {
    const row = await this.#repo.get(actor.workspaceId, id);
    if (!row) throw notFound('saved reply');
    return presentSavedReply(row);
  }

  async create(actor: Actor, body: SavedReplyInput): Promise<SavedReplyView> {
    checkBody(body.body);
    const now = this.ctx.clock.now().toISOString();
    const id = newId();
    await this.#repo.insert({
      id,
      workspace_id: actor.workspaceId,
      title: body.title,
      body: body.body,
      language: body.language,
      tags: JSON.stringify([...new Set(body.tags)]),
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await this.#audit.record(actor, {
      action: 'inbox.saved_reply.create',
      objectType: 'inbox_saved_reply',
      objectId: id,
      summary: `Saved the reply “${body.title}”`,
      after: body,
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, patch: SavedReplyPatch): Promise<SavedReplyView> {
    const before = await this.get(actor, id);
    checkBody(patch.body);
    await this.#repo.update(actor.workspaceId, id, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.body !== undefined ? { body: patch.body } : {}),
      ...(patch.language !== undefined ? { language: patch.language } : {}),
      ...(patch.tags !== undefined ? { tags: JSON.stringify([...new Set(patch.tags)]) } : {}),
      updated_at: this.ctx.clock.now().toISOString(),
    });
    await this.#audit.record(actor, {
      action: 'inbox.saved_reply.update',
      objectType: 'inbox_saved_reply',
      objectId: id,
      summary: `Changed the saved reply “${patch.title ?? before.title}”`,
      before,
      after: patch,
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const before = await this.get(actor, id);
    await this.#repo.delete(actor.workspaceId, id);
    await this.#audit.record(actor, {
      action: 'inbox.saved_reply.delete',
      objectType: 'inbox_saved_reply',
      objectId: id,
      summary: `Deleted the saved reply “${before.title}”`,
      before,
    });
  }

  /** The saved reply's text for one conversation, signed by the person asking. */
  async render(actor: Actor, id: string, itemId: string): Promise<string> {
    const reply = await this.get(actor, id);
    const item = await this.#items.get(actor.workspaceId, itemId);
    if (!item) throw invalid('itemId', 'No such inbox item in this workspace');
    return renderReply(reply.body, {
      contact: { displayName: item.contact_display_name, handle: item.contact_handle },
      agentName: actor.principal.name || (await this.#repo.userName(actor.userId)) || '',
      workspaceName: (await this.#repo.workspaceName(actor.workspaceId)) ?? '',
    });
  }
}

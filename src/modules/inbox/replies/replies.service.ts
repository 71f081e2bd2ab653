import type { AppContext } from '../../../app/context.js';
import { AppError, conflict, invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import { AuditService } from '../../audit/audit.service.js';
import { isConnectorError } from '../../publishing/connectors/connector.errors.js';
import type { NetworkConnector } from '../../publishing/connectors/connector.port.js';
import { ConnectorRegistry, isNetworkId } from '../../publishing/connectors/registry.js';
import { ConnectedAccountsRepository } from '../../publishing/scheduler/connected-accounts.repository.js';
import type { InboxRepliesTable } from '../inbox-handling.tables.js';
import { SavedRepliesService } from '../saved-replies/saved-replies.service.js';
import { holdIfGoverned, type HeldAnswer } from '../held-replies/reply-circuit.js';
import { OPEN_REPLY_GATE, type ReplyGate } from './reply.gate.js';
import { InboxRepliesRepository, type NoteRow } from './replies.repository.js';
import type { NoteView, ReplyInput, ReplyView } from './replies.schemas.js';

/** A reply left pending longer than this was interrupted (crash, restart): it may be retried. */
export const PENDING_STALE_MS = 2 * 60_000;

export function presentReply(r: InboxRepliesTable): ReplyView {
  return {
    id: r.id,
    itemId: r.item_id,
    text: r.text,
    status: r.status as ReplyView['status'],
    remoteId: r.remote_id,
    url: r.url,
    sentAt: r.sent_at,
    failure: r.failure_code ? { code: r.failure_code, reason: r.failure_reason ?? '' } : null,
    authorId: r.author_id,
    createdAt: r.created_at,
  };
}

export function presentNote(r: NoteRow): NoteView {
  return {
    id: r.id,
    text: r.text,
    authorId: r.author_id,
    authorName: r.author_name,
    createdAt: r.created_at,
  };
}

export interface RepliesServiceOptions {
  /** The approvals issue's reply circuit; by default every reply goes out. */
  gate?: ReplyGate;
  connectorFor?: (network: string) => NetworkConnector;
}

/**
 * Answers inbox items on their network through the account's connector, and keeps internal notes.
 * The reply is recorded first (pending), then sent with its own id as idempotency key, then settled:
 * sent (the item's clock stops, the item is answered) or failed with the network's reason. A retry
 * sends the same key again, so a reply the network did take is found, never posted twice (Bluesky
 * derives its record key from it, Mastodon honours Idempotency-Key).
 */
export class InboxRepliesService {
  readonly #repo: InboxRepliesRepository;
  readonly #accounts: ConnectedAccountsRepository;
  readonly #audit: AuditService;
  readonly #gate: ReplyGate;
  readonly #connectorFor: (network: string) => NetworkConnector;

  constructor(
    private readonly ctx: AppContext,
    options: RepliesServiceOptions = {},
  ) {
    this.#repo = new InboxRepliesRepository(ctx.database.db);
    this.#accounts = new ConnectedAccountsRepository(ctx.database.db, ctx.secrets);
    this.#audit = new AuditService(ctx.database.db, ctx.clock);
    this.#gate = options.gate ?? OPEN_REPLY_GATE;
    if (options.connectorFor) this.#connectorFor = options.connectorFor;
    else {
      const registry = new ConnectorRegistry({
        logger: ctx.logger.child({ module: 'connectors' }),
        now: () => ctx.clock.now(),
        timeoutMs: 20_000,
      });
      this.#connectorFor = (network) => {
        if (!isNetworkId(network)) throw new Error(`Unknown network ${network}`);
        return registry.get(network);
      };
    }
  }

  async reply(actor: Actor, itemId: string, body: ReplyInput): Promise<ReplyView | HeldAnswer> {
    const item = await this.#repo.target(actor.workspaceId, itemId);
    if (!item) throw notFound('inbox item');
    const text =
      body.text ??
      (await new SavedRepliesService(this.ctx)
        .render(actor, body.savedReplyId!, itemId)
        .catch((err: unknown) => {
          if (err instanceof AppError && err.status === 404)
            throw invalid('savedReplyId', 'No such saved reply');
          throw err;
        }));
    if (!text.trim()) throw invalid('text', 'The reply is empty');
    const decision = await this.#gate.check({
      workspaceId: actor.workspaceId,
      itemId,
      accountId: item.account_id,
      authorId: actor.userId,
      text,
    });
    if (!decision.allowed) throw new AppError(409, decision.code, decision.reason, 'text');
    const held = await holdIfGoverned(this.ctx, actor, item, text);
    if (held) return held;
    const id = newId();
    const row: InboxRepliesTable = {
      id,
      workspace_id: actor.workspaceId,
      item_id: itemId,
      account_id: item.account_id,
      text,
      status: 'pending',
      remote_id: null,
      url: null,
      idempotency_key: id,
      author_id: actor.userId,
      failure_code: null,
      failure_reason: null,
      raw_error: null,
      created_at: this.ctx.clock.now().toISOString(),
      sent_at: null,
    };
    await this.#repo.insert(row);
    await this.#audit.record(actor, {
      action: 'inbox.reply',
      objectType: 'inbox_item',
      objectId: itemId,
      summary: `Replied to ${item.contact_handle}${body.savedReplyId ? ' with a saved reply' : ''}`,
      after: { replyId: id, text, savedReplyId: body.savedReplyId ?? null },
    });
    return this.#send(actor, row, item.remote_id);
  }

  /**
   * Sends a reply an approver just approved (held-replies): recorded under the held reply's key, so the
   * network sees one idempotency key whatever happens, then sent like any reply (the clock stops).
   */
  async sendApproved(
    actor: Actor,
    held: { key: string; itemId: string; text: string; authorId: string },
  ): Promise<ReplyView> {
    const existing = await this.#repo.get(actor.workspaceId, held.key);
    if (existing) return presentReply(existing);
    const item = await this.#repo.target(actor.workspaceId, held.itemId);
    if (!item) throw notFound('inbox item');
    const row: InboxRepliesTable = {
      id: held.key,
      workspace_id: actor.workspaceId,
      item_id: held.itemId,
      account_id: item.account_id,
      text: held.text,
      status: 'pending',
      remote_id: null,
      url: null,
      idempotency_key: held.key,
      author_id: held.authorId,
      failure_code: null,
      failure_reason: null,
      raw_error: null,
      created_at: this.ctx.clock.now().toISOString(),
      sent_at: null,
    };
    await this.#repo.insert(row);
    return this.#send(actor, row, item.remote_id);
  }

  /** Sends a failed (or interrupted) reply again with the same idempotency key. */
  async retry(actor: Actor, replyId: string): Promise<ReplyView> {
    const row = await this.#repo.get(actor.workspaceId, replyId);
    if (!row) throw notFound('reply');
    if (row.status === 'sent') throw conflict('This reply was already sent');
    const staleBefore = new Date(this.ctx.clock.now().getTime() - PENDING_STALE_MS).toISOString();
    if (!(await this.#repo.claimRetry(actor.workspaceId, replyId, staleBefore))) {
      throw conflict('This reply is being sent right now');
    }
    const item = await this.#repo.target(actor.workspaceId, row.item_id);
    if (!item) throw notFound('inbox item');
    await this.#audit.record(actor, {
      action: 'inbox.reply.retry',
      objectType: 'inbox_item',
      objectId: row.item_id,
      summary: `Retried a reply to ${item.contact_handle}`,
      before: { replyId, status: row.status, failure: row.failure_code },
    });
    return this.#send(actor, { ...row, status: 'pending' }, item.remote_id);
  }

  async addNote(actor: Actor, itemId: string, text: string): Promise<NoteView> {
    const item = await this.#repo.target(actor.workspaceId, itemId);
    if (!item) throw notFound('inbox item');
    const id = newId();
    await this.#repo.insertNote({
      id,
      workspace_id: actor.workspaceId,
      item_id: itemId,
      author_id: actor.userId,
      text,
      created_at: this.ctx.clock.now().toISOString(),
    });
    await this.#audit.record(actor, {
      action: 'inbox.note',
      objectType: 'inbox_item',
      objectId: itemId,
      summary: `Added a note to the conversation with ${item.contact_handle}`,
      after: { noteId: id, text },
    });
    const notes = await this.#repo.notes(actor.workspaceId, [itemId]);
    return presentNote(notes.find((n) => n.id === id)!);
  }

  async #send(actor: Actor, row: InboxRepliesTable, inReplyTo: string): Promise<ReplyView> {
    const credentials = await this.#accounts.openCredentials(row.workspace_id, row.account_id);
    const account = await this.#accounts.get(row.workspace_id, row.account_id);
    if (!account || !credentials) {
      await this.#repo.markFailed(row.id, {
        code: 'account_unavailable',
        reason: 'The connected account is gone or its credentials cannot be read',
        raw: null,
      });
    } else {
      try {
        const part = await this.#connectorFor(account.network).reply(
          {
            credentials,
            saveCredentials: (next) =>
              this.#accounts.saveCredentials(
                row.workspace_id,
                row.account_id,
                next,
                this.ctx.clock.now().toISOString(),
              ),
          },
          { idempotencyKey: row.idempotency_key, inReplyTo, part: { text: row.text } },
        );
        const at = this.ctx.clock.now().toISOString();
        await this.#repo.markSent(row.id, { remoteId: part.remoteId, url: part.url, at });
        await this.#repo.answered(row.workspace_id, row.item_id, actor.userId, at);
      } catch (err) {
        const known = isConnectorError(err);
        if (!known) this.ctx.logger.error({ err, replyId: row.id }, 'inbox reply failed unexpectedly');
        await this.#repo.markFailed(row.id, {
          code: known ? err.code : 'unexpected',
          reason: (known ? err.message : 'The reply could not be sent').slice(0, 500),
          raw: known && err.raw ? JSON.stringify(err.raw) : null,
        });
      }
    }
    return presentReply((await this.#repo.get(row.workspace_id, row.id))!);
  }
}

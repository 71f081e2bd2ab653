import type { AppContext } from '../../../app/context.js';
import { forbidden, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import { hashToken, randomToken } from '../../../core/secrets.js';
import { AuditService } from '../../audit/audit.service.js';
import { FeedsRepository, type CalendarFeedRow } from './feeds.repository.js';
import type { CalendarFeedView } from './ical.schemas.js';

/** Feed secrets start with this so people (and secret scanners) recognise them. */
export const FEED_TOKEN_PREFIX = 'prs_cal_';
/** Path of the public feed route (outside /api/v1, see ical.routes.ts). */
export const FEED_PATH = '/ical';

/** The public address of a feed for `token`. */
export function feedUrl(publicUrl: string, token: string): string {
  return `${publicUrl}${FEED_PATH}/${token}.ics`;
}

/** The address as lists show it: the secret is not stored, so it cannot be shown again. */
export function maskedFeedUrl(publicUrl: string): string {
  return feedUrl(publicUrl, `${FEED_TOKEN_PREFIX}********`);
}

function present(row: CalendarFeedRow, url: string): CalendarFeedView {
  return { id: row.id, label: row.label, url, createdAt: row.created_at, lastUsedAt: row.last_used_at };
}

/** Personal iCalendar feeds: each member manages only their own. */
export class FeedsService {
  readonly #repo: FeedsRepository;
  readonly #audit: AuditService;

  constructor(private readonly ctx: Pick<AppContext, 'database' | 'clock' | 'config'>) {
    this.#repo = new FeedsRepository(ctx.database.db);
    this.#audit = new AuditService(ctx.database.db, ctx.clock);
  }

  /** The caller's live feeds, with masked addresses. */
  async list(actor: Actor): Promise<CalendarFeedView[]> {
    const masked = maskedFeedUrl(this.ctx.config.publicUrl);
    return (await this.#repo.listOwn(actor.workspaceId, actor.userId)).map((r) => present(r, masked));
  }

  /** Creates a feed; its full address is in this answer only. */
  async create(actor: Actor, label: string): Promise<CalendarFeedView> {
    // A feed outlives the token that would create it: a leaked token must not leave a lasting way in.
    if (actor.principal.token) throw forbidden('An API token cannot create calendar feeds; sign in instead');
    const token = `${FEED_TOKEN_PREFIX}${randomToken(32)}`;
    const row: CalendarFeedRow = {
      id: newId(),
      workspace_id: actor.workspaceId,
      user_id: actor.userId,
      label,
      token_hash: hashToken(token),
      created_at: this.ctx.clock.now().toISOString(),
      last_used_at: null,
      revoked_at: null,
    };
    await this.#repo.insert(row);
    await this.#audit.record(actor, {
      action: 'calendar_feed.created',
      objectType: 'calendar_feed',
      objectId: row.id,
      summary: `Created calendar feed ${label}`,
      after: { label },
    });
    return present(row, feedUrl(this.ctx.config.publicUrl, token));
  }

  /** Revokes one of the caller's feeds; someone else's is 404, revoking twice is harmless. */
  async revoke(actor: Actor, feedId: string): Promise<void> {
    const row = await this.#repo.findOwn(actor.workspaceId, actor.userId, feedId);
    if (!row) throw notFound('Calendar feed');
    if (row.revoked_at) return;
    const nowIso = this.ctx.clock.now().toISOString();
    await this.#repo.revoke(actor.workspaceId, feedId, nowIso);
    await this.#audit.record(actor, {
      action: 'calendar_feed.revoked',
      objectType: 'calendar_feed',
      objectId: feedId,
      summary: `Revoked calendar feed ${row.label}`,
      before: { label: row.label, revokedAt: null },
      after: { label: row.label, revokedAt: nowIso },
    });
  }
}

import type { AppContext } from '../../app/context.js';
import { invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { addDays, localDateTime, zonedInstant } from '../../core/calendar.js';
import { newId } from '../../core/ids.js';
import { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { classifyVisit } from './bot-detection.js';
import {
  daySeries,
  daysBetween,
  DOUBLE_CLICK_WINDOW_MS,
  MAX_SERIES_DAYS,
  referrerHost,
  visitorMaterial,
} from './click-rules.js';
import { LinksRepository, type TrackedLinkWithCounts } from './links.repository.js';
import type { ClickSeriesView, ClicksQuery, LinksQuery, TrackedLinkView } from './links.schemas.js';
import { isShortCode, shortUrl } from './short-code.js';

/** One request to /l/{code}, as the route sees it. */
export interface Visit {
  code: string;
  method: string;
  ip: string;
  userAgent: string | undefined;
  referer: string | undefined;
}

/** Tracked links: the public redirect that counts visits, and the workspace's lists and series. */
export class LinksService {
  readonly #repo: LinksRepository;

  constructor(private readonly ctx: AppContext) {
    this.#repo = new LinksRepository(ctx.database.db);
  }

  /**
   * Records the visit and returns where to send the visitor, or null for an unknown code. Bots are
   * recorded but flagged; a second click by the same visitor within the double-click window is not
   * recorded at all, so it counts once.
   */
  async visit(v: Visit): Promise<string | null> {
    if (!isShortCode(v.code)) return null;
    const link = await this.#repo.findByCode(v.code);
    if (!link) return null;
    try {
      await this.#record(link.id, link.workspace_id, v);
    } catch (err) {
      // The visitor must reach the page even when counting fails; the count is the lesser loss.
      this.ctx.logger.warn({ err, linkId: link.id }, 'could not record a tracked link click');
    }
    return link.final_url;
  }

  async #record(linkId: string, workspaceId: string, v: Visit): Promise<void> {
    const now = this.ctx.clock.now();
    const kind = classifyVisit(v.method, v.userAgent);
    const visitorHash = this.ctx.secrets.sign('link-visitor', visitorMaterial(v.ip, v.userAgent, now));
    if (!kind.isBot) {
      const since = new Date(now.getTime() - DOUBLE_CLICK_WINDOW_MS).toISOString();
      if (await this.#repo.hasHumanClickSince(linkId, visitorHash, since)) return;
    }
    await this.#repo.insertClick({
      id: newId(now.getTime()),
      link_id: linkId,
      workspace_id: workspaceId,
      clicked_at: now.toISOString(),
      is_bot: kind.isBot ? 1 : 0,
      bot_reason: kind.reason,
      referrer_host: referrerHost(v.referer),
      country: null,
      visitor_hash: visitorHash,
    });
  }

  /** The workspace's links (optionally of one post or variant) with their click counts. */
  async list(actor: Actor, q: LinksQuery): Promise<TrackedLinkView[]> {
    const rows = await this.#repo.listWithCounts(actor.workspaceId, q);
    return rows.map((r) => this.#view(r));
  }

  /** Clicks of one link per day of the workspace's time zone. */
  async clickSeries(actor: Actor, linkId: string, q: ClicksQuery): Promise<ClickSeriesView> {
    const link = await this.#repo.findInWorkspace(actor.workspaceId, linkId);
    if (!link) throw notFound('Link');
    const workspace = await new WorkspacesRepository(this.ctx.database.db).findById(actor.workspaceId);
    const timeZone = workspace?.time_zone ?? 'UTC';
    const to = q.to ?? localDateTime(this.ctx.clock.now().getTime(), timeZone).slice(0, 10);
    const from = q.from ?? addDays(to, -29);
    if (from > to) throw invalid('from', 'from must be on or before to');
    if (daysBetween(from, to) > MAX_SERIES_DAYS) {
      throw invalid('to', `A series covers at most ${MAX_SERIES_DAYS} days`);
    }
    // Local midnights: a day of 23 or 25 hours around a daylight-saving change stays one day.
    const start = new Date(zonedInstant(from, '00:00', timeZone)).toISOString();
    const end = new Date(zonedInstant(addDays(to, 1), '00:00', timeZone)).toISOString();
    const clicks = await this.#repo.listClicksBetween(actor.workspaceId, linkId, start, end);
    const points = daySeries(
      clicks.map((c) => ({ clickedAt: c.clicked_at, isBot: c.is_bot === 1 })),
      from,
      to,
      timeZone,
    );
    return {
      linkId,
      granularity: q.granularity,
      timeZone,
      from,
      to,
      totals: {
        clicks: points.reduce((n, p) => n + p.clicks, 0),
        botClicks: points.reduce((n, p) => n + p.botClicks, 0),
      },
      points,
    };
  }

  #view(r: TrackedLinkWithCounts): TrackedLinkView {
    return {
      id: r.id,
      code: r.code,
      shortUrl: shortUrl(this.ctx.config.publicUrl, r.code),
      targetUrl: r.target_url,
      finalUrl: r.final_url,
      postId: r.post_id,
      variantId: r.variant_id,
      network: r.network,
      clicks: r.clicks,
      botClicks: r.bot_clicks,
      createdAt: r.created_at,
    };
  }
}

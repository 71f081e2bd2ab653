import type { AppContext } from '../../../app/context.js';
import { notFound } from '../../../app/errors.js';
import { can, isRole } from '../../../core/policy.js';
import { hashToken } from '../../../core/secrets.js';
import { FeedsRepository } from './feeds.repository.js';
import { variantEvent } from './ical.events.js';
import { formatCalendar, type CalendarEvent } from './ical.format.js';
import { IcalRepository } from './ical.repository.js';

const DAY_MS = 86_400_000;
/** The window a feed covers around now: recent history and the planned half-year. */
export const FEED_WINDOW = { pastDays: 30, futureDays: 180 };
const PRODID = '-//Presence//Calendar feed//EN';

/** Serves a feed's calendar text to whoever holds its secret. */
export class IcalService {
  readonly #feeds: FeedsRepository;
  readonly #posts: IcalRepository;

  constructor(private readonly ctx: Pick<AppContext, 'database' | 'clock' | 'config'>) {
    this.#feeds = new FeedsRepository(ctx.database.db);
    this.#posts = new IcalRepository(ctx.database.db);
  }

  /**
   * The iCalendar text for a feed secret. Unknown, revoked, or owned by someone who left the workspace,
   * was disabled or no longer may read posts: the same 404, after the same single lookup by hash.
   */
  async render(token: string): Promise<string> {
    const feed = await this.#feeds.findLiveByHash(hashToken(token));
    if (!feed || !isRole(feed.role) || !can(feed.role, 'posts.read')) throw notFound('Calendar feed');
    const now = this.ctx.clock.now();
    const from = new Date(now.getTime() - FEED_WINDOW.pastDays * DAY_MS).toISOString();
    const to = new Date(now.getTime() + FEED_WINDOW.futureDays * DAY_MS).toISOString();
    const variants = await this.#posts.variantsBetween(feed.workspaceId, from, to);
    await this.#feeds.markUsed(feed.id, now.toISOString());
    const host = new URL(this.ctx.config.publicUrl).hostname;
    const events = variants.map((v) => variantEvent(v, host)).filter((e): e is CalendarEvent => e !== null);
    return formatCalendar({ prodId: PRODID, name: feed.workspaceName, events });
  }
}

import type { AppContext } from '../../../app/context.js';
import { invalid } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { addDays, dateToMs, localDateTime, zonedInstant } from '../../../core/calendar.js';
import { groupIndicators } from './indicators.js';
import { InboxIndicatorsRepository } from './indicators.repository.js';
import { MAX_PERIOD_DAYS, type IndicatorsQuery } from './indicators.schemas.js';

/** Days [from, to] of the workspace's wall clock as the instants [fromInstant, toInstant). */
export function periodInstants(
  from: string,
  to: string,
  timeZone: string,
): { fromInstant: string; toInstant: string } {
  return {
    fromInstant: new Date(zonedInstant(from, '00:00', timeZone)).toISOString(),
    // The day after `to` at midnight, not `to` at 24:00 minus a tick: exact across a DST change.
    toInstant: new Date(zonedInstant(addDays(to, 1), '00:00', timeZone)).toISOString(),
  };
}

/** Response-time and backlog indicators of a workspace's inbox over a period. */
export class InboxIndicatorsService {
  readonly #repo: InboxIndicatorsRepository;

  constructor(private readonly ctx: AppContext) {
    this.#repo = new InboxIndicatorsRepository(ctx.database.db);
  }

  async indicators(actor: Actor, q: IndicatorsQuery) {
    const now = this.ctx.clock.now();
    const timeZone = await this.#repo.timeZoneOf(actor.workspaceId);
    const to = q.to ?? localDateTime(now.getTime(), timeZone).slice(0, 10);
    const from = q.from ?? addDays(to, -29);
    // The schema checks the order and length when both are given; a defaulted end is checked here.
    if (from > to) throw invalid('from', '`from` must not be after `to` (today by default)');
    if ((dateToMs(to) - dateToMs(from)) / 86_400_000 >= MAX_PERIOD_DAYS) {
      throw invalid('from', `A period spans at most ${MAX_PERIOD_DAYS} days`);
    }
    const { fromInstant, toInstant } = periodInstants(from, to, timeZone);
    const items = await this.#repo.itemsBetween(actor.workspaceId, fromInstant, toInstant);
    return {
      ...groupIndicators(items, q.groupBy, now),
      period: { from, to, fromInstant, toInstant, timeZone },
    };
  }
}

import type { AppContext } from '../../../app/context.js';
import type { Actor } from '../../../app/http/principal.js';
import { AROUND_THE_CLOCK, type BusinessCalendar } from '../../../core/business-clock.js';
import { addDays, isoWeekMonday, isoWeeksBetween } from '../../../core/calendar.js';
import { DirectoryRepository } from '../../approvals/directory.repository.js';
import { MAX_WORKLOAD_WEEKS, PlanningService } from '../../organisation/planning.service.js';
import { RoniInputsRepository } from '../roni/roni.repository.js';
import type { RoniInputs } from '../roni/roni-inputs.js';
import { FactsRepository } from './facts.repository.js';
import type {
  AccountFollowersFact,
  ConversionFacts,
  CostFacts,
  VariantFact,
  WorkloadFacts,
} from './facts.types.js';
import type { Period } from './indicator.types.js';
import type { InboxSummary } from './process.js';
import { ProcessFactsRepository, type InboxFact } from './process.repository.js';
import { networkOf, type FactScope } from './scope-sql.js';

const keyOf = (period: Period, scope: FactScope) =>
  `${period.fromInstant}|${period.toInstant}|${scope.kind}|${scope.id ?? ''}|${scope.network ?? ''}`;

/**
 * The facts of one workspace, read once per (kind, period, scope) within one engine call: cards that
 * share an objective, or a metric list that needs the same variants, reuse the same read, so the query
 * count depends on the periods and scopes asked, never on the number of rows.
 */
export class FactLoader {
  readonly facts: FactsRepository;
  readonly process: ProcessFactsRepository;
  readonly #memo = new Map<string, Promise<unknown>>();

  constructor(
    private readonly ctx: AppContext,
    readonly workspaceId: string,
    readonly currency: string,
  ) {
    this.facts = new FactsRepository(ctx.database.db);
    this.process = new ProcessFactsRepository(ctx.database.db);
  }

  #once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.#memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      this.#memo.set(key, p);
    }
    return p;
  }

  now(): Date {
    return this.ctx.clock.now();
  }

  variants(period: Period, scope: FactScope): Promise<VariantFact[]> {
    return this.#once(`variants|${keyOf(period, scope)}`, () =>
      this.facts.variants(this.workspaceId, period, scope),
    );
  }

  clicks(period: Period, scope: FactScope): Promise<number> {
    return this.#once(`clicks|${keyOf(period, scope)}`, () =>
      this.facts.clickCount(this.workspaceId, period, scope),
    );
  }

  conversions(period: Period, scope: FactScope): Promise<ConversionFacts> {
    return this.#once(`conversions|${keyOf(period, scope)}`, () =>
      this.facts.conversions(this.workspaceId, period, scope, this.currency),
    );
  }

  costs(period: Period, scope: FactScope): Promise<CostFacts> {
    return this.#once(`costs|${keyOf(period, scope)}`, () =>
      this.facts.costs(this.workspaceId, period, scope, this.currency),
    );
  }

  followers(period: Period, scope: FactScope): Promise<AccountFollowersFact[]> {
    return this.#once(`followers|${keyOf(period, scope)}`, () =>
      this.facts.followers(this.workspaceId, period, scope),
    );
  }

  /** Inbox items are narrowed by network only: messages belong to no objective, action or pillar. */
  inbox(period: Period, scope: FactScope): Promise<InboxFact[]> {
    const network = networkOf(scope);
    return this.#once(`inbox|${period.fromInstant}|${period.toInstant}|${network ?? ''}`, () =>
      this.process.inboxItems(this.workspaceId, period, network),
    );
  }

  /**
   * The inbox figures of the period, aggregated once in SQL: seven metrics (and RONI) read them.
   */
  inboxSummary(period: Period, scope: FactScope): Promise<InboxSummary> {
    const network = networkOf(scope);
    return this.#once(`inbox-summary|${period.fromInstant}|${period.toInstant}|${network ?? ''}`, () =>
      this.process.inboxSummary(this.workspaceId, period, network, this.now()),
    );
  }

  approvals(period: Period, scope: FactScope) {
    return this.#once(`approvals|${keyOf(period, scope)}`, () =>
      this.facts.approvals(this.workspaceId, period, scope),
    );
  }

  /** The workspace's business calendar, as the approval engine measures cycles with it. */
  calendar(): Promise<BusinessCalendar> {
    return this.#once('calendar', async () => {
      const hours = await new DirectoryRepository(this.ctx.database.db).hours(this.workspaceId);
      return hours ? { kind: 'business', timeZone: hours.timeZone, hours: hours.hours } : AROUND_THE_CLOCK;
    });
  }

  roniInputs(): Promise<RoniInputs> {
    return this.#once('roni-inputs', () =>
      new RoniInputsRepository(this.ctx.database.db).load(this.workspaceId),
    );
  }

  audiencesNotReached() {
    return this.#once('audiences-not-reached', () => this.facts.audiencesNotReached(this.workspaceId));
  }

  /**
   * Planned and available hours of the organisation plan over the ISO weeks touching the period
   * (whole weeks: the plan is weekly), asked in chunks the planning service accepts.
   */
  workload(period: Period): Promise<WorkloadFacts> {
    return this.#once(`workload|${period.from}|${period.to}`, async () => {
      const planning = new PlanningService(this.ctx);
      // The planning service reads only the workspace of the actor it is given.
      const actor = { workspaceId: this.workspaceId } as Actor;
      const weeks = isoWeeksBetween(period.from, period.to);
      let plannedHours = 0;
      let availableHours = 0;
      for (let i = 0; i < weeks.length; i += MAX_WORKLOAD_WEEKS) {
        const chunk = weeks.slice(i, i + MAX_WORKLOAD_WEEKS);
        const from = isoWeekMonday(chunk[0]!);
        const to = addDays(isoWeekMonday(chunk[chunk.length - 1]!), 6);
        const report = await planning.workload(actor, from, to);
        for (const p of report.people)
          for (const w of p.weeks) {
            plannedHours += w.plannedHours;
            availableHours += w.capacityHours;
          }
        for (const u of report.unassigned) plannedHours += u.hours;
      }
      return { plannedHours, availableHours };
    });
  }
}

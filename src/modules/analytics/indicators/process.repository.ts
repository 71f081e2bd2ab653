import { sql, type Kysely, type SqlBool } from 'kysely';
import { dialectOf } from '../../../db/columns.js';
import type { DB } from '../../../db/schema.js';
import { firstResponseMinutes, type IndicatorItem } from '../../inbox/indicators/indicators.js';
import { CONVERSATION_KINDS } from '../../inbox/inbox.types.js';
import { findNetwork } from '../../strategy/catalogue/networks.js';
import type { Period } from './indicator.types.js';
import type { InboxSummary } from './process.js';
import type { FactScope } from './scope-sql.js';

export type InboxFact = IndicatorItem & { id: string; text: string };

/** Reads for the process figures and for checking a scope: inbox items, and scope ids of the workspace. */
export class ProcessFactsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Inbox items that occurred in the period (on one network when given), with the columns the inbox
   * formulas read plus the id and a text excerpt for the trace; names are not needed here.
   */
  async inboxItems(workspaceId: string, period: Period, network: string | null): Promise<InboxFact[]> {
    let q = this.db
      .selectFrom('inbox_items as i')
      .where('i.workspace_id', '=', workspaceId)
      .where('i.occurred_at', '>=', period.fromInstant)
      .where('i.occurred_at', '<', period.toInstant)
      .select([
        'i.id',
        'i.network',
        'i.kind',
        'i.state',
        'i.is_question',
        'i.occurred_at',
        'i.due_at',
        'i.first_response_at',
        'i.breached_at',
        'i.assignee_id',
        'i.department_id',
        // An excerpt for the trace: a busy month holds tens of thousands of messages.
        sql<string>`substr(i.text, 1, 140)`.as('text'),
      ]);
    if (network !== null) q = q.where('i.network', '=', network);
    const rows = await q.orderBy('i.occurred_at').orderBy('i.id').execute();
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      network: r.network,
      kind: r.kind,
      state: r.state,
      isQuestion: r.is_question === 1,
      occurredAt: r.occurred_at,
      dueAt: r.due_at,
      firstResponseAt: r.first_response_at,
      breachedAt: r.breached_at,
      assigneeId: r.assignee_id,
      assigneeName: null,
      departmentId: r.department_id,
      departmentName: null,
    }));
  }

  #received(workspaceId: string, period: Period, network: string | null) {
    let q = this.db
      .selectFrom('inbox_items as i')
      .where('i.workspace_id', '=', workspaceId)
      .where('i.occurred_at', '>=', period.fromInstant)
      .where('i.occurred_at', '<', period.toInstant)
      .where('i.kind', 'in', [...CONVERSATION_KINDS])
      .where('i.state', '<>', 'spam');
    if (network !== null) q = q.where('i.network', '=', network);
    return q;
  }

  /**
   * The inbox figures as SQL aggregates, so a year of a busy inbox is never loaded: the same rules as
   * the inbox's pure functions (docs/inbox-indicators.md; `summariseInbox` is their reference and the
   * tests hold both to the same answers). Clocks are read as of `now`; the median is the answered item
   * at rank ceil(n / 2) by response time, measured in code like the inbox does.
   */
  async inboxSummary(
    workspaceId: string,
    period: Period,
    network: string | null,
    now: Date,
  ): Promise<InboxSummary> {
    const at = now.toISOString();
    const answered = sql<SqlBool>`i.first_response_at is not null`;
    const handled = sql<SqlBool>`i.state in ('closed', 'spam')`;
    const met = sql<SqlBool>`(i.due_at is not null and ${answered} and i.first_response_at <= i.due_at)`;
    const late = sql<SqlBool>`(i.due_at is not null and ${answered} and i.first_response_at > i.due_at)`;
    const breached = sql<SqlBool>`(${late} or (i.due_at is not null and i.first_response_at is null and ((${handled} and i.breached_at is not null) or (not ${handled} and i.due_at < ${at}))))`;
    const count = (cond: ReturnType<typeof sql<SqlBool>>) =>
      sql<number>`coalesce(sum(case when ${cond} then 1 else 0 end), 0)`;
    const row = await this.#received(workspaceId, period, network)
      .select([
        sql<number>`count(*)`.as('received'),
        count(answered).as('answered'),
        count(met).as('met'),
        count(breached).as('breached'),
        count(sql<SqlBool>`i.is_question = 1 and i.first_response_at is null`).as('unanswered'),
        count(late).as('late'),
      ])
      .executeTakeFirstOrThrow();
    const n = Number(row.answered);
    let medianMinutes: number | null = null;
    if (n > 0) {
      const delay =
        dialectOf(this.db as unknown as Kysely<unknown>) === 'postgres'
          ? sql`(i.first_response_at - i.occurred_at)`
          : sql`(julianday(i.first_response_at) - julianday(i.occurred_at))`;
      const mid = await this.#received(workspaceId, period, network)
        .where('i.first_response_at', 'is not', null)
        .select(['i.occurred_at', 'i.first_response_at'])
        .orderBy(delay)
        .orderBy('i.id')
        .limit(1)
        .offset(Math.ceil(n / 2) - 1)
        .executeTakeFirst();
      const minutes = mid
        ? firstResponseMinutes({ occurredAt: mid.occurred_at, firstResponseAt: mid.first_response_at })
        : null;
      medianMinutes = minutes === null ? null : Math.round(minutes * 10) / 10;
    }
    const m = Number(row.met);
    const b = Number(row.breached);
    return {
      received: Number(row.received),
      answered: n,
      decided: m + b,
      medianMinutes,
      withinTargetShare: m + b === 0 ? null : m / (m + b),
      unansweredQuestions: Number(row.unanswered),
      lateAnswers: Number(row.late),
    };
  }

  /** Whether the scope's id names an objective, action or pillar of this workspace, or a known network. */
  async scopeExists(workspaceId: string, scope: FactScope): Promise<boolean> {
    const id = scope.id ?? '';
    switch (scope.kind) {
      case 'workspace':
        return true;
      case 'network':
        return findNetwork(id) !== undefined;
      case 'objective':
        return !!(await this.db
          .selectFrom('strategy_objectives')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .executeTakeFirst());
      case 'action':
        return !!(await this.db
          .selectFrom('strategy_actions')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .executeTakeFirst());
      case 'pillar':
        return !!(await this.db
          .selectFrom('strategy_content_pillars')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .executeTakeFirst());
    }
  }

  /** Step-7 indicators (of one objective, or all), in the strategy's order. */
  async strategyIndicators(workspaceId: string, objectiveId?: string) {
    let q = this.db
      .selectFrom('strategy_indicators as i')
      .innerJoin('strategy_objectives as o', 'o.id', 'i.objective_id')
      .where('i.workspace_id', '=', workspaceId)
      .where('o.workspace_id', '=', workspaceId)
      .select([
        'i.id',
        'i.objective_id',
        'i.kind',
        'i.metric',
        'i.name',
        'i.baseline',
        'i.target',
        'i.unit',
        'i.network_id',
      ]);
    if (objectiveId !== undefined) q = q.where('i.objective_id', '=', objectiveId);
    return q.orderBy('o.position').orderBy('i.position').orderBy('i.id').execute();
  }
}

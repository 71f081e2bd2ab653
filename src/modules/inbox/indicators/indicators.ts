import { percentile } from '../../approvals/engine/cycle-times.js';
import { clockView, type ClockStatus } from '../triage/clock-status.js';
import { CONVERSATION_KINDS } from '../inbox.types.js';

/**
 * The inbox indicators of issue 7, as pure functions over stored items (docs/inbox-indicators.md holds
 * the same formulas for the analytics issue, which feeds the question counts into RONI).
 *
 * Population: the items that occurred in the period, of a conversational kind, not marked spam — the
 * "received" items. Every figure below is computed over them, so the groups add up to the total.
 */

/** The stored facts of one item the indicators need (the repository reads exactly these). */
export interface IndicatorItem {
  network: string;
  kind: string;
  state: string;
  isQuestion: boolean;
  occurredAt: string;
  dueAt: string | null;
  firstResponseAt: string | null;
  /** When the SLA check flagged the item overdue (it stays flagged if the item is closed later). */
  breachedAt: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  departmentId: string | null;
  departmentName: string | null;
}

export interface InboxIndicators {
  /** Items received in the period (conversational, not spam). */
  received: number;
  /** Of those, items with a recorded first response (through Presence or seen on the network). */
  answered: number;
  /** answered / received; null when nothing was received. */
  responseRate: number | null;
  /** Nearest-rank median of first-response minutes over answered items; null when none was answered. */
  medianFirstResponseMinutes: number | null;
  /** Nearest-rank 90th percentile of the same; null when none was answered. */
  p90FirstResponseMinutes: number | null;
  /** met / (met + breached) over items with a clock whose outcome is known; null when there is none. */
  withinTargetShare: number | null;
  /** Received items still open now: state new, assigned or waiting. */
  backlog: number;
  /** Items whose clock is breached now: answered after due, or unanswered past due. */
  breached: number;
  questions: number;
  /** Questions without a first response (for RONI: people who asked and heard nothing). */
  unansweredQuestions: number;
  /** Questions whose clock is breached (answered late, or unanswered past due). */
  lateQuestions: number;
}

export const GROUP_BYS = ['network', 'assignee', 'department', 'none'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface IndicatorGroup extends InboxIndicators {
  /** The network, the assignee's or department's id (null: nobody / no department), or 'all'. */
  key: string | null;
  /** The network, the person's or department's name; null where the web shows its own words. */
  label: string | null;
}

/** States that mean nobody has finished with the item (the backlog). */
const OPEN_STATES: readonly string[] = ['new', 'assigned', 'waiting'];

/** Whether an item counts as received: a conversation, not spam. */
export function isReceived(item: Pick<IndicatorItem, 'kind' | 'state'>): boolean {
  return (CONVERSATION_KINDS as readonly string[]).includes(item.kind) && item.state !== 'spam';
}

/**
 * Minutes from the message to its first response, wall clock; null while unanswered. Clamped at 0: a
 * network answer whose clock runs slightly behind ours must not pull the median below zero.
 */
export function firstResponseMinutes(
  item: Pick<IndicatorItem, 'occurredAt' | 'firstResponseAt'>,
): number | null {
  if (item.firstResponseAt === null) return null;
  return Math.max(0, (Date.parse(item.firstResponseAt) - Date.parse(item.occurredAt)) / 60_000);
}

/**
 * The item's clock exactly as the inbox shows it (triage/clock-status.ts): `met` when answered at or
 * before due_at (an answer exactly at due time is within target), `breached` when answered after it or
 * still unanswered after it, `running` before it, `none` without a clock (messages from before the
 * account was connected). An item closed or marked spam without an answer stops its clock: `none`,
 * unless the SLA check had already flagged it (`breached_at`), then it stays `breached`.
 */
export function clockOf(item: IndicatorItem, now: Date): ClockStatus {
  return clockView(
    {
      occurredAt: item.occurredAt,
      targetMinutes: null,
      dueAt: item.dueAt,
      firstResponseAt: item.firstResponseAt,
      handled: item.state === 'closed' || item.state === 'spam',
      breachedAt: item.breachedAt,
    },
    now,
  ).status;
}

/** Nearest-rank median: an observed value (the lower middle one for an even count); null when empty. */
export function median(values: number[]): number | null {
  return percentile(values, 50);
}

/** Nearest-rank 90th percentile: "90 % were answered within X" reads true; null when empty. */
export function p90(values: number[]): number | null {
  return percentile(values, 90);
}

/** part / whole, or null when the whole is 0 (a rate of nothing is unknown, not zero). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Minutes shown to a tenth; keeps null. */
function tenth(v: number | null): number | null {
  return v === null ? null : Math.round(v * 10) / 10;
}

/** What one received item contributes, worked out once (the total and its group both use it). */
interface ItemFacts {
  minutes: number | null;
  clock: ClockStatus;
  open: boolean;
  question: boolean;
}

function factsOf(item: IndicatorItem, now: Date): ItemFacts {
  return {
    minutes: firstResponseMinutes(item),
    clock: clockOf(item, now),
    open: OPEN_STATES.includes(item.state),
    question: item.isQuestion,
  };
}

/** The figures of received items' facts: the formulas of docs/inbox-indicators.md. */
function aggregate(facts: readonly ItemFacts[]): InboxIndicators {
  const minutes: number[] = [];
  let met = 0;
  let breached = 0;
  let backlog = 0;
  let questions = 0;
  let unansweredQuestions = 0;
  let lateQuestions = 0;
  for (const f of facts) {
    if (f.minutes !== null) minutes.push(f.minutes);
    if (f.clock === 'met') met += 1;
    if (f.clock === 'breached') breached += 1;
    if (f.open) backlog += 1;
    if (f.question) {
      questions += 1;
      if (f.minutes === null) unansweredQuestions += 1;
      if (f.clock === 'breached') lateQuestions += 1;
    }
  }
  return {
    received: facts.length,
    answered: minutes.length,
    responseRate: ratio(minutes.length, facts.length),
    medianFirstResponseMinutes: tenth(median(minutes)),
    p90FirstResponseMinutes: tenth(p90(minutes)),
    withinTargetShare: ratio(met, met + breached),
    backlog,
    breached,
    questions,
    unansweredQuestions,
    lateQuestions,
  };
}

/** The indicators of a set of items, at instant `now` (clocks and backlog are read as of now). */
export function indicatorsOf(items: readonly IndicatorItem[], now: Date): InboxIndicators {
  return aggregate(items.filter(isReceived).map((i) => factsOf(i, now)));
}

function groupOf(
  item: IndicatorItem,
  by: Exclude<GroupBy, 'none'>,
): { key: string | null; label: string | null } {
  switch (by) {
    case 'network':
      return { key: item.network, label: item.network };
    case 'assignee':
      return { key: item.assigneeId, label: item.assigneeName };
    case 'department':
      return { key: item.departmentId, label: item.departmentName };
  }
}

/**
 * The indicators per group (most received first, then by label), and over all items. Spam-only groups
 * are left out: they received nothing. With `none`, one group keyed 'all'.
 */
export function groupIndicators(
  items: readonly IndicatorItem[],
  by: GroupBy,
  now: Date,
): { data: IndicatorGroup[]; total: InboxIndicators } {
  const received = items.filter(isReceived);
  const facts = received.map((i) => factsOf(i, now));
  const total = aggregate(facts);
  if (by === 'none') return { data: [{ key: 'all', label: null, ...total }], total };
  const groups = new Map<string | null, { label: string | null; facts: ItemFacts[] }>();
  received.forEach((item, k) => {
    const g = groupOf(item, by);
    const entry = groups.get(g.key) ?? { label: g.label, facts: [] };
    entry.facts.push(facts[k]!);
    groups.set(g.key, entry);
  });
  const data = [...groups].map(([key, g]) => ({ key, label: g.label, ...aggregate(g.facts) }));
  data.sort((a, b) => b.received - a.received || (a.label ?? '').localeCompare(b.label ?? ''));
  return { data, total };
}

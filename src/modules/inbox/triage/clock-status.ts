/** Where an item's first-response clock stands, for the list, the detail and the indicators. */
export type ClockStatus = 'none' | 'running' | 'met' | 'breached';

export interface ClockView {
  status: ClockStatus;
  targetMinutes: number | null;
  dueAt: string | null;
  firstResponseAt: string | null;
  /** Whole minutes until the target (negative once late); null when no clock runs or it stopped. */
  minutesLeft: number | null;
  /** Minutes from the message to the first answer; null while unanswered. */
  responseMinutes: number | null;
}

export function clockView(
  item: {
    occurredAt: string;
    targetMinutes: number | null;
    dueAt: string | null;
    firstResponseAt: string | null;
    /** Closed or spam: handled without an answer, so the clock no longer runs. */
    handled?: boolean;
    breachedAt?: string | null;
  },
  now: Date,
): ClockView {
  const responseMinutes =
    item.firstResponseAt === null
      ? null
      : Math.round((Date.parse(item.firstResponseAt) - Date.parse(item.occurredAt)) / 60_000);
  const base = {
    targetMinutes: item.targetMinutes,
    dueAt: item.dueAt,
    firstResponseAt: item.firstResponseAt,
    responseMinutes,
  };
  if (item.dueAt === null) return { ...base, status: 'none', minutesLeft: null };
  const due = Date.parse(item.dueAt);
  if (item.firstResponseAt !== null) {
    return {
      ...base,
      status: Date.parse(item.firstResponseAt) <= due ? 'met' : 'breached',
      minutesLeft: null,
    };
  }
  // Handled without an answer: no countdown; a breach that happened before stays a breach.
  if (item.handled) {
    return { ...base, status: item.breachedAt ? 'breached' : 'none', minutesLeft: null };
  }
  // Floor: "0 minutes left" must not show while the target has already passed.
  const minutesLeft = Math.floor((due - now.getTime()) / 60_000);
  return { ...base, status: now.getTime() > due ? 'breached' : 'running', minutesLeft };
}

import {
  addBusinessTime,
  AROUND_THE_CLOCK,
  type BusinessCalendar,
  type WeeklyHours,
} from '../../../core/business-clock.js';
import { defaultTargetMinutes } from '../ingest/ingest.rules.js';

/**
 * First-response targets, pure. A workspace lists targets per network and, optionally, per priority;
 * the most specific entry wins (network + priority, then network alone), else the brief's default
 * (X 30 minutes, other networks 4 hours). The clock counts either every minute or only the minutes
 * the workspace is open (its business hours, in its zone).
 */

export type ClockMode = 'business' | 'around_the_clock';

export interface ResponseTarget {
  network: string;
  /** null: every priority of the network without a more specific entry. */
  priority: string | null;
  minutes: number;
}

export interface InboxSettings {
  clock: ClockMode;
  targets: ResponseTarget[];
}

/** What a workspace starts with: the brief's targets, counted around the clock. */
export const DEFAULT_INBOX_SETTINGS: InboxSettings = {
  clock: 'around_the_clock',
  targets: [
    { network: 'x', priority: null, minutes: defaultTargetMinutes('x') },
    { network: 'bluesky', priority: null, minutes: defaultTargetMinutes('bluesky') },
    { network: 'mastodon', priority: null, minutes: defaultTargetMinutes('mastodon') },
  ],
};

/** The target in minutes for an item of `network` with `priority`. */
export function targetMinutesFor(settings: InboxSettings, network: string, priority: string): number {
  const exact = settings.targets.find((t) => t.network === network && t.priority === priority);
  if (exact) return exact.minutes;
  const any = settings.targets.find((t) => t.network === network && t.priority === null);
  return any ? any.minutes : defaultTargetMinutes(network);
}

/** The calendar the clock counts on. */
export function calendarOf(
  settings: InboxSettings,
  workspace: { timeZone: string; hours: WeeklyHours },
): BusinessCalendar {
  return settings.clock === 'business'
    ? { kind: 'business', timeZone: workspace.timeZone, hours: workspace.hours }
    : AROUND_THE_CLOCK;
}

/**
 * When an item written at `occurredAt` falls due. In business time a message that arrives at night
 * is due `minutes` after the next opening; a workspace with no opening at all (every day closed) falls
 * back to counting around the clock rather than never being due.
 */
export function dueAt(occurredAt: string, minutes: number, calendar: BusinessCalendar): string {
  const start = new Date(occurredAt);
  try {
    return addBusinessTime(start, minutes * 60_000, calendar).toISOString();
  } catch {
    return new Date(start.getTime() + minutes * 60_000).toISOString();
  }
}

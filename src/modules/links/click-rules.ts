import { addDays, dateToMs, localDateTime } from '../../core/calendar.js';

/** A second click from the same visitor on the same link within this window is the same click. */
export const DOUBLE_CLICK_WINDOW_MS = 30_000;

/** The longest day series one request may ask for. */
export const MAX_SERIES_DAYS = 366;

/**
 * What the visitor hash is computed over: address, browser and UTC day. The day is part of it so the
 * same person cannot be followed from one day to the next; the caller keys it with a server secret
 * (HMAC-SHA-256), so the hash cannot be reversed by trying every IPv4 address.
 */
export function visitorMaterial(ip: string, userAgent: string | undefined, at: Date): string {
  return [ip, userAgent ?? '', at.toISOString().slice(0, 10)].join('\n');
}

/** The host of a Referer header (never its path or query, which may identify the person), or null. */
export function referrerHost(referer: string | undefined): string | null {
  if (!referer) return null;
  try {
    const u = new URL(referer);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().slice(0, 255) || null;
  } catch {
    return null;
  }
}

export interface SeriesPoint {
  /** A local date in the workspace's time zone. */
  date: string;
  clicks: number;
  botClicks: number;
}

/**
 * Counts clicks per local day of `timeZone`, every day from `from` to `to` inclusive present (zero when
 * quiet), so charts need no gap filling. Clicks outside the range are ignored.
 */
export function daySeries(
  clicks: readonly { clickedAt: string; isBot: boolean }[],
  from: string,
  to: string,
  timeZone: string,
): SeriesPoint[] {
  const points = new Map<string, SeriesPoint>();
  for (let d = from; d <= to; d = addDays(d, 1)) points.set(d, { date: d, clicks: 0, botClicks: 0 });
  for (const c of clicks) {
    const point = points.get(localDateTime(Date.parse(c.clickedAt), timeZone).slice(0, 10));
    if (!point) continue;
    if (c.isBot) point.botClicks += 1;
    else point.clicks += 1;
  }
  return [...points.values()];
}

/** Days from `from` to `to` inclusive (plain dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToMs(to) - dateToMs(from)) / 86_400_000) + 1;
}

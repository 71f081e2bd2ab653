import crypto from 'node:crypto';

// Reading Bluesky notifications "since a cursor". listNotifications pages from the newest backwards and
// orders by a time that can be earlier than when the AppView indexed the item (a like created at T1
// may appear after we read at T2 > T1). So each read goes back a look-back window past the newest
// time already read, and the cursor remembers (hashed) which items inside that window were returned:
// every item comes out once. When more arrived than one call may read, the cursor also remembers where
// to resume the backward walk, and the next call finishes it first.

export interface TimedItem {
  uri: string;
  indexedAt: string;
}

export interface Page<T> {
  items: T[];
  cursor: string | undefined;
}

interface CursorState {
  v: 1;
  /** Newest indexedAt read from the top, ISO. */
  w: string | null;
  /** Hash of item → its time in epoch seconds, for items inside the look-back window. */
  s: Record<string, number>;
  /** An unfinished backward walk: continue from `c` down to `until` (minus the look-back). */
  r?: { c: string; until: string };
  /** Where the first read's backlog ended: older items came before the account was connected. */
  f?: string;
}

export interface ReadSinceOptions {
  maxPages: number;
  lookbackMs: number;
  /** Cap on remembered items, oldest dropped first. */
  maxSeen?: number;
}

const hash = (uri: string): string =>
  crypto.createHash('sha256').update(uri).digest('base64url').slice(0, 12);
const seconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

function decode(cursor: string | null): CursorState | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorState>;
    if (parsed.v !== 1 || typeof parsed.s !== 'object' || parsed.s === null) return null;
    return {
      v: 1,
      w: typeof parsed.w === 'string' ? parsed.w : null,
      s: parsed.s,
      ...(parsed.r ? { r: parsed.r } : {}),
      ...(typeof parsed.f === 'string' ? { f: parsed.f } : {}),
    };
  } catch {
    // A cursor we cannot read starts over from the latest page; the inbox deduplicates by remote id.
    return null;
  }
}

function encode(state: CursorState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

/**
 * Items that arrived after `cursor`, oldest first, each once; `fetchPage(undefined)` is the newest page.
 * A null cursor returns the newest page as backlog and starts the watermark there.
 */
export async function readSince<T extends TimedItem>(
  cursor: string | null,
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  opts: ReadSinceOptions,
): Promise<{ items: T[]; nextCursor: string; more: boolean }> {
  const state = decode(cursor);
  const seen: Record<string, number> = { ...(state?.s ?? {}) };
  const out = new Map<string, T>();
  const take = (item: T): void => {
    const h = hash(item.uri);
    if (seen[h] !== undefined || out.has(item.uri)) return;
    out.set(item.uri, item);
    seen[h] = seconds(item.indexedAt);
  };
  let newest = state?.w ?? null;
  const noteNewest = (item: T): void => {
    if (newest === null || item.indexedAt > newest) newest = item.indexedAt;
  };

  if (!state) {
    const page = await fetchPage(undefined);
    let oldest: string | null = null;
    for (const item of page.items) {
      take(item);
      noteNewest(item);
      if (oldest === null || item.indexedAt < oldest) oldest = item.indexedAt;
    }
    // Older items exist beyond this page: they predate the connection and stay out for good.
    return finish(undefined, page.cursor && oldest ? oldest : undefined);
  }

  const backlogFloor = state.f ? Date.parse(state.f) : null;
  let budget = opts.maxPages;
  let resume = state.r;
  // Walks backwards from `from` until items are older than `until` minus the look-back (or than the
  // backlog floor); returns where to resume when the page budget ran out first.
  const walk = async (
    from: string | undefined,
    until: string | null,
    top: boolean,
  ): Promise<string | undefined> => {
    const window = until === null ? null : Date.parse(until) - opts.lookbackMs;
    const floor = window === null ? backlogFloor : Math.max(window, backlogFloor ?? window);
    let next = from;
    while (budget > 0) {
      budget--;
      const page = await fetchPage(next);
      for (const item of page.items) {
        if (floor !== null && Date.parse(item.indexedAt) < floor) return undefined;
        if (top) noteNewest(item);
        take(item);
      }
      if (!page.cursor || page.items.length === 0) return undefined;
      next = page.cursor;
    }
    return next;
  };

  if (resume) {
    const left = await walk(resume.c, resume.until, false);
    resume = left ? { c: left, until: resume.until } : undefined;
  }
  if (!resume && budget > 0) {
    const previous = state.w;
    const left = await walk(undefined, previous, true);
    if (left && previous !== null) resume = { c: left, until: previous };
  }
  // The backlog floor matters only while it is newer than the look-back window.
  const floorStillUseful =
    state.f !== undefined && (newest === null || Date.parse(state.f) > Date.parse(newest) - opts.lookbackMs);
  return finish(resume, floorStillUseful ? state.f : undefined);

  function finish(
    r: CursorState['r'],
    f: string | undefined,
  ): { items: T[]; nextCursor: string; more: boolean } {
    const lookback = Math.ceil(opts.lookbackMs / 1000);
    const keepFrom = (r ? seconds(r.until) : newest ? seconds(newest) : 0) - lookback;
    let entries = Object.entries(seen).filter(([, t]) => t >= keepFrom);
    const max = opts.maxSeen ?? 5000;
    if (entries.length > max) entries = entries.sort((a, b) => b[1] - a[1]).slice(0, max);
    const next: CursorState = {
      v: 1,
      w: newest,
      s: Object.fromEntries(entries),
      ...(r ? { r } : {}),
      ...(f ? { f } : {}),
    };
    const items = [...out.values()].sort((a, b) =>
      a.indexedAt === b.indexedAt ? a.uri.localeCompare(b.uri) : a.indexedAt.localeCompare(b.indexedAt),
    );
    return { items, nextCursor: encode(next), more: r !== undefined };
  }
}

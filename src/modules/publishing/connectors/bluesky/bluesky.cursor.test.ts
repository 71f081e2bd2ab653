import { describe, expect, it } from 'vitest';
import { readSince, type Page, type TimedItem } from './bluesky.cursor.js';

// A fake notification feed: newest first, paged like listNotifications (cursor = index of the next item).
class Feed {
  items: TimedItem[] = [];
  fetches = 0;
  constructor(readonly pageSize = 3) {}
  add(uri: string, at: string): void {
    this.items.push({ uri, indexedAt: at });
    this.items.sort((a, b) => b.indexedAt.localeCompare(a.indexedAt));
  }
  page = async (cursor: string | undefined): Promise<Page<TimedItem>> => {
    this.fetches++;
    const start = cursor ? Number(cursor) : 0;
    const items = this.items.slice(start, start + this.pageSize);
    const next = start + this.pageSize < this.items.length ? String(start + this.pageSize) : undefined;
    return { items, cursor: next };
  };
}

const at = (minute: number, second = 0): string =>
  new Date(Date.UTC(2026, 0, 1, 10, minute, second)).toISOString();
const opts = { maxPages: 10, lookbackMs: 15 * 60_000 };
const uris = (r: { items: TimedItem[] }): string[] => r.items.map((i) => i.uri);

describe('readSince', () => {
  it('returns the newest page as backlog first, then only what arrived after, oldest first', async () => {
    const feed = new Feed();
    for (let i = 0; i < 5; i++) feed.add(`n${i}`, at(i));
    const first = await readSince(null, feed.page, opts);
    expect(uris(first)).toEqual(['n2', 'n3', 'n4']);
    expect(first.more).toBe(false);

    feed.add('n5', at(20));
    feed.add('n6', at(21));
    const second = await readSince(first.nextCursor, feed.page, opts);
    expect(uris(second)).toEqual(['n5', 'n6']);
    const third = await readSince(second.nextCursor, feed.page, opts);
    expect(uris(third)).toEqual([]);
  });

  it('returns an item indexed late with an earlier time, once, inside the look-back window', async () => {
    const feed = new Feed();
    feed.add('a', at(10));
    const first = await readSince(null, feed.page, opts);
    feed.add('b', at(12));
    const second = await readSince(first.nextCursor, feed.page, opts);
    expect(uris(second)).toEqual(['b']);
    feed.add('late', at(11)); // created before `b`, seen by the AppView after we read
    const third = await readSince(second.nextCursor, feed.page, opts);
    expect(uris(third)).toEqual(['late']);
    expect(uris(await readSince(third.nextCursor, feed.page, opts))).toEqual([]);
  });

  it('stops walking back at the look-back floor', async () => {
    const feed = new Feed(2);
    for (let i = 0; i < 40; i++) feed.add(`old${i}`, at(0, i));
    const first = await readSince(null, feed.page, opts);
    feed.add('new', at(59));
    feed.fetches = 0;
    const second = await readSince(first.nextCursor, feed.page, opts);
    expect(uris(second)).toEqual(['new']);
    // `new` and the first old items fall in different windows: the walk ends early.
    expect(feed.fetches).toBeLessThan(5);
  });

  it('resumes a walk the page budget cut short, and never repeats an item', async () => {
    const feed = new Feed(2);
    feed.add('start', at(0));
    const first = await readSince(null, feed.page, { ...opts, maxPages: 2 });
    for (let i = 0; i < 9; i++) feed.add(`burst${i}`, at(30, i));
    const seen: string[] = [];
    let cursor = first.nextCursor;
    let calls = 0;
    for (;;) {
      const r = await readSince(cursor, feed.page, { ...opts, maxPages: 2 });
      seen.push(...uris(r));
      cursor = r.nextCursor;
      calls++;
      if (!r.more) break;
    }
    expect(calls).toBeGreaterThan(1);
    expect([...seen].sort()).toEqual(Array.from({ length: 9 }, (_, i) => `burst${i}`).sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(uris(await readSince(cursor, feed.page, opts))).toEqual([]);
  });

  it('starts over from the latest page when the cursor cannot be read', async () => {
    const feed = new Feed();
    feed.add('x', at(1));
    expect(uris(await readSince('not-a-cursor', feed.page, opts))).toEqual(['x']);
  });
});

import { describe, expect, it } from 'vitest';
import { repliesOfThread } from './bluesky.thread.js';

const post = (uri: string, did: string, createdAt: string) => ({
  uri,
  cid: 'cid',
  author: { did, handle: `${did}.test` },
  record: { $type: 'app.bsky.feed.post', text: 'x', createdAt },
  indexedAt: '2026-01-01T00:00:00.000Z',
});
const node = (p: ReturnType<typeof post>, replies: unknown[] = []) => ({
  $type: 'app.bsky.feed.defs#threadViewPost',
  post: p,
  replies,
});

describe('Bluesky thread replies', () => {
  it('lists every reply below the root with its parent, oldest first, skipping hidden posts', () => {
    const thread = node(post('at://root', 'did:fan', '2026-01-01T10:00:00Z'), [
      node(post('at://b', 'did:us', '2026-01-01T10:30:00Z'), [
        node(post('at://c', 'did:fan', '2026-01-01T10:10:00Z')),
      ]),
      { $type: 'app.bsky.feed.defs#notFoundPost', uri: 'at://gone', notFound: true },
      node(post('at://d', 'did:other', 'not a date')),
    ]);
    expect(repliesOfThread(thread)).toEqual([
      {
        remoteId: 'at://d',
        authorRemoteId: 'did:other',
        parentRemoteId: 'at://root',
        occurredAt: '2026-01-01T00:00:00.000Z',
      },
      {
        remoteId: 'at://c',
        authorRemoteId: 'did:fan',
        parentRemoteId: 'at://b',
        occurredAt: '2026-01-01T10:10:00.000Z',
      },
      {
        remoteId: 'at://b',
        authorRemoteId: 'did:us',
        parentRemoteId: 'at://root',
        occurredAt: '2026-01-01T10:30:00.000Z',
      },
    ]);
    expect(repliesOfThread({ $type: 'app.bsky.feed.defs#notFoundPost' })).toEqual([]);
  });
});

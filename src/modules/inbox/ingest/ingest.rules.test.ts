import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../publishing/connectors/connector.port.js';
import { draftItem, ownAnswerTo, pollBackoffSeconds, threadKey } from './ingest.rules.js';

const base: Interaction = {
  remoteId: 'r1',
  kind: 'reply',
  author: { remoteId: 'bob', handle: 'bob', displayName: null, avatarUrl: null, profileUrl: 'https://x/bob' },
  text: 'Where is my order?',
  url: null,
  subjectRemoteId: 'post1',
  parentRemoteId: 'post1',
  rootRemoteId: null,
  occurredAt: '2026-03-02T10:00:00.000Z',
};
const ctx = { network: 'mastodon', ownRemoteId: 'us', accountConnectedAt: '2026-03-01T00:00:00.000Z' };

describe('ingestion rules', () => {
  it('threads replies under the root, else the parent; other kinds open their own conversation', () => {
    expect(threadKey({ ...base, rootRemoteId: 'root' })).toBe('root');
    expect(threadKey(base)).toBe('post1');
    expect(threadKey({ ...base, kind: 'mention', parentRemoteId: null })).toBe('r1');
  });

  it('keeps conversations only, never our own posts', () => {
    expect(draftItem({ ...base, kind: 'like' }, ctx)).toBeNull();
    expect(draftItem({ ...base, kind: 'follow' }, ctx)).toBeNull();
    expect(draftItem({ ...base, author: { ...base.author, remoteId: 'us' } }, ctx)).toBeNull();
    expect(draftItem(base, ctx)).toMatchObject({ isQuestion: true, targetMinutes: 240 });
  });

  it('starts the clock at the time the person wrote, 30 minutes on X, 4 hours elsewhere', () => {
    expect(draftItem(base, ctx)?.dueAt).toBe('2026-03-02T14:00:00.000Z');
    expect(draftItem(base, { ...ctx, network: 'x' })?.dueAt).toBe('2026-03-02T10:30:00.000Z');
    expect(draftItem(base, { ...ctx, accountConnectedAt: '2026-03-03T00:00:00.000Z' })?.dueAt).toBeNull();
  });

  it('puts negative questions first', () => {
    expect(draftItem({ ...base, text: 'Why is my order still not here? Unacceptable.' }, ctx)?.priority).toBe(
      'high',
    );
    expect(draftItem({ ...base, text: 'Love it!' }, ctx)?.priority).toBe('normal');
  });

  it('spots our own answers and backs off polling', () => {
    expect(
      ownAnswerTo({ ...base, author: { ...base.author, remoteId: 'us' }, parentRemoteId: 'q1' }, 'us'),
    ).toBe('q1');
    expect(ownAnswerTo(base, 'us')).toBeNull();
    expect([0, 1, 2, 10].map((f) => pollBackoffSeconds(120, f))).toEqual([120, 240, 480, 3600]);
  });
});

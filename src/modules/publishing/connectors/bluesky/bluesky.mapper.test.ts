import type { AppBskyNotificationListNotifications } from '@atproto/api';
import { describe, expect, it } from 'vitest';
import { postUrl, threadRootOf, toInteraction, toPostRecord } from './bluesky.mapper.js';

const OURS = 'at://did:plc:ours/app.bsky.feed.post/3kaaaaaaaaaa2';
const ROOT = 'at://did:plc:ours/app.bsky.feed.post/3kaaaaaaaaab2';

function notification(
  reason: string,
  extra: Partial<AppBskyNotificationListNotifications.Notification> = {},
): AppBskyNotificationListNotifications.Notification {
  return {
    uri: 'at://did:plc:them/app.bsky.feed.post/3kbbbbbbbbbb2',
    cid: 'bafy',
    author: { did: 'did:plc:them', handle: 'them.test', displayName: 'Them' },
    reason,
    record: {},
    isRead: false,
    indexedAt: '2026-01-01T10:00:00.000Z',
    ...extra,
  };
}

describe('toInteraction', () => {
  it('maps likes and reposts to their subject', () => {
    expect(toInteraction(notification('like', { reasonSubject: OURS }))).toMatchObject({
      kind: 'like',
      subjectRemoteId: OURS,
      text: null,
      url: postUrl(OURS),
      author: { remoteId: 'did:plc:them', handle: 'them.test', displayName: 'Them' },
    });
    expect(toInteraction(notification('repost', { reasonSubject: OURS }))?.kind).toBe('repost');
  });

  it('threads replies, and files a mention inside a reply as a reply', () => {
    const record = {
      text: 'Thanks!',
      reply: { root: { uri: ROOT, cid: 'r' }, parent: { uri: OURS, cid: 'p' } },
    };
    for (const reason of ['reply', 'mention']) {
      expect(toInteraction(notification(reason, { record }))).toMatchObject({
        kind: 'reply',
        text: 'Thanks!',
        subjectRemoteId: OURS,
        parentRemoteId: OURS,
        rootRemoteId: ROOT,
      });
    }
    expect(toInteraction(notification('mention', { record: { text: 'Hi @ours' } }))).toMatchObject({
      kind: 'mention',
      text: 'Hi @ours',
      parentRemoteId: null,
    });
  });

  it('maps quotes and follows, and leaves out what the inbox does not take', () => {
    expect(
      toInteraction(notification('quote', { reasonSubject: OURS, record: { text: 'Look' } })),
    ).toMatchObject({
      kind: 'quote',
      subjectRemoteId: OURS,
      text: 'Look',
    });
    expect(toInteraction(notification('follow'))).toMatchObject({
      kind: 'follow',
      url: 'https://bsky.app/profile/did:plc:them',
    });
    expect(toInteraction(notification('starterpack-joined'))).toBeNull();
    expect(toInteraction(notification('verified'))).toBeNull();
  });
});

describe('toPostRecord', () => {
  const base = {
    text: 'Hello',
    facets: undefined,
    images: [],
    link: undefined,
    reply: null,
    languages: undefined,
    createdAt: new Date('2026-01-01T10:00:00Z'),
  };

  it('builds a link card when there is no image, and images win over the link', () => {
    expect(toPostRecord({ ...base, link: { url: 'https://example.com', title: 'Ex' } })).toMatchObject({
      embed: {
        $type: 'app.bsky.embed.external',
        external: { uri: 'https://example.com', title: 'Ex', description: '' },
      },
    });
    const blob = { ref: 'x' } as unknown as Parameters<typeof toPostRecord>[0]['images'][number]['blob'];
    const withImage = toPostRecord({
      ...base,
      link: { url: 'https://example.com' },
      images: [{ blob, alt: 'A cat', width: 4, height: 3 }],
      languages: ['fr'],
    });
    expect(withImage).toMatchObject({
      langs: ['fr'],
      embed: {
        $type: 'app.bsky.embed.images',
        images: [{ alt: 'A cat', aspectRatio: { width: 4, height: 3 } }],
      },
    });
  });

  it('finds the thread root of a reply, or the post itself', () => {
    const post = { uri: OURS, cid: 'c' };
    expect(threadRootOf(post, { text: 'x' })).toEqual(post);
    expect(
      threadRootOf(post, { reply: { root: { uri: ROOT, cid: 'r' }, parent: { uri: ROOT, cid: 'r' } } }),
    ).toEqual({
      uri: ROOT,
      cid: 'r',
    });
  });
});

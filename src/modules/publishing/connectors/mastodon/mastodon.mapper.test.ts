import type { mastodon } from 'masto';
import { describe, expect, it } from 'vitest';
import { camelizeKeys } from './mastodon.casing.js';
import {
  htmlToText,
  replyBody,
  statusMatchesPart,
  statusText,
  toInteraction,
  toStatusBody,
} from './mastodon.mapper.js';

const INSTANCE = 'https://social.example';

function account(id: string, username: string): mastodon.v1.Account {
  return camelizeKeys({
    id,
    username,
    acct: username,
    url: `${INSTANCE}/@${username}`,
    display_name: '',
    avatar: `${INSTANCE}/a.png`,
    followers_count: 0,
    following_count: 0,
    statuses_count: 0,
  }) as mastodon.v1.Account;
}

function status(over: Partial<mastodon.v1.Status> = {}): mastodon.v1.Status {
  return {
    id: '100',
    uri: `${INSTANCE}/users/bob/statuses/100`,
    url: `${INSTANCE}/@bob/100`,
    createdAt: '2026-01-02T03:04:05.000Z',
    editedAt: null,
    account: account('2', 'bob'),
    content: '<p>Hello</p>',
    visibility: 'public',
    sensitive: false,
    spoilerText: '',
    mediaAttachments: [],
    application: { name: 'x' },
    mentions: [],
    tags: [],
    emojis: [],
    reblogsCount: 0,
    favouritesCount: 0,
    repliesCount: 0,
    ...over,
  };
}

describe('mastodon mapper', () => {
  it('turns the API JSON into masto casing, deeply', () => {
    expect(camelizeKeys({ in_reply_to_id: '1', media_attachments: [{ preview_url: 'u' }] })).toEqual({
      inReplyToId: '1',
      mediaAttachments: [{ previewUrl: 'u' }],
    });
  });

  it('reads the plain text of status HTML', () => {
    const html =
      '<p>Hi <span class="h-card"><a href="x" class="u-url mention">@<span>bob</span></a></span> &amp; ' +
      '<a href="https://example.com/a"><span class="invisible">https://</span><span class="">example.com/a</span></a></p>' +
      '<p>line one<br />line two &#39;quoted&#39;</p>';
    expect(htmlToText(html)).toBe("Hi @bob & https://example.com/a\n\nline one\nline two 'quoted'");
  });

  it('builds the status body: visibility, content warning, language, link', () => {
    expect(
      toStatusBody(
        {
          text: 'Look',
          visibility: 'followers',
          contentWarning: 'spoilers',
          languages: ['fr-FR'],
          link: { url: 'https://x.test/p' },
        },
        '42',
        ['7'],
      ),
    ).toEqual({
      status: 'Look\n\nhttps://x.test/p',
      in_reply_to_id: '42',
      media_ids: ['7'],
      visibility: 'private',
      spoiler_text: 'spoilers',
      sensitive: true,
      language: 'fr',
    });
    expect(statusText({ text: 'See https://x.test/p', link: { url: 'https://x.test/p' } })).toBe(
      'See https://x.test/p',
    );
  });

  it('recognises the status a part made, by text, parent, warning and media', () => {
    const s = status({ content: '<p>Hello<br />world</p>', inReplyToId: '9' });
    expect(statusMatchesPart(s, { text: 'Hello\nworld' }, '9')).toBe(true);
    expect(statusMatchesPart(s, { text: 'Hello\nworld' }, null)).toBe(false);
    expect(statusMatchesPart(s, { text: 'Hello\nworld', contentWarning: 'cw' }, '9')).toBe(false);
    expect(statusMatchesPart(s, { text: 'Hello world!' }, '9')).toBe(false);
    const m = status({
      content:
        '<p>Hi <span class="h-card"><a href="x" class="u-url mention">@<span>bob</span></a></span></p>',
    });
    expect(statusMatchesPart(m, { text: 'Hi @bob@social.example' }, null)).toBe(true);
  });

  it('maps notifications to interactions', () => {
    const bob = account('2', 'bob');
    const reply = status({
      id: '300',
      content: '<p>@alice thanks!</p>',
      inReplyToId: '100',
      inReplyToAccountId: '1',
      mentions: [{ id: '1', username: 'alice', acct: 'alice', url: `${INSTANCE}/@alice` }],
    });
    const base = { createdAt: '2026-01-02T03:04:06.000Z', account: bob, groupKey: 'g' };
    expect(toInteraction({ ...base, id: '5', type: 'mention', status: reply }, '1', INSTANCE)).toMatchObject({
      remoteId: '300',
      kind: 'reply',
      text: 'thanks!',
      subjectRemoteId: '100',
      parentRemoteId: '100',
      author: { remoteId: '2', handle: 'bob@social.example' },
    });
    const dm = status({ id: '301', visibility: 'direct', content: '<p>psst</p>' });
    expect(toInteraction({ ...base, id: '6', type: 'mention', status: dm }, '1', INSTANCE)?.kind).toBe(
      'direct_message',
    );
    expect(
      toInteraction({ ...base, id: '7', type: 'favourite', status: status() }, '1', INSTANCE),
    ).toMatchObject({
      remoteId: 'favourite:7',
      kind: 'like',
      subjectRemoteId: '100',
    });
    expect(toInteraction({ ...base, id: '8', type: 'follow' }, '1', INSTANCE)).toMatchObject({
      remoteId: 'follow:8',
      kind: 'follow',
    });
    expect(toInteraction({ ...base, id: '9', type: 'status', status: status() }, '1', INSTANCE)).toBeNull();
  });

  it('keeps mentions inside a reply, and only drops the leading ones', () => {
    const s = status({
      content: '<p>@alice ask @carol</p>',
      mentions: [
        { id: '1', username: 'alice', acct: 'alice', url: '' },
        { id: '3', username: 'carol', acct: 'carol', url: '' },
      ],
    });
    expect(replyBody(s)).toBe('ask @carol');
  });
});

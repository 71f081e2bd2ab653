import { describe, expect, it } from 'vitest';
import { tokenize } from './preview-tokens.js';

describe('tokenize', () => {
  it('keeps plain text and line breaks as they are', () => {
    expect(tokenize('one\ntwo')).toEqual([{ kind: 'text', text: 'one\ntwo' }]);
    expect(tokenize('')).toEqual([]);
  });

  it('finds links, hashtags and mentions', () => {
    expect(tokenize('Read https://ex.com/a?b=1, #Launch2026 with @alice.bsky.social!')).toEqual([
      { kind: 'text', text: 'Read ' },
      { kind: 'link', text: 'https://ex.com/a?b=1', href: 'https://ex.com/a?b=1' },
      { kind: 'text', text: ', ' },
      { kind: 'hashtag', text: '#Launch2026', tag: 'Launch2026' },
      { kind: 'text', text: ' with ' },
      { kind: 'mention', text: '@alice.bsky.social', handle: 'alice.bsky.social' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('reads remote Mastodon mentions and accented hashtags', () => {
    expect(tokenize('@bob@mastodon.social #été')).toEqual([
      { kind: 'mention', text: '@bob@mastodon.social', handle: 'bob@mastodon.social' },
      { kind: 'text', text: ' ' },
      { kind: 'hashtag', text: '#été', tag: 'été' },
    ]);
  });

  it('leaves e-mail addresses, numbers and mid-word signs alone', () => {
    expect(tokenize('mail me@ex.com, item #12, C#')).toEqual([
      { kind: 'text', text: 'mail me@ex.com, item #12, C#' },
    ]);
  });

  it('ends a mention before a full stop', () => {
    expect(tokenize('thanks @carol.')).toEqual([
      { kind: 'text', text: 'thanks ' },
      { kind: 'mention', text: '@carol', handle: 'carol' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('shows links as published when they are rewritten', () => {
    const tokens = tokenize('go https://ex.com/x.', () => 'https://p.example/l/xxxxxxxx');
    expect(tokens).toEqual([
      { kind: 'text', text: 'go ' },
      { kind: 'link', text: 'https://p.example/l/xxxxxxxx', href: 'https://ex.com/x' },
      { kind: 'text', text: '.' },
    ]);
  });
});

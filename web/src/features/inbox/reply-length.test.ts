import { describe, expect, it } from 'vitest';
import { replyLength } from './reply-length.js';

describe('replyLength', () => {
  it('counts Bluesky in graphemes against 300', () => {
    expect(replyLength('👨‍👩‍👧 hi', 'bluesky')).toEqual({ count: 4, max: 300, over: false });
    expect(replyLength('a'.repeat(301), 'bluesky').over).toBe(true);
    expect(replyLength('a'.repeat(300), 'bluesky').over).toBe(false);
  });

  it('counts Mastodon links as 23 and remote mentions without their domain, against 500', () => {
    expect(replyLength('see https://example.com/a/very/long/path/indeed', 'mastodon').count).toBe(4 + 23);
    expect(replyLength('@ana@mastodon.example thanks', 'mastodon').count).toBe('@ana thanks'.length);
    expect(replyLength('a'.repeat(501), 'mastodon')).toEqual({ count: 501, max: 500, over: true });
  });

  it('leaves unknown networks to the server', () => {
    expect(replyLength('hello', 'elsewhere')).toEqual({ count: 5, max: null, over: false });
  });
});

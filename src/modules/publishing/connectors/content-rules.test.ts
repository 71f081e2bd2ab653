import { describe, expect, it } from 'vitest';
import type { ConnectorCapabilities, TextRules } from './connector.port.js';
import { checkPart, checkPublishRequest, graphemeLength, measureText } from './content-rules.js';
import { BLUESKY_CAPABILITIES } from './bluesky/bluesky.connector.js';

const MASTODON_TEXT: TextRules = {
  maxLength: 500,
  unit: 'characters',
  urlLength: 23,
  mentionDomainsFree: true,
  maxBytes: null,
};

describe('measureText', () => {
  it('counts graphemes, so an emoji family or an accented letter is one', () => {
    expect(graphemeLength('👨‍👩‍👧‍👦')).toBe(1);
    expect(graphemeLength('e\u0301té')).toBe(3);
    expect(measureText('Café 👍🏽', BLUESKY_CAPABILITIES.text)).toBe(6);
  });

  it('counts links as written on Bluesky', () => {
    const url = 'https://example.com/a/very/long/path/that/goes/on';
    expect(measureText(`See ${url}`, BLUESKY_CAPABILITIES.text)).toBe(4 + url.length);
  });

  it('counts every link as 23 and remote mentions without their domain on Mastodon', () => {
    expect(measureText('See https://example.com/a/very/long/path?x=1 now', MASTODON_TEXT)).toBe(4 + 23 + 4);
    expect(measureText('Hi @alice@example.social!', MASTODON_TEXT)).toBe('Hi @alice!'.length);
    expect(measureText('mail me: bob@example.com', MASTODON_TEXT)).toBe('mail me: bob@example.com'.length);
    // Code points, not UTF-16 units: one astral emoji is one character.
    expect(measureText('😀😀', MASTODON_TEXT)).toBe(2);
  });
});

describe('checkPublishRequest', () => {
  const caps = BLUESKY_CAPABILITIES;
  const png = { kind: 'image' as const, mimeType: 'image/png', data: new Uint8Array(10), altText: 'alt' };

  it('accepts text at the limit and refuses one grapheme more, naming the part', () => {
    expect(checkPublishRequest({ idempotencyKey: 'k', parts: [{ text: 'a'.repeat(300) }] }, caps)).toEqual(
      [],
    );
    const problems = checkPublishRequest(
      { idempotencyKey: 'k', parts: [{ text: 'ok' }, { text: 'é'.repeat(301) }] },
      caps,
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'text_too_long', path: 'parts.1.text', limit: 300, actual: 301 }),
    ]);
  });

  it('applies the byte cap when graphemes are within the limit', () => {
    const heavy = '👨‍👩‍👧‍👦'.repeat(200); // 200 graphemes, 5,000 bytes
    expect(checkPublishRequest({ idempotencyKey: 'k', parts: [{ text: heavy }] }, caps)).toEqual([
      expect.objectContaining({ code: 'text_too_long', limit: 3000 }),
    ]);
  });

  it('refuses empty posts, but not an image without text', () => {
    expect(checkPublishRequest({ idempotencyKey: 'k', parts: [{ text: '  ' }] }, caps)[0]?.code).toBe(
      'text_empty',
    );
    expect(checkPublishRequest({ idempotencyKey: 'k', parts: [] }, caps)[0]?.code).toBe('text_empty');
    expect(checkPublishRequest({ idempotencyKey: 'k', parts: [{ text: '', media: [png] }] }, caps)).toEqual(
      [],
    );
  });

  it('checks media kind, count, type, size and alt text', () => {
    const problems = checkPublishRequest(
      {
        idempotencyKey: 'k',
        parts: [
          {
            text: 'media',
            media: [
              png,
              { ...png, mimeType: 'image/tiff' },
              { ...png, data: new Uint8Array(2_000_001) },
              { ...png, altText: 'a'.repeat(2001) },
              png,
            ],
          },
          { text: 'video', media: [{ ...png, kind: 'video', mimeType: 'video/mp4' }] },
        ],
      },
      caps,
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['too_many_media', 'parts.0.media'],
      ['media_type_unsupported', 'parts.0.media.1'],
      ['media_too_large', 'parts.0.media.2'],
      ['alt_text_too_long', 'parts.0.media.3.altText'],
      ['media_kind_unsupported', 'parts.1.media'],
    ]);
  });

  it('checks threads, first comments, visibility and content warnings against the capabilities', () => {
    const none: ConnectorCapabilities = {
      ...caps,
      threads: { supported: false, maxParts: 1 },
      firstComment: 'none',
    };
    const codes = checkPublishRequest(
      {
        idempotencyKey: 'k',
        parts: [{ text: 'a', visibility: 'followers', contentWarning: 'cw' }, { text: 'b' }],
        firstComment: { text: 'c' },
      },
      none,
    ).map((p) => p.code);
    expect(codes).toEqual([
      'threads_unsupported',
      'visibility_unsupported',
      'content_warning_unsupported',
      'first_comment_unsupported',
    ]);
    const tooLong = checkPublishRequest(
      { idempotencyKey: 'k', parts: Array.from({ length: 26 }, () => ({ text: 'x' })) },
      caps,
    );
    expect(tooLong.map((p) => p.code)).toEqual(['too_many_parts']);
  });

  it('checks a draft media item by its size alone, as the composer knows it before publishing', () => {
    const draft = (sizeBytes: number) =>
      checkPart(
        { text: 'x', media: [{ kind: 'image', mimeType: 'image/png', altText: 'a', sizeBytes }] },
        caps,
        'parts.0',
      ).map((p) => p.code);
    const max = caps.media.image!.maxBytes;
    expect(draft(max)).toEqual([]);
    expect(draft(max + 1)).toEqual(['media_too_large']);
  });
});

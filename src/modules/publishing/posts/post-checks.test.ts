import { describe, expect, it } from 'vitest';
import { BLUESKY_CAPABILITIES } from '../connectors/bluesky/bluesky.connector.js';
import { MASTODON_CAPABILITIES } from '../connectors/mastodon/mastodon.connector.js';
import { checkPost, mapPath, type CheckedVariant, type PostCheckInput } from './post-checks.js';

const variant = (over: Partial<CheckedVariant> = {}): CheckedVariant => ({
  network: 'mastodon',
  caps: MASTODON_CAPABILITIES,
  accountHealth: 'valid',
  text: 'Our spring webinar opens on Thursday',
  media: [],
  thread: [],
  firstComment: null,
  visibility: null,
  contentWarning: null,
  ...over,
});

const input = (over: Partial<PostCheckInput> = {}): PostCheckInput => ({
  variants: [variant()],
  editorial: { wordsToAvoid: [], requiredHashtags: [], requiredMentions: [], hasPillars: false },
  pillarId: null,
  existingActions: [],
  asPublished: (t) => t,
  ...over,
});

const codes = (i: PostCheckInput) => checkPost(i).items.map((c) => `${c.severity}:${c.code}:${c.path}`);

describe('checkPost', () => {
  it('finds nothing in a clean post and reports its length against the network limit', () => {
    const r = checkPost(input());
    expect(r.items).toEqual([]);
    expect(r.blocking).toBe(false);
    expect(r.lengths).toEqual([{ variantIndex: 0, used: 36, limit: 500, unit: 'characters' }]);
  });

  it('counts graphemes on Bluesky and blocks a text over 300', () => {
    const text = '👩‍👩‍👧'.repeat(300);
    const r = checkPost(
      input({ variants: [variant({ network: 'bluesky', caps: BLUESKY_CAPABILITIES, text })] }),
    );
    expect(r.lengths[0]).toMatchObject({ used: 300, limit: 300, unit: 'graphemes' });
    // 300 family emoji are within 300 graphemes but far over Bluesky's 3,000 bytes.
    expect(r.items[0]).toMatchObject({ severity: 'error', code: 'text_too_long', path: 'variants.0.text' });
    expect(r.blocking).toBe(true);
  });

  it('measures the text as published: tracked links replace each URL before the network rule', () => {
    const text = `${'a'.repeat(250)} https://example.com/${'p'.repeat(80)}`;
    const bsky = variant({ network: 'bluesky', caps: BLUESKY_CAPABILITIES, text });
    expect(checkPost(input({ variants: [bsky] })).blocking).toBe(true);
    const short = (t: string) => t.replace(/https?:\/\/\S+/g, 'https://presence.test/l/abc12345');
    const r = checkPost(input({ variants: [bsky], asPublished: short }));
    expect(r.blocking).toBe(false);
    expect(r.lengths[0]!.used).toBe(250 + 1 + 'https://presence.test/l/abc12345'.length);
  });

  it('maps thread, media and first comment problems to the input fields', () => {
    const r = checkPost(
      input({
        variants: [
          variant({
            thread: [{ text: 'x'.repeat(501), media: [] }],
            media: [
              {
                mediaId: 'm1',
                altText: 'A chart',
                facts: { kind: 'image', mimeType: 'image/png', sizeBytes: 50 * 1024 * 1024 },
              },
              { mediaId: 'gone', altText: '', facts: null },
            ],
            visibility: 'followers',
          }),
        ],
      }),
    );
    expect(r.items.map((c) => `${c.code}:${c.path}`)).toEqual([
      'media_too_large:variants.0.media.0',
      'text_too_long:variants.0.thread.0.text',
      'media_unavailable:variants.0.media.1',
    ]);
    expect(r.items[0]!.params).toMatchObject({ limit: MASTODON_CAPABILITIES.media.image!.maxBytes });
  });

  it('maps connector paths', () => {
    expect(mapPath('parts.0.text')).toBe('text');
    expect(mapPath('parts.0.media.2.altText')).toBe('media.2.altText');
    expect(mapPath('parts.3.text')).toBe('thread.2.text');
    expect(mapPath('parts')).toBe('thread');
    expect(mapPath('firstComment.text')).toBe('firstComment');
  });

  it('warns about the editorial line: words to avoid, hashtags, mentions and the pillar', () => {
    const editorial = {
      wordsToAvoid: ['gratuit', 'cheap'],
      requiredHashtags: ['#Presence', 'opensource'],
      requiredMentions: ['acme'],
      hasPillars: true,
    };
    const text = 'Totally GRATUIT webinar #presence with @acme@mastodon.social';
    expect(codes(input({ editorial, variants: [variant({ text })] }))).toEqual([
      'warning:word_to_avoid:variants.0.text',
      'warning:missing_hashtag:variants.0.text',
      'warning:no_pillar:pillarId',
    ]);
    const items = checkPost(input({ editorial, variants: [variant({ text })] })).items;
    expect(items[0]!.params).toEqual({ word: 'gratuit' });
    expect(items[1]!.params).toEqual({ hashtag: '#opensource' });
    // A word inside another word is not the word ("cheapest" is fine to say here).
    const clean = 'Cheapest? #Presence #opensource @acme';
    expect(codes(input({ editorial, pillarId: 'p1', variants: [variant({ text: clean })] }))).toEqual([]);
  });

  it('warns when variants across networks are identical and notes near copies', () => {
    const a = 'Join our spring webinar on Thursday to learn how to plan a quarter of posts';
    const b = 'Join our spring webinar on Thursday to learn how to plan a quarter of posts!';
    const c = 'Join our spring webinar on Thursday to learn how to plan a quarter of toots';
    const d = 'Something written separately for this audience, with other words entirely';
    const r = checkPost(
      input({
        variants: [variant({ text: a }), variant({ text: b }), variant({ text: c }), variant({ text: d })],
      }),
    );
    expect(r.items.map((x) => `${x.severity}:${x.code}:${x.variantIndex}:${x.params.otherIndex}`)).toEqual([
      'warning:variants_identical:1:0',
      'info:variants_similar:2:0',
      'info:variants_similar:2:1',
    ]);
    expect(r.blocking).toBe(false);
  });

  it('warns when a variant repeats an existing action', () => {
    const existingActions = [
      { name: 'Newsletter', description: 'Monthly news about our products and events' },
    ];
    const r = checkPost(
      input({
        existingActions,
        variants: [variant({ text: 'Monthly news about our products and events!' })],
      }),
    );
    expect(r.items).toEqual([
      {
        severity: 'warning',
        code: 'copies_existing_action',
        variantIndex: 0,
        path: 'variants.0.text',
        params: { actionTitle: 'Newsletter' },
      },
    ]);
  });

  it('blocks an account that needs reconnecting and warns about missing alt text', () => {
    const r = checkPost(
      input({
        variants: [
          variant({
            accountHealth: 'needs_reconnect',
            media: [
              { mediaId: 'm', altText: ' ', facts: { kind: 'image', mimeType: 'image/png', sizeBytes: 10 } },
            ],
          }),
        ],
      }),
    );
    expect(r.items.map((c) => `${c.severity}:${c.code}:${c.path}`)).toEqual([
      'warning:alt_text_missing:variants.0.media.0.altText',
      'error:account_needs_reconnect:variants.0.accountId',
    ]);
    expect(r.blocking).toBe(true);
  });
});

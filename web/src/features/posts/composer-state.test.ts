import { describe, expect, it } from 'vitest';
import {
  composerReducer,
  draftFromPost,
  fingerprint,
  newDraft,
  partText,
  toInput,
  type ComposerDraft,
} from './composer-state.js';
import type { PostView } from './posts.types.js';

const img = (id: string, alt = '') => ({ mediaId: id, altText: alt });

function two(): ComposerDraft {
  let d = newDraft(['a', 'b']);
  d = composerReducer(d, { type: 'setText', accountId: 'a', part: 0, text: 'Hello from A' });
  return d;
}

describe('composerReducer', () => {
  it('adds and removes a variant when an account is toggled, once per account', () => {
    let d = newDraft();
    d = composerReducer(d, { type: 'toggleAccount', accountId: 'a' });
    d = composerReducer(d, { type: 'toggleAccount', accountId: 'b' });
    expect(d.variants.map((v) => v.accountId)).toEqual(['a', 'b']);
    d = composerReducer(d, { type: 'toggleAccount', accountId: 'a' });
    expect(d.variants.map((v) => v.accountId)).toEqual(['b']);
  });

  it('never removes or edits a published variant', () => {
    const d = two();
    const locked: ComposerDraft = {
      ...d,
      variants: d.variants.map((v) => (v.accountId === 'a' ? { ...v, status: 'published' } : v)),
    };
    expect(composerReducer(locked, { type: 'toggleAccount', accountId: 'a' })).toBe(locked);
    expect(composerReducer(locked, { type: 'setText', accountId: 'a', part: 0, text: 'x' })).toBe(locked);
  });

  it('copies text and thread texts from another variant, keeping the target media', () => {
    let d = two();
    d = composerReducer(d, { type: 'addPart', accountId: 'a' });
    d = composerReducer(d, { type: 'setText', accountId: 'a', part: 1, text: 'second' });
    d = composerReducer(d, { type: 'addMedia', accountId: 'b', part: 0, media: img('m1', 'cat') });
    d = composerReducer(d, { type: 'copyText', from: 'a', to: 'b' });
    const b = d.variants[1]!;
    expect(b.text).toBe('Hello from A');
    expect(b.thread).toEqual([{ text: 'second', media: [] }]);
    expect(b.media).toEqual([img('m1', 'cat')]);
  });

  it('edits thread parts by number: 0 is the post, n is thread[n-1]', () => {
    let d = two();
    d = composerReducer(d, { type: 'addPart', accountId: 'a' });
    d = composerReducer(d, { type: 'addPart', accountId: 'a' });
    d = composerReducer(d, { type: 'setText', accountId: 'a', part: 2, text: 'third' });
    expect(partText(d.variants[0]!, 2)).toBe('third');
    d = composerReducer(d, { type: 'removePart', accountId: 'a', part: 1 });
    expect(d.variants[0]!.thread).toEqual([{ text: 'third', media: [] }]);
    // Part 0 cannot be removed; an unknown part is ignored.
    expect(composerReducer(d, { type: 'removePart', accountId: 'a', part: 0 }).variants[0]!.text).toBe(
      'Hello from A',
    );
    expect(composerReducer(d, { type: 'setText', accountId: 'a', part: 5, text: 'x' })).toEqual(d);
  });

  it('sets alt text, reorders and removes media', () => {
    let d = two();
    for (const id of ['m1', 'm2', 'm3'])
      d = composerReducer(d, { type: 'addMedia', accountId: 'a', part: 0, media: img(id) });
    d = composerReducer(d, { type: 'setAlt', accountId: 'a', part: 0, index: 1, altText: 'a dog' });
    d = composerReducer(d, { type: 'moveMedia', accountId: 'a', part: 0, index: 1, by: -1 });
    expect(d.variants[0]!.media.map((m) => m.mediaId)).toEqual(['m2', 'm1', 'm3']);
    expect(d.variants[0]!.media[0]!.altText).toBe('a dog');
    // Moving past either end does nothing.
    const same = composerReducer(d, { type: 'moveMedia', accountId: 'a', part: 0, index: 2, by: 1 });
    expect(same.variants[0]!.media.map((m) => m.mediaId)).toEqual(['m2', 'm1', 'm3']);
    d = composerReducer(d, { type: 'removeMedia', accountId: 'a', part: 0, index: 0 });
    expect(d.variants[0]!.media.map((m) => m.mediaId)).toEqual(['m1', 'm3']);
  });

  it('sets meta, track links and time', () => {
    let d = newDraft();
    d = composerReducer(d, { type: 'setMeta', field: 'pillarId', value: 'p1' });
    d = composerReducer(d, { type: 'setMeta', field: 'title', value: null });
    d = composerReducer(d, { type: 'setTrackLinks', value: false });
    d = composerReducer(d, { type: 'setTime', date: '2026-03-29', time: '02:30' });
    expect(d).toMatchObject({
      pillarId: 'p1',
      title: '',
      trackLinks: false,
      date: '2026-03-29',
      time: '02:30',
    });
  });
});

describe('toInput', () => {
  it('sends empty optional texts as null and an empty title for the server default', () => {
    let d = two();
    d = composerReducer(d, { type: 'setFirstComment', accountId: 'a', text: '   ' });
    d = composerReducer(d, { type: 'setContentWarning', accountId: 'b', text: 'spoilers' });
    d = composerReducer(d, { type: 'setVisibility', accountId: 'b', visibility: 'unlisted' });
    const input = toInput(d);
    expect(input.title).toBe('');
    expect(input.trackLinks).toBe(true);
    expect(input.variants[0]).toMatchObject({ accountId: 'a', firstComment: null, contentWarning: null });
    expect(input.variants[1]).toMatchObject({ contentWarning: 'spoilers', visibility: 'unlisted' });
    expect(input.variants[0]).not.toHaveProperty('id');
  });

  it('sends the typed time as a planned time in its zone until something is scheduled', () => {
    let d = two();
    expect(toInput(d, 'Europe/Paris')).not.toHaveProperty('plannedTime');
    d = { ...d, date: '2027-03-28', time: '02:30' };
    expect(toInput(d)).not.toHaveProperty('plannedTime');
    expect(toInput(d, 'Europe/Paris').plannedTime).toEqual({
      local: '2027-03-28T02:30',
      timeZone: 'Europe/Paris',
    });
    const scheduled = {
      ...d,
      variants: d.variants.map((v, i) => (i === 0 ? { ...v, status: 'scheduled' as const } : v)),
    };
    expect(toInput(scheduled, 'Europe/Paris')).not.toHaveProperty('plannedTime');
  });

  it('round-trips a saved post, keeping variant ids', () => {
    const post: PostView = {
      id: 'p',
      title: 'Launch',
      objectiveId: 'o',
      actionId: null,
      pillarId: null,
      trackLinks: false,
      createdBy: null,
      createdAt: '',
      updatedAt: '',
      status: 'draft',
      scheduledAt: null,
      variants: [
        {
          id: 'v1',
          accountId: 'a',
          network: 'mastodon',
          accountHandle: 'me@x.social',
          accountHealth: 'valid',
          text: 'Hi',
          media: [img('m', 'alt')],
          thread: [{ text: 'two', media: [] }],
          firstComment: null,
          visibility: 'public',
          contentWarning: 'cw',
          scheduledAt: null,
          status: 'draft',
          remoteUrl: null,
          publishedAt: null,
          publishedLate: false,
          failure: null,
          attempts: 0,
        },
      ],
    };
    const d = draftFromPost(post, { date: '2026-12-01', time: '09:00' });
    const input = toInput(d);
    expect(input).toMatchObject({ title: 'Launch', objectiveId: 'o', trackLinks: false });
    expect(input.variants[0]).toEqual({
      id: 'v1',
      accountId: 'a',
      text: 'Hi',
      media: [img('m', 'alt')],
      thread: [{ text: 'two', media: [] }],
      firstComment: null,
      visibility: 'public',
      contentWarning: 'cw',
    });
    // A fingerprint changes with the content and with the time, not otherwise.
    expect(fingerprint(d)).toBe(fingerprint(draftFromPost(post, { date: '2026-12-01', time: '09:00' })));
    expect(fingerprint(d)).not.toBe(
      fingerprint(composerReducer(d, { type: 'setTime', date: '2026-12-01', time: '10:00' })),
    );
  });
});

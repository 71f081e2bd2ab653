import type {
  MediaAttachment,
  PostInput,
  PostView,
  ThreadPart,
  VariantStatus,
  Visibility,
} from './posts.types.js';

/**
 * The composer's editable state and every change to it, as a pure reducer: the page only dispatches,
 * so the rules (one variant per account, copying text, moving media, thread parts) are unit-tested.
 *
 * Parts are numbered the same way everywhere: part 0 is the variant's own text and media, part n ≥ 1
 * is `thread[n - 1]`.
 */

export interface VariantDraft {
  /** The saved variant's id; absent until the post is saved. */
  id?: string;
  accountId: string;
  text: string;
  media: MediaAttachment[];
  thread: ThreadPart[];
  firstComment: string;
  visibility: Visibility | null;
  contentWarning: string;
  /** Published or publishing variants cannot change (the server answers 409 `variant_locked`). */
  status: VariantStatus;
}

export interface ComposerDraft {
  title: string;
  objectiveId: string | null;
  actionId: string | null;
  pillarId: string | null;
  trackLinks: boolean;
  variants: VariantDraft[];
  /** Wall-clock date `YYYY-MM-DD` and time `HH:mm` in the person's zone; empty when not chosen. */
  date: string;
  time: string;
}

export type MetaField = 'title' | 'objectiveId' | 'actionId' | 'pillarId';

export type ComposerAction =
  | { type: 'reset'; draft: ComposerDraft }
  | { type: 'toggleAccount'; accountId: string }
  | { type: 'setText'; accountId: string; part: number; text: string }
  | { type: 'copyText'; from: string; to: string }
  | { type: 'addMedia'; accountId: string; part: number; media: MediaAttachment }
  | { type: 'setAlt'; accountId: string; part: number; index: number; altText: string }
  | { type: 'removeMedia'; accountId: string; part: number; index: number }
  | { type: 'moveMedia'; accountId: string; part: number; index: number; by: -1 | 1 }
  | { type: 'addPart'; accountId: string }
  | { type: 'removePart'; accountId: string; part: number }
  | { type: 'setFirstComment'; accountId: string; text: string }
  | { type: 'setVisibility'; accountId: string; visibility: Visibility | null }
  | { type: 'setContentWarning'; accountId: string; text: string }
  | { type: 'setMeta'; field: MetaField; value: string | null }
  | { type: 'setTrackLinks'; value: boolean }
  | { type: 'setTime'; date: string; time: string };

/** Statuses in which a variant is on (or going to) the network and can no longer be edited. */
export const LOCKED_STATUSES: readonly VariantStatus[] = ['publishing', 'published'];

/** Whether this variant may still be edited. */
export const isLocked = (v: Pick<VariantDraft, 'status'>) => LOCKED_STATUSES.includes(v.status);

/** A new, empty variant for an account. */
export function emptyVariant(accountId: string): VariantDraft {
  return {
    accountId,
    text: '',
    media: [],
    thread: [],
    firstComment: '',
    visibility: null,
    contentWarning: '',
    status: 'draft',
  };
}

/** The state of a post not yet saved, optionally for some accounts and at a wall-clock time. */
export function newDraft(
  accountIds: string[] = [],
  at: { date: string; time: string } | null = null,
): ComposerDraft {
  return {
    title: '',
    objectiveId: null,
    actionId: null,
    pillarId: null,
    trackLinks: true,
    variants: accountIds.map(emptyVariant),
    date: at?.date ?? '',
    time: at?.time ?? '',
  };
}

/** The editable state of a saved post; `at` is its time already read in the person's zone. */
export function draftFromPost(post: PostView, at: { date: string; time: string } | null): ComposerDraft {
  return {
    title: post.title,
    objectiveId: post.objectiveId,
    actionId: post.actionId,
    pillarId: post.pillarId,
    trackLinks: post.trackLinks,
    variants: post.variants.map((v) => ({
      id: v.id,
      accountId: v.accountId,
      text: v.text,
      media: v.media.map((m) => ({ ...m })),
      thread: v.thread.map((p) => ({ text: p.text, media: p.media.map((m) => ({ ...m })) })),
      firstComment: v.firstComment ?? '',
      visibility: v.visibility,
      contentWarning: v.contentWarning ?? '',
      status: v.status,
    })),
    date: at?.date ?? '',
    time: at?.time ?? '',
  };
}

/** The request body for create, update and check: empty optional texts become null. */
/**
 * The body of a save. With `timeZone`, a date and time typed while nothing is scheduled yet travel as
 * the planned time (wall clock + zone, converted by the server): an editor's draft or a post in review
 * keeps its intended time. Once scheduled, times move only through schedule/reschedule.
 */
export function toInput(draft: ComposerDraft, timeZone?: string): PostInput {
  const planned =
    timeZone && draft.date && draft.time && !draft.variants.some((v) => v.status === 'scheduled')
      ? { plannedTime: { local: `${draft.date}T${draft.time}`, timeZone } }
      : {};
  return {
    ...planned,
    // Empty asks the server for its default (the start of the first text), also when clearing it.
    title: draft.title.trim(),
    objectiveId: draft.objectiveId,
    actionId: draft.actionId,
    pillarId: draft.pillarId,
    trackLinks: draft.trackLinks,
    variants: draft.variants.map((v) => ({
      ...(v.id ? { id: v.id } : {}),
      accountId: v.accountId,
      text: v.text,
      media: v.media,
      thread: v.thread,
      firstComment: v.firstComment.trim() ? v.firstComment : null,
      visibility: v.visibility,
      contentWarning: v.contentWarning.trim() ? v.contentWarning : null,
    })),
  };
}

/** A comparable fingerprint of what the person would lose by leaving (content and time). */
export function fingerprint(draft: ComposerDraft): string {
  return JSON.stringify({ input: toInput(draft), date: draft.date, time: draft.time });
}

/** The text of part `part` of a variant. */
export function partText(v: VariantDraft, part: number): string {
  return part === 0 ? v.text : (v.thread[part - 1]?.text ?? '');
}

/** The media of part `part` of a variant. */
export function partMedia(v: VariantDraft, part: number): MediaAttachment[] {
  return part === 0 ? v.media : (v.thread[part - 1]?.media ?? []);
}

function withPart(v: VariantDraft, part: number, change: (p: ThreadPart) => ThreadPart): VariantDraft {
  if (part === 0) {
    const next = change({ text: v.text, media: v.media });
    return { ...v, text: next.text, media: next.media };
  }
  if (part < 1 || part > v.thread.length) return v;
  return { ...v, thread: v.thread.map((p, i) => (i === part - 1 ? change(p) : p)) };
}

function mapVariant(
  draft: ComposerDraft,
  accountId: string,
  change: (v: VariantDraft) => VariantDraft,
): ComposerDraft {
  let changed = false;
  const variants = draft.variants.map((v) => {
    // A published variant is history: nothing the composer does may alter it.
    if (v.accountId !== accountId || isLocked(v)) return v;
    changed = true;
    return change(v);
  });
  return changed ? { ...draft, variants } : draft;
}

function move<T>(list: T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[index], next[to]] = [next[to] as T, next[index] as T];
  return next;
}

/** Applies one change to the composer state. */
export function composerReducer(draft: ComposerDraft, action: ComposerAction): ComposerDraft {
  switch (action.type) {
    case 'reset':
      return action.draft;
    case 'toggleAccount': {
      const existing = draft.variants.find((v) => v.accountId === action.accountId);
      if (!existing) return { ...draft, variants: [...draft.variants, emptyVariant(action.accountId)] };
      if (isLocked(existing)) return draft;
      return { ...draft, variants: draft.variants.filter((v) => v.accountId !== action.accountId) };
    }
    case 'setText':
      return mapVariant(draft, action.accountId, (v) =>
        withPart(v, action.part, (p) => ({ ...p, text: action.text })),
      );
    case 'copyText': {
      const source = draft.variants.find((v) => v.accountId === action.from);
      if (!source || action.from === action.to) return draft;
      // Text only (with its thread texts): media and alt texts stay each variant's own choice.
      return mapVariant(draft, action.to, (v) => ({
        ...v,
        text: source.text,
        thread: source.thread.map((p, i) => ({ text: p.text, media: v.thread[i]?.media ?? [] })),
      }));
    }
    case 'addMedia':
      return mapVariant(draft, action.accountId, (v) =>
        withPart(v, action.part, (p) => ({ ...p, media: [...p.media, action.media] })),
      );
    case 'setAlt':
      return mapVariant(draft, action.accountId, (v) =>
        withPart(v, action.part, (p) => ({
          ...p,
          media: p.media.map((m, i) => (i === action.index ? { ...m, altText: action.altText } : m)),
        })),
      );
    case 'removeMedia':
      return mapVariant(draft, action.accountId, (v) =>
        withPart(v, action.part, (p) => ({ ...p, media: p.media.filter((_, i) => i !== action.index) })),
      );
    case 'moveMedia':
      return mapVariant(draft, action.accountId, (v) =>
        withPart(v, action.part, (p) => ({ ...p, media: move(p.media, action.index, action.by) })),
      );
    case 'addPart':
      return mapVariant(draft, action.accountId, (v) => ({
        ...v,
        thread: [...v.thread, { text: '', media: [] }],
      }));
    case 'removePart':
      return mapVariant(draft, action.accountId, (v) =>
        action.part < 1 ? v : { ...v, thread: v.thread.filter((_, i) => i !== action.part - 1) },
      );
    case 'setFirstComment':
      return mapVariant(draft, action.accountId, (v) => ({ ...v, firstComment: action.text }));
    case 'setVisibility':
      return mapVariant(draft, action.accountId, (v) => ({ ...v, visibility: action.visibility }));
    case 'setContentWarning':
      return mapVariant(draft, action.accountId, (v) => ({ ...v, contentWarning: action.text }));
    case 'setMeta':
      return action.field === 'title'
        ? { ...draft, title: action.value ?? '' }
        : { ...draft, [action.field]: action.value };
    case 'setTrackLinks':
      return { ...draft, trackLinks: action.value };
    case 'setTime':
      return { ...draft, date: action.date, time: action.time };
  }
}

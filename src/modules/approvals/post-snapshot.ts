import type { MediaRef } from '../publishing/scheduler/publishing.types.js';
import type { PostRecord, VariantRecord } from '../publishing/scheduler/posts.repository.js';
import { wordDiff, type DiffSegment } from './word-diff.js';

/** What a version keeps of a post: its label and each variant's content and time. */
export interface PostSnapshot {
  title: string;
  variants: {
    variantId: string;
    accountId: string;
    network: string | null;
    text: string;
    media: MediaRef[];
    firstComment: string | null;
    scheduledAt: string | null;
  }[];
}

/** The snapshot of a post as it is now. */
export function snapshotOf(
  post: PostRecord,
  variants: readonly VariantRecord[],
  networks: ReadonlyMap<string, { network: string }>,
): PostSnapshot {
  return {
    title: post.title,
    variants: variants.map((v) => ({
      variantId: v.id,
      accountId: v.accountId,
      network: networks.get(v.accountId)?.network ?? null,
      text: v.text,
      media: v.media,
      firstComment: v.firstComment,
      scheduledAt: v.scheduledAt,
    })),
  };
}

/** JSON with object keys sorted: PostgreSQL's jsonb gives keys back in its own order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** Whether two snapshots hold the same content (a submit without changes makes no new version). */
export function sameContent(a: PostSnapshot, b: PostSnapshot): boolean {
  return canonical(a) === canonical(b);
}

export interface VariantDiff {
  variantId: string;
  accountId: string;
  network: string | null;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  text: DiffSegment[];
  firstComment: DiffSegment[];
  mediaAdded: string[];
  mediaRemoved: string[];
  scheduledAt: { from: string | null; to: string | null };
}

/** The difference between two versions of a post, variant by variant (word-level for texts). */
export function diffSnapshots(
  from: PostSnapshot,
  to: PostSnapshot,
): { title: DiffSegment[]; variants: VariantDiff[] } {
  const ids = [...new Set([...from.variants, ...to.variants].map((v) => v.variantId))];
  const variants = ids.map((id): VariantDiff => {
    const a = from.variants.find((v) => v.variantId === id);
    const b = to.variants.find((v) => v.variantId === id);
    const any = (b ?? a)!;
    const mediaA = (a?.media ?? []).map((m) => m.mediaId);
    const mediaB = (b?.media ?? []).map((m) => m.mediaId);
    const text = wordDiff(a?.text ?? '', b?.text ?? '');
    const firstComment = wordDiff(a?.firstComment ?? '', b?.firstComment ?? '');
    const mediaAdded = mediaB.filter((m) => !mediaA.includes(m));
    const mediaRemoved = mediaA.filter((m) => !mediaB.includes(m));
    const same =
      a !== undefined &&
      b !== undefined &&
      a.text === b.text &&
      a.firstComment === b.firstComment &&
      canonical(a.media) === canonical(b.media) &&
      a.scheduledAt === b.scheduledAt;
    return {
      variantId: id,
      accountId: any.accountId,
      network: any.network,
      change: !a ? 'added' : !b ? 'removed' : same ? 'unchanged' : 'changed',
      text,
      firstComment,
      mediaAdded,
      mediaRemoved,
      scheduledAt: { from: a?.scheduledAt ?? null, to: b?.scheduledAt ?? null },
    };
  });
  return { title: wordDiff(from.title, to.title), variants };
}

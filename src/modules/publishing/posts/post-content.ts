import { AppError } from '../../../app/errors.js';
import { newId } from '../../../core/ids.js';
import type { VariantContent } from './post-checker.js';
import type { Checks } from './post-checks.js';
import type { VariantInput } from './posts.schemas.js';

// Small pieces the posts services share.

/** Content of a variant input with the defaults applied. */
export function contentOf(v: VariantInput): VariantContent {
  return {
    accountId: v.accountId,
    text: v.text,
    media: v.media ?? [],
    thread: (v.thread ?? []).map((p) => ({ text: p.text, media: p.media })),
    firstComment: v.firstComment?.trim() ? v.firstComment : null,
    visibility: v.visibility ?? null,
    contentWarning: v.contentWarning?.trim() ? v.contentWarning : null,
  };
}

/** An ISO instant normalised to UTC with milliseconds (what every timestamp column holds). */
export function utc(iso: string | null | undefined): string | null {
  return iso ? new Date(iso).toISOString() : null;
}

/**
 * `n` new ids in ascending order: variants are listed by creation then id, and ids made in the same
 * millisecond are random after their time prefix, so sorting keeps the composer's order.
 */
export function orderedIds(n: number): string[] {
  return Array.from({ length: n }, () => newId()).sort();
}

/** The post's label: the title given, else the start of its first text on one line. */
export function titleOf(title: string | undefined, firstText: string): string {
  const t = title?.trim();
  if (t) return t;
  const line = firstText.replace(/\s+/g, ' ').trim();
  return Array.from(line).slice(0, 60).join('') || 'Untitled post';
}

/** 422 carrying the checks, so the composer shows what blocks. */
export function checksBlocking(checks: Checks): AppError {
  const first = checks.items.find((c) => c.severity === 'error');
  return new AppError(
    422,
    'checks_blocking',
    `A check blocks publishing${first ? `: ${first.code} at ${first.path}` : ''}`,
    undefined,
    { checks },
  );
}

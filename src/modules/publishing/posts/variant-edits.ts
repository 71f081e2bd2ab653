import { AppError, invalid } from '../../../app/errors.js';
import type { VariantPatch, VariantRecord } from '../scheduler/posts.repository.js';
import type { VariantStatus } from '../scheduler/publishing.types.js';
import type { VariantContent } from './post-checker.js';
import { contentOf } from './post-content.js';
import type { VariantInput } from './posts.schemas.js';

/** What a PATCH with a full variant list does to the stored variants. */
export interface VariantEditPlan {
  /** The variants after the edit, in the input's order (what the checks look at). */
  final: { content: VariantContent; status: VariantStatus }[];
  remove: string[];
  /** `reschedule`: the new time of a scheduled variant whose job must follow it. */
  update: { id: string; patch: VariantPatch; reschedule: string | null }[];
  create: { content: VariantContent; scheduledAt: string | null }[];
}

const LOCKED: readonly VariantStatus[] = ['publishing', 'published'];

/** 409 for an edit of a variant that is being or was published. */
export function locked(): AppError {
  return new AppError(409, 'variant_locked', 'A published or publishing variant cannot be changed');
}

function storedContent(v: VariantRecord): VariantContent {
  return {
    accountId: v.accountId,
    text: v.text,
    media: v.media,
    thread: v.thread,
    firstComment: v.firstComment,
    visibility: v.visibility,
    contentWarning: v.contentWarning,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Plans a PATCH's variant list against the stored variants (pure): unknown ids and account changes
 * are 400s naming the field; touching a published or publishing variant (editing or dropping it) is a
 * 409, while sending it back unchanged is fine (the composer sends the whole list).
 */
export function planVariantEdits(
  existing: readonly VariantRecord[],
  inputs: readonly VariantInput[],
): VariantEditPlan {
  const byId = new Map(existing.map((v) => [v.id, v]));
  const plan: VariantEditPlan = { final: [], remove: [], update: [], create: [] };
  const kept = new Set<string>();
  inputs.forEach((input, i) => {
    const content = contentOf(input);
    const time =
      input.scheduledAt === undefined
        ? undefined
        : input.scheduledAt
          ? new Date(input.scheduledAt).toISOString()
          : null;
    if (!input.id) {
      plan.create.push({ content, scheduledAt: time ?? null });
      plan.final.push({ content, status: 'draft' });
      return;
    }
    const stored = byId.get(input.id);
    if (!stored) throw invalid(`variants.${i}.id`, 'No such variant in this post');
    if (stored.accountId !== input.accountId) {
      throw invalid(`variants.${i}.accountId`, 'A variant keeps its account; remove it and add another');
    }
    kept.add(stored.id);
    const changed =
      !same(content, storedContent(stored)) || (time !== undefined && time !== stored.scheduledAt);
    if (LOCKED.includes(stored.status)) {
      if (changed) throw locked();
      plan.final.push({ content: storedContent(stored), status: stored.status });
      return;
    }
    if (stored.status === 'scheduled' && time === null) {
      throw invalid(`variants.${i}.scheduledAt`, 'A scheduled variant needs a time; unschedule it first');
    }
    plan.final.push({ content, status: stored.status });
    if (!changed) return;
    const reschedule = stored.status === 'scheduled' && time && time !== stored.scheduledAt ? time : null;
    plan.update.push({
      id: stored.id,
      patch: { ...content, ...(time !== undefined ? { scheduledAt: time } : {}) },
      reschedule,
    });
  });
  for (const v of existing) {
    if (kept.has(v.id)) continue;
    if (LOCKED.includes(v.status)) throw locked();
    plan.remove.push(v.id);
  }
  return plan;
}

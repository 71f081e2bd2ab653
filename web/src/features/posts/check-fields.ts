import type { Check, CheckSeverity } from './posts.types.js';

/**
 * Where a check (or a validation error) points in the composer. The server names fields by path
 * (`variants.1.thread.0.media.2.altText`); the page gives each field a DOM id built from the same
 * parts, so clicking a check focuses the field it is about.
 */

export type FieldTarget =
  | { scope: 'post'; field: 'title' | 'objectiveId' | 'actionId' | 'pillarId' | 'trackLinks' | 'time' }
  | {
      scope: 'variant';
      variantIndex: number;
      /** 0: the variant's own post; n ≥ 1: thread part n (thread[n − 1]). */
      part: number;
      field: 'text' | 'media' | 'altText' | 'firstComment' | 'visibility' | 'contentWarning' | 'account';
      mediaIndex?: number;
    };

const POST_FIELDS = new Set(['title', 'objectiveId', 'actionId', 'pillarId', 'trackLinks']);
const TIME_FIELDS = new Set(['scheduledAt', 'local', 'timeZone', 'time']);

/** The composer field a path names, or null when it names none (the post as a whole). */
export function targetOfPath(path: string): FieldTarget | null {
  const parts = path.split('.').filter(Boolean);
  const head = parts[0];
  if (!head) return null;
  if (POST_FIELDS.has(head)) return { scope: 'post', field: head as 'title' };
  if (TIME_FIELDS.has(head)) return { scope: 'post', field: 'time' };
  if (head !== 'variants') return null;
  const variantIndex = Number(parts[1]);
  if (!Number.isInteger(variantIndex) || variantIndex < 0) return null;
  let rest = parts.slice(2);
  let part = 0;
  // Thread parts: `thread.M` (the input's shape) or `parts.N` (the connector's, where part 0 is the post).
  if ((rest[0] === 'thread' || rest[0] === 'parts') && /^\d+$/.test(rest[1] ?? '')) {
    part = Number(rest[1]) + (rest[0] === 'thread' ? 1 : 0);
    rest = rest.slice(2);
  }
  const variant = (field: Extract<FieldTarget, { scope: 'variant' }>['field'], mediaIndex?: number) => ({
    scope: 'variant' as const,
    variantIndex,
    part,
    field,
    ...(mediaIndex !== undefined ? { mediaIndex } : {}),
  });
  switch (rest[0]) {
    case undefined:
    case 'text':
      return variant('text');
    case 'accountId':
      return variant('account');
    case 'firstComment':
      return { ...variant('firstComment'), part: 0 };
    case 'visibility':
      return variant('visibility');
    case 'contentWarning':
      return variant('contentWarning');
    case 'media': {
      const mediaIndex = /^\d+$/.test(rest[1] ?? '') ? Number(rest[1]) : undefined;
      if (mediaIndex !== undefined && rest[2] === 'altText') return variant('altText', mediaIndex);
      return variant('media', mediaIndex);
    }
    case 'thread':
      return variant('text');
    default:
      return variant('text');
  }
}

/**
 * The DOM id of a field. Variants are keyed by account (stable while the person toggles accounts),
 * so the caller passes the account id of `variantIndex`.
 */
export function fieldDomId(target: FieldTarget, accountId?: string): string {
  if (target.scope === 'post') return `composer-${target.field}`;
  const base = `composer-${accountId ?? `v${target.variantIndex}`}-p${target.part}`;
  if (target.field === 'altText') return `${base}-alt-${target.mediaIndex ?? 0}`;
  if (target.field === 'firstComment' || target.field === 'visibility' || target.field === 'contentWarning')
    return `composer-${accountId ?? `v${target.variantIndex}`}-${target.field}`;
  if (target.field === 'account') return `composer-account-${accountId ?? target.variantIndex}`;
  return `${base}-${target.field}`;
}

export interface CheckGroup {
  /** null: checks about the whole post. */
  variantIndex: number | null;
  items: Check[];
}

const ORDER: Record<CheckSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Checks grouped by variant (the whole post first), errors before warnings before notes. */
export function groupChecks(items: readonly Check[]): CheckGroup[] {
  const groups = new Map<number | null, Check[]>();
  for (const c of items) {
    const list = groups.get(c.variantIndex) ?? [];
    list.push(c);
    groups.set(c.variantIndex, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a - b))
    .map(([variantIndex, list]) => ({
      variantIndex,
      items: [...list].sort((x, y) => ORDER[x.severity] - ORDER[y.severity]),
    }));
}

/** The worst severity among checks pointing at one field id, to colour that field. */
export function severityByField(
  items: readonly Check[],
  accountOf: (variantIndex: number) => string | undefined,
): Map<string, CheckSeverity> {
  const out = new Map<string, CheckSeverity>();
  for (const c of items) {
    const target = targetOfPath(c.path);
    if (!target) continue;
    const id = fieldDomId(target, target.scope === 'variant' ? accountOf(target.variantIndex) : undefined);
    const prev = out.get(id);
    if (!prev || ORDER[c.severity] < ORDER[prev]) out.set(id, c.severity);
  }
  return out;
}

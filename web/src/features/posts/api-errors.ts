import { ApiError } from '../../api/client.js';
import { fieldDomId, targetOfPath } from './check-fields.js';
import type { Checks } from './posts.types.js';

/** The checks a 422 `checks_blocking` (or any write answering with checks) carried, if any. */
export function problemChecks(err: unknown): Checks | null {
  if (!(err instanceof ApiError)) return null;
  const c = err.problem.checks as Partial<Checks> | undefined;
  return c && Array.isArray(c.items) && Array.isArray(c.lengths) ? (c as Checks) : null;
}

export interface PlacedErrors {
  /** Messages for fields on screen, by DOM id. */
  fields: Record<string, string>;
  /** Messages naming nothing on screen. */
  rest: string[];
}

/**
 * Puts each field error of a failed write next to its field (the server names them by path, like
 * the checks), keeping the others for the top of the page.
 */
export function placeFieldErrors(
  err: unknown,
  accountOf: (variantIndex: number) => string | undefined,
  exists: (domId: string) => boolean,
): PlacedErrors {
  const out: PlacedErrors = { fields: {}, rest: [] };
  if (!(err instanceof ApiError)) return out;
  for (const f of err.fields) {
    const target = targetOfPath(f.field);
    const id = target
      ? fieldDomId(target, target.scope === 'variant' ? accountOf(target.variantIndex) : undefined)
      : null;
    if (id && exists(id)) out.fields[id] ??= f.message;
    else out.rest.push(f.message);
  }
  return out;
}

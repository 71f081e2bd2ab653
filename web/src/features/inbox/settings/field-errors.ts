import { ApiError } from '../../../api/client.js';

/**
 * The server's field errors keyed by the last part of their path (`conditions.pattern` → `pattern`),
 * for forms whose inputs are named by that last part; the rest go to the form's own message.
 */
export function splitFieldErrors(
  err: unknown,
  known: readonly string[],
): { fields: Record<string, string>; rest: boolean } {
  if (!(err instanceof ApiError) || !err.fields.length) return { fields: {}, rest: true };
  const fields: Record<string, string> = {};
  let rest = false;
  for (const f of err.fields) {
    const name =
      f.field
        .split('.')
        .filter((p) => !/^\d+$/.test(p))
        .pop() ?? f.field;
    if (known.includes(name)) fields[name] ??= f.message;
    else rest = true;
  }
  return { fields, rest };
}

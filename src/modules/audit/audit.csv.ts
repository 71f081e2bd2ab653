import type { AuditEntryView } from './audit.schemas.js';

// Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection); a leading
// apostrophe makes them show it as text. Tab and CR are included because some programs strip them first.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell: neutralised against formula injection, then quoted as RFC 4180 requires. */
export function csvCell(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else text = JSON.stringify(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record ending with CRLF (RFC 4180). */
export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** Export columns: the API's field names, so a script can read the CSV and the JSON alike. */
export const AUDIT_CSV_COLUMNS = [
  'createdAt',
  'actorLabel',
  'actorUserId',
  'action',
  'objectType',
  'objectId',
  'summary',
  'before',
  'after',
  'ip',
  'id',
] as const satisfies readonly (keyof AuditEntryView)[];

/**
 * The export as CSV text chunks: a byte-order mark (so spreadsheet programs read accented names as
 * UTF-8), the header row, then one row per entry.
 */
export async function* auditCsv(entries: AsyncIterable<AuditEntryView>): AsyncGenerator<string> {
  yield `\uFEFF${csvRow(AUDIT_CSV_COLUMNS)}`;
  let chunk = '';
  for await (const e of entries) {
    chunk += csvRow(AUDIT_CSV_COLUMNS.map((c) => e[c]));
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

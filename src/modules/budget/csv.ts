/**
 * A small RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF, a leading BOM, comma or
 * semicolon as separator — spreadsheets in French locales write semicolons) and the error type imports
 * use to name the row and column of a bad cell.
 */

/** A problem in an uploaded file: row 1 is the header line, columns are named as in the header. */
export class CsvProblem extends Error {
  constructor(
    readonly row: number,
    readonly column: string | null,
    message: string,
  ) {
    super(message);
  }
}

/** Splits CSV text into records of fields. */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += ch;
  }
  if (quoted) throw new CsvProblem(line, null, 'A quoted field is never closed');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // Blank lines carry nothing (spreadsheets often end files with one).
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** One data record by header name, with its 1-based line number in the file (header = 1). */
export interface CsvRecord {
  row: number;
  get(column: string): string;
}

/**
 * Reads a file whose first record is a header. Header names are matched case-insensitively after
 * trimming, against each column's accepted aliases; `required` columns must be present.
 */
export function readRecords(
  text: string,
  columns: Record<string, { aliases: string[]; required: boolean }>,
  maxRows = 10_000,
): CsvRecord[] {
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) throw new CsvProblem(1, null, 'The file is empty: the first line must name the columns');
  // Ads managers suffix money columns with the currency ("Amount spent (EUR)"): match without it.
  const norm = (s: string) =>
    s
      .trim()
      .replace(/\s*\([A-Za-z]{3}\)$/, '')
      .toLowerCase();
  const index = new Map<string, number>();
  for (const [name, spec] of Object.entries(columns)) {
    const at = header.findIndex((h) => spec.aliases.map(norm).includes(norm(h)));
    if (at >= 0) index.set(name, at);
    else if (spec.required) {
      throw new CsvProblem(1, spec.aliases[0]!, `Missing column "${spec.aliases[0]}" in the header line`);
    }
  }
  if (rows.length - 1 > maxRows) throw new CsvProblem(maxRows + 2, null, `Too many rows: at most ${maxRows}`);
  return rows.slice(1).map((fields, i) => ({
    row: i + 2,
    get: (column: string) => {
      const at = index.get(column);
      return at === undefined ? '' : (fields[at] ?? '').trim();
    },
  }));
}

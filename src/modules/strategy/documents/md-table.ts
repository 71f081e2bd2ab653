/** A table cell: one line, pipes escaped, so user text cannot break the table. */
export function cell(text: string): string {
  return (
    text
      .replace(/\r?\n+/g, ' ')
      .replace(/\|/g, '\\|')
      .trim() || '—'
  );
}

/** A Markdown table (header, separator, rows) followed by a blank line; `right` columns align right. */
export function table(headers: string[], rows: string[][], right: readonly number[] = []): string[] {
  return [
    `| ${headers.map(cell).join(' | ')} |`,
    `| ${headers.map((_, i) => (right.includes(i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
  ];
}

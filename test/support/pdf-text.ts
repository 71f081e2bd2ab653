import zlib from 'node:zlib';

/** Windows-1252 bytes 0x80–0x9F that differ from Latin-1 (pdfkit's standard fonts use WinAnsi). */
const CP1252: Record<number, string> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x8c: 'Œ',
  0x9c: 'œ',
};

/**
 * The text a pdfkit PDF draws: each content stream is cut by its /Length, inflated with node:zlib,
 * and the hex strings of its TJ operators decoded, one line per TJ.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/\/Length (\d+)[^>]*>>\s*stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const bytes = pdf.subarray(start, start + Number(m[1]));
    let content: string;
    try {
      content = zlib.inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const tj of content.matchAll(/\[(.*?)\] TJ/g)) {
      const hex = [...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
      let text = '';
      for (let i = 0; i < hex.length; i += 2) {
        const code = parseInt(hex.slice(i, i + 2), 16);
        text += CP1252[code] ?? String.fromCharCode(code);
      }
      lines.push(text.replace(/\u00a0/g, ' '));
    }
  }
  return lines.join('\n');
}

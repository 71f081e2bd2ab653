import PDFDocument from 'pdfkit';

/**
 * A thin layout layer over pdfkit: fonts, colours, measured text that never spills, tables that
 * repeat their header on a new page. The documents use the standard PDF fonts (no files to ship),
 * which only know the Windows-1252 characters, so every string goes through `pdfSafe`. Pages have no
 * pdfkit margins: positions are explicit and every text call passes a height, so pdfkit never adds a
 * page on its own and page breaks are decided here.
 */

export const COLORS = {
  ink: '#1b1f24',
  muted: '#57606a',
  faint: '#8c959f',
  rule: '#d0d7de',
  panel: '#f3f5f8',
  accent: '#0b4f8a',
  accentLight: '#e3eef8',
  danger: '#b42318',
  white: '#ffffff',
} as const;

/** Colours for objectives, in order: bars, dots and chips use them to tie things to an objective. */
export const SERIES = ['#0b4f8a', '#2f8f5b', '#c27c0e', '#7a4cc2', '#c0392b', '#1b7c83', '#8a6d3b'];

/** Risk colours by likelihood × impact: low, moderate, high, critical. */
export function riskColour(score: number): { fill: string; text: string } {
  if (score >= 15) return { fill: '#f4b4ae', text: '#7a1208' };
  if (score >= 10) return { fill: '#f9d3a6', text: '#7a3e00' };
  if (score >= 5) return { fill: '#fbeaa0', text: '#5c4a00' };
  return { fill: '#cfe9d3', text: '#1f5130' };
}

export type FontKind = 'regular' | 'bold' | 'italic';
const FONT: Record<FontKind, string> = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
};

const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);
const REPLACEMENTS: Record<string, string> = {
  '\u202f': '\u00a0',
  '\u2009': '\u00a0',
  '\u2007': '\u00a0',
  '\u2011': '-',
  '\u2212': '-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
  '\u2190': '<-',
  '\u00d7': '\u00d7',
};

/**
 * Text the standard fonts can draw: narrow spaces become no-break spaces, a few symbols get ASCII
 * stand-ins, accents outside Windows-1252 are dropped, anything else becomes "?". French spacing
 * before : ; ? ! is made unbreakable so the mark never starts a line.
 */
export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    const replaced = REPLACEMENTS[ch];
    if (replaced !== undefined) out += replaced;
    else if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code))
      out += ch;
    else if (code === 0x0a) out += '\n';
    else if (code === 0x09) out += ' ';
    else {
      const bare = ch.normalize('NFD').replace(/\p{Diacritic}/gu, '');
      const bareCode = bare.codePointAt(0) ?? 0;
      out += bare.length === 1 && bareCode < 0x7f ? bare : '?';
    }
  }
  return out.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

export interface TextStyle {
  kind?: FontKind;
  size?: number;
  color?: string;
  align?: 'left' | 'center' | 'right' | 'justify';
  lineGap?: number;
  /** Cut the text with an ellipsis at this height. */
  maxHeight?: number;
  characterSpacing?: number;
}

/** A cell of a table: one paragraph, or several stacked with their own style. */
export type CellPart = { text: string } & TextStyle;
export type TableCell = string | CellPart[];
export interface TableColumn {
  header: string;
  /** Share of the table width; shares are normalised. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number };
}

/** The document plus a cursor: everything the section renderers need. */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  y: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
  /** When true, text is measured but nothing is drawn: layouts run once dry to size their blocks. */
  dry = false;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(
    readonly geometry: PageGeometry,
    info: { title: string; author: string; createdAt: Date; language: string },
  ) {
    this.doc = new PDFDocument({
      size: [geometry.width, geometry.height],
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      bufferPages: true,
      autoFirstPage: true,
      lang: info.language,
      displayTitle: true,
      info: {
        Title: pdfSafe(info.title),
        Author: pdfSafe(info.author),
        Creator: 'Presence',
        Producer: 'Presence',
        CreationDate: info.createdAt,
      },
    });
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => this.chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.left = geometry.margin.left;
    this.right = geometry.width - geometry.margin.right;
    this.top = geometry.margin.top;
    this.bottom = geometry.height - geometry.margin.bottom;
    this.width = this.right - this.left;
    this.y = this.top;
  }

  private apply(style: TextStyle): void {
    this.doc
      .font(FONT[style.kind ?? 'regular'])
      .fontSize(style.size ?? 9)
      .fillColor(style.color ?? COLORS.ink);
  }

  /** Height the text takes at this width and style. */
  measure(text: string, width: number, style: TextStyle = {}): number {
    this.apply(style);
    const h = this.doc.heightOfString(pdfSafe(text), {
      width,
      lineGap: style.lineGap ?? 1,
      characterSpacing: style.characterSpacing,
    });
    return style.maxHeight !== undefined ? Math.min(h, style.maxHeight) : h;
  }

  /** Width of a single line of text in this style. */
  widthOf(text: string, style: TextStyle = {}): number {
    this.apply(style);
    return this.doc.widthOfString(pdfSafe(text), { characterSpacing: style.characterSpacing });
  }

  /** Draws text in a box and returns the height used; it never leaves the box or adds a page. */
  text(text: string, x: number, y: number, width: number, style: TextStyle = {}): number {
    const safe = pdfSafe(text);
    const height = this.measure(text, width, style);
    if (this.dry) return height;
    this.apply(style);
    this.doc.text(safe, x, y, {
      width,
      height: height + 0.5,
      ellipsis: style.maxHeight !== undefined ? true : undefined,
      align: style.align ?? 'left',
      lineGap: style.lineGap ?? 1,
      characterSpacing: style.characterSpacing,
      lineBreak: true,
    });
    return height;
  }

  /** A filled dot (objective colours, markers). */
  dot(x: number, y: number, r: number, fill: string): void {
    if (this.dry) return;
    this.doc.circle(x, y, r).fill(fill);
  }

  /** Starts a new page and puts the cursor at its top. */
  addPage(): void {
    this.doc.addPage({
      size: [this.geometry.width, this.geometry.height],
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    this.y = this.top;
  }

  /** Makes sure `space` points are left on the page, else turns the page. */
  ensure(space: number): void {
    if (this.y + space > this.bottom) this.addPage();
  }

  rect(x: number, y: number, w: number, h: number, fill: string, radius = 0): void {
    if (this.dry) return;
    if (radius > 0) this.doc.roundedRect(x, y, w, h, radius).fill(fill);
    else this.doc.rect(x, y, w, h).fill(fill);
  }

  line(x1: number, y1: number, x2: number, y2: number, colour: string = COLORS.rule, width = 0.6): void {
    if (this.dry) return;
    this.doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(colour).stroke();
  }

  private cellHeight(cell: TableCell, width: number, base: TextStyle): number {
    const parts: CellPart[] = typeof cell === 'string' ? [{ text: cell }] : cell;
    return parts.reduce((h, p, i) => h + this.measure(p.text, width, { ...base, ...p }) + (i > 0 ? 2 : 0), 0);
  }

  private drawCell(cell: TableCell, x: number, y: number, width: number, base: TextStyle): void {
    const parts: CellPart[] = typeof cell === 'string' ? [{ text: cell }] : cell;
    let cy = y;
    for (const [i, p] of parts.entries()) {
      if (i > 0) cy += 2;
      cy += this.text(p.text, x, cy, width, { ...base, ...p });
    }
  }

  /**
   * A table at the cursor: header on a tinted band, hairlines between rows, the header repeated when
   * a row does not fit on the page. A row taller than a whole page is cut with an ellipsis.
   */
  table(
    columns: TableColumn[],
    rows: TableCell[][],
    opts: { size?: number; rowFills?: (string | null)[]; header?: boolean } = {},
  ): void {
    const size = opts.size ?? 8.5;
    const pad = 4;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const headerStyle: TextStyle = { kind: 'bold', size: size - 0.5, color: COLORS.muted };
    const showHeader = opts.header ?? true;
    const headerHeight = showHeader
      ? Math.max(...columns.map((c, i) => this.measure(c.header, widths[i]! - 2 * pad, headerStyle))) +
        2 * pad
      : 0;
    const drawHeader = (): void => {
      if (!showHeader) return;
      this.rect(this.left, this.y, this.width, headerHeight, COLORS.panel);
      columns.forEach((c, i) =>
        this.text(c.header, xs[i]! + pad, this.y + pad, widths[i]! - 2 * pad, {
          ...headerStyle,
          align: c.align,
        }),
      );
      this.y += headerHeight;
    };
    const pageRoom = this.bottom - this.top - headerHeight - 4;
    this.ensure(headerHeight + 24);
    drawHeader();
    rows.forEach((row, r) => {
      const base: TextStyle = { size };
      let height =
        Math.max(...row.map((cell, i) => this.cellHeight(cell, widths[i]! - 2 * pad, base))) + 2 * pad;
      const cap = height > pageRoom ? pageRoom - 2 * pad : undefined;
      if (cap !== undefined) height = pageRoom;
      if (this.y + height > this.bottom) {
        this.addPage();
        drawHeader();
      }
      const fill = opts.rowFills?.[r];
      if (fill) this.rect(this.left, this.y, this.width, height, fill);
      row.forEach((cell, i) =>
        this.drawCell(cell, xs[i]! + pad, this.y + pad, widths[i]! - 2 * pad, {
          ...base,
          align: columns[i]!.align,
          maxHeight: cap,
        }),
      );
      this.y += height;
      this.line(this.left, this.y, this.right, this.y);
    });
    this.y += 10;
  }

  /** Ends the document and resolves with its bytes. */
  finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}

/**
 * Just enough RFC 5322/MIME parsing to read what nodemailer sends: folded headers, RFC 2047 encoded
 * words (nodemailer writes `=?UTF-8?Q?…?=` subjects), multipart bodies, and the quoted-printable
 * (long lines, accents) and base64 transfer encodings. Not a general-purpose parser.
 */

export interface ParsedMail {
  /** Header names in lower case; the first occurrence wins. */
  headers: Record<string, string>;
  subject: string;
  /** The text/plain part with LF line ends, or '' when there is none. */
  text: string;
  /** The text/html part, or null. */
  html: string | null;
}

interface Part {
  headers: Record<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const m = /\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    headers[name] ??= line.slice(i + 1).trim();
  }
  return { headers, body };
}

/** A parameter of a structured header, e.g. `boundary` of Content-Type. */
function param(header: string | undefined, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

function bytesToText(bytes: Buffer, charset: string | undefined): string {
  const cs = (charset ?? 'utf-8').toLowerCase();
  return cs === 'iso-8859-1' || cs === 'latin1' || cs === 'us-ascii'
    ? bytes.toString('latin1')
    : bytes.toString('utf8');
}

/** Quoted-printable to bytes: soft line breaks joined, `=XX` decoded. */
export function decodeQuotedPrintable(input: string): Buffer {
  const joined = input.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const c = joined[i]!;
    const hex = joined.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      for (const b of Buffer.from(c, 'utf8')) out.push(b);
    }
  }
  return Buffer.from(out);
}

/** RFC 2047 encoded words in a header value; adjacent words are joined before decoding (split characters). */
export function decodeHeader(value: string): string {
  const word = /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g;
  const pieces: { text?: string; bytes?: Buffer; charset?: string }[] = [];
  let last = 0;
  for (let m = word.exec(value); m; m = word.exec(value)) {
    const between = value.slice(last, m.index);
    const prev = pieces[pieces.length - 1];
    if (between && !(prev?.bytes && /^\s+$/.test(between))) pieces.push({ text: between });
    const [, charset, enc, data] = m as unknown as [string, string, string, string];
    const bytes =
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : decodeQuotedPrintable(data.replace(/_/g, ' '));
    const tail = pieces[pieces.length - 1];
    if (tail?.bytes && tail.charset === charset) tail.bytes = Buffer.concat([tail.bytes, bytes]);
    else pieces.push({ bytes, charset });
    last = m.index + m[0].length;
  }
  if (last < value.length) pieces.push({ text: value.slice(last) });
  return pieces.map((p) => (p.bytes ? bytesToText(p.bytes, p.charset) : (p.text ?? ''))).join('');
}

function decodeBody(part: Part): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const charset = param(part.headers['content-type'], 'charset');
  let text: string;
  if (encoding === 'quoted-printable') text = bytesToText(decodeQuotedPrintable(part.body), charset);
  else if (encoding === 'base64')
    text = bytesToText(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'), charset);
  else text = part.body;
  return text.replace(/\r\n/g, '\n');
}

function collect(part: Part, found: { text?: string; html?: string }): void {
  const type = (part.headers['content-type'] ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = param(part.headers['content-type'], 'boundary');
    if (!boundary) return;
    const sections = part.body.split(`--${boundary}`);
    // sections[0] is the preamble; the last one starts with `--` (the closing delimiter).
    for (const section of sections.slice(1)) {
      if (section.startsWith('--')) break;
      collect(splitPart(section.replace(/^\r?\n/, '').replace(/\r?\n$/, '')), found);
    }
    return;
  }
  if (type.startsWith('text/plain')) found.text ??= decodeBody(part);
  else if (type.startsWith('text/html')) found.html ??= decodeBody(part);
}

/** Parses one message as received over SMTP (after dot-unstuffing, which smtp-server does). */
export function parseMail(raw: string): ParsedMail {
  const top = splitPart(raw);
  const found: { text?: string; html?: string } = {};
  collect(top, found);
  return {
    headers: top.headers,
    subject: decodeHeader(top.headers.subject ?? ''),
    text: found.text ?? '',
    html: found.html ?? null,
  };
}

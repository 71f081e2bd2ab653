/**
 * RFC 5545 text for a subscribed calendar: escaping, line folding and the VCALENDAR/VEVENT layout.
 * Pure: the feed service hands it plain values, tests read the exact octets.
 */

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75;

/** One event of the feed. */
export interface CalendarEvent {
  /** Globally unique and stable across refreshes: calendar apps update the event they already show. */
  uid: string;
  /** When the information was last revised (RFC 5545 §3.8.7.2, calendars without METHOD). */
  stamp: string;
  /** ISO instant. */
  start: string;
  durationMinutes: number;
  summary: string;
  description: string;
  url: string | null;
  status: 'CONFIRMED' | 'CANCELLED';
}

export interface CalendarDocument {
  prodId: string;
  name: string;
  events: readonly CalendarEvent[];
}

/** Control characters TEXT may not hold (§3.3.11 allows HTAB; line breaks are escaped before this). */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && char !== '\t') || code === 0x7f;
}

/** Escapes a TEXT value (§3.3.11): backslash, semicolon, comma, line breaks; other control characters dropped. */
export function escapeText(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return [...escaped].filter((c) => !isControl(c)).join('');
}

/**
 * Folds one content line at 75 octets (§3.1): CRLF plus one space before each continuation, which
 * counts towards the next line's 75. Cuts fall between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** An ISO instant as a UTC DATE-TIME (§3.3.5 form 2): 20261201T080000Z. */
export function formatUtc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

function event(e: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    property('UID', escapeText(e.uid)),
    property('DTSTAMP', formatUtc(e.stamp)),
    property('DTSTART', formatUtc(e.start)),
    property('DURATION', `PT${e.durationMinutes}M`),
    property('SUMMARY', escapeText(e.summary)),
    property('DESCRIPTION', escapeText(e.description)),
    // URI values are not TEXT: no escaping, but no line break may reach the output either.
    ...(e.url ? [property('URL', e.url.replace(/[\r\n]/g, ''))] : []),
    property('STATUS', e.status),
    'END:VEVENT',
  ];
}

/** The whole iCalendar object, CRLF line ends included after the last line. */
export function formatCalendar(doc: CalendarDocument): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', doc.prodId),
    'CALSCALE:GREGORIAN',
    property('X-WR-CALNAME', escapeText(doc.name)),
    // Hints for subscribing apps (RFC 7986 and the older Microsoft name): refresh hourly.
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...doc.events.flatMap(event),
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}

import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatCalendar, formatUtc, type CalendarEvent } from './ical.format.js';

/** Undoes folding (§3.1): a CRLF followed by one space disappears. */
const unfold = (text: string) => text.replace(/\r\n /g, '');
const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('escapes the backslash first so escapes are not doubled', () => {
    expect(escapeText('\\,')).toBe('\\\\\\,');
  });

  it('keeps colons, quotes, tabs and non-ASCII text, drops other control characters', () => {
    expect(escapeText('Note: "été" 🎉\tfin\u0007')).toBe('Note: "été" 🎉\tfin');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = `DESCRIPTION:${'x'.repeat(63)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds at 75 octets with CRLF and a space that counts towards the next line', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    expect(octets(parts[0]!)).toBe(75);
    for (const p of parts.slice(1, -1)) {
      expect(p.startsWith(' ')).toBe(true);
      expect(octets(p)).toBe(75);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('never splits a multi-byte character, even when the limit falls inside it', () => {
    // 'SUMMARY:' is 8 octets; then 2-byte 'é' ×33 = 74 octets: the 34th 'é' would end at octet 76.
    const accents = `SUMMARY:${'é'.repeat(60)}`;
    const emoji = `SUMMARY:a${'😀'.repeat(40)}`; // 4-octet characters
    const cjk = `DESCRIPTION:${'日本語'.repeat(30)}`; // 3-octet characters
    for (const line of [accents, emoji, cjk]) {
      const folded = foldLine(line);
      const parts = folded.split('\r\n');
      expect(parts.length).toBeGreaterThan(1);
      for (const p of parts) {
        expect(octets(p)).toBeLessThanOrEqual(75);
        // A split character would turn into U+FFFD when the line is decoded on its own.
        expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
        expect(p).not.toContain('\uFFFD');
        expect(/[\uD800-\uDBFF]$/.test(p)).toBe(false);
      }
      expect(unfold(folded)).toBe(line);
    }
    expect(octets(foldLine(accents).split('\r\n')[0]!)).toBe(74);
    expect(foldLine(emoji).split('\r\n')[0]).toBe(`SUMMARY:a${'😀'.repeat(16)}`);
  });
});

describe('formatUtc', () => {
  it('writes a UTC DATE-TIME in basic format', () => {
    expect(formatUtc('2026-12-01T08:05:09.123Z')).toBe('20261201T080509Z');
    expect(formatUtc('2026-03-29T03:00:00+02:00')).toBe('20260329T010000Z');
  });
});

describe('formatCalendar', () => {
  const event: CalendarEvent = {
    uid: '0190-variant@presence.example',
    stamp: '2026-11-28T10:00:00.000Z',
    start: '2026-12-01T08:00:00.000Z',
    durationMinutes: 15,
    summary: '[mastodon @alice@example.social] Launch, day 1',
    description: 'Line one;\nline two, with a \\ backslash',
    url: 'https://example.social/@alice/1',
    status: 'CONFIRMED',
  };

  it('writes a VCALENDAR with CRLF line ends only', () => {
    const text = formatCalendar({
      prodId: '-//Presence//Calendar feed//EN',
      name: 'Acme, Inc.',
      events: [event],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(text).split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Presence//Calendar feed//EN',
    ]);
    expect(lines).toContain('X-WR-CALNAME:Acme\\, Inc.');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    const begin = lines.indexOf('BEGIN:VEVENT');
    const end = lines.indexOf('END:VEVENT');
    expect(lines.slice(begin, end + 1)).toEqual([
      'BEGIN:VEVENT',
      'UID:0190-variant@presence.example',
      'DTSTAMP:20261128T100000Z',
      'DTSTART:20261201T080000Z',
      'DURATION:PT15M',
      'SUMMARY:[mastodon @alice@example.social] Launch\\, day 1',
      'DESCRIPTION:Line one\\;\\nline two\\, with a \\\\ backslash',
      'URL:https://example.social/@alice/1',
      'STATUS:CONFIRMED',
      'END:VEVENT',
    ]);
  });

  it('omits URL when there is none and writes CANCELLED', () => {
    const text = formatCalendar({
      prodId: 'x',
      name: 'n',
      events: [{ ...event, url: null, status: 'CANCELLED' }],
    });
    expect(text).not.toContain('URL:');
    expect(text).toContain('STATUS:CANCELLED\r\n');
  });

  it('writes an empty calendar without events', () => {
    const text = formatCalendar({ prodId: 'x', name: 'n', events: [] });
    expect(text).not.toContain('VEVENT');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  });

  it('folds every long line of a long multi-byte description', () => {
    const text = formatCalendar({
      prodId: 'x',
      name: 'n',
      events: [{ ...event, description: `Été 🌞 à Paris, ${'très '.repeat(80)}\nfin` }],
    });
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain(`DESCRIPTION:Été 🌞 à Paris\\, ${'très '.repeat(80)}\\nfin`);
  });
});

import { describe, expect, it } from 'vitest';
import { auditCsv, csvCell, csvRow } from './audit.csv.js';
import type { AuditEntryView } from './audit.schemas.js';

async function collect(gen: AsyncGenerator<string>): Promise<string> {
  let out = '';
  for await (const chunk of gen) out += chunk;
  return out;
}

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Boulangerie Dupont')).toBe('Boulangerie Dupont');
    expect(csvCell('Élodie Müller')).toBe('Élodie Müller');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it.each(['=1+1', '+33 1 23', '-2', '@SUM(A1)', '\tTAB', '\rCR', '=HYPERLINK("http://x","y")'])(
    'neutralises a formula start in %j with a leading apostrophe',
    (value) => {
      const cell = csvCell(value);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted).toBe(`'${value}`);
    },
  );

  it('does not touch a formula character later in the text', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('user@example.test')).toBe('user@example.test');
  });

  it('writes null as empty, numbers and booleans as text, objects as JSON', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(false)).toBe('false');
    expect(csvCell({ name: 'A', n: 1 })).toBe('"{""name"":""A"",""n"":1}"');
  });

  it('guards JSON that starts like a formula too', () => {
    expect(csvCell(['=x'])).toBe('"[""=x""]"');
    expect(csvCell(-5)).toBe("'-5");
  });
});

describe('csvRow and auditCsv', () => {
  it('ends records with CRLF', () => {
    expect(csvRow(['a', 'b,c'])).toBe('a,"b,c"\r\n');
  });

  it('writes a BOM, the header, then one row per entry', async () => {
    const entry: AuditEntryView = {
      id: 'id-1',
      actorUserId: 'u-1',
      actorLabel: '=cmd|calc',
      action: 'workspace.updated',
      objectType: 'workspace',
      objectId: 'w-1',
      summary: 'Updated settings: name',
      before: { name: 'Old' },
      after: { name: 'New, "quoted"' },
      ip: '127.0.0.1',
      createdAt: '2026-01-15T09:00:00.000Z',
    };
    async function* one() {
      yield entry;
    }
    const text = await collect(auditCsv(one()));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row, end] = text.slice(1).split('\r\n');
    expect(header).toBe(
      'createdAt,actorLabel,actorUserId,action,objectType,objectId,summary,before,after,ip,id',
    );
    expect(row).toBe(
      `2026-01-15T09:00:00.000Z,'=cmd|calc,u-1,workspace.updated,workspace,w-1,Updated settings: name,"{""name"":""Old""}","{""name"":""New, \\""quoted\\""""}",127.0.0.1,id-1`,
    );
    expect(end).toBe('');
  });
});

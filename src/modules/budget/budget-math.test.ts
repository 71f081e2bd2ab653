import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  formatAmount,
  parseAmount,
  staffCosts,
  staffTimeCost,
  summarise,
  type LineFigures,
} from './budget-math.js';
import { CsvProblem, parseCsv, readRecords } from './csv.js';

const line = (p: Partial<LineFigures>): LineFigures => ({
  id: 'l',
  objectiveId: null,
  category: 'other',
  month: '2026-03',
  planned: 0,
  committed: 0,
  actual: 0,
  ...p,
});

describe('budget arithmetic', () => {
  it('computes staff time as hours × hourly rate, rounded once', () => {
    expect(staffTimeCost(12.5, 4500)).toBe(56250);
    expect(staffTimeCost(0.1, 3333)).toBe(333);
    expect(staffTimeCost(1 / 3, 100)).toBe(33);
  });

  it('gives variance per line, per objective and in total in integer minor units', () => {
    const s = summarise([
      line({ id: 'a', objectiveId: 'o1', planned: 100000, committed: 50000, actual: 120010 }),
      line({ id: 'b', objectiveId: 'o1', planned: 20000, actual: 5000, month: '2026-04', category: 'tools' }),
      line({ id: 'c', objectiveId: null, planned: 1, actual: 2 }),
    ]);
    expect(s.lines.map((l) => l.variance)).toEqual([20010, -15000, 1]);
    expect(s.byObjective).toEqual([
      {
        objectiveId: 'o1',
        planned: 120000,
        committed: 50000,
        actual: 125010,
        variance: 5010,
        consumedPercent: 104,
      },
      { objectiveId: null, planned: 1, committed: 0, actual: 2, variance: 1, consumedPercent: 200 },
    ]);
    expect(s.byMonth.map((m) => m.month)).toEqual(['2026-03', '2026-04']);
    expect(s.total).toMatchObject({ planned: 120001, actual: 125012, variance: 5011 });
    expect(summarise([]).total.consumedPercent).toBeNull();
  });

  it('parses and writes decimal amounts without floating point', () => {
    expect(parseAmount('1234.5', 2)).toBe(123450);
    expect(parseAmount('1 234,56', 2)).toBe(123456);
    expect(parseAmount('-0.07', 2)).toBe(-7);
    expect(parseAmount('19.999', 2)).toBeNull();
    expect(parseAmount('12abc', 2)).toBeNull();
    expect(parseAmount('500', 0)).toBe(500);
    expect(parseAmount('1,240.50', 2)).toBe(124050);
    expect(parseAmount('1.240,50', 2)).toBe(124050);
    expect(parseAmount('-12,345,678.9', 2)).toBe(-1234567890);
    expect(parseAmount('1,240,000', 0)).toBe(1240000);
    expect(parseAmount('1,240', 2)).toBeNull();
    expect(parseAmount('1,24.50', 2)).toBeNull();
    expect(formatAmount(123450, 2)).toBe('1234.50');
    expect(formatAmount(-7, 2)).toBe('-0.07');
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
  });
});

describe('CSV reading', () => {
  it('reads quotes, doubled quotes, CRLF, BOM and semicolons', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
    expect(parseCsv('a;b\n1,5;2\n')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });

  it('names a missing column and an unclosed quote', () => {
    const cols = { amount: { aliases: ['Amount'], required: true } };
    expect(() => readRecords('date\n2026-01-01\n', cols)).toThrow(CsvProblem);
    try {
      readRecords('date\n2026-01-01\n', cols);
    } catch (e) {
      expect(e).toMatchObject({ row: 1, column: 'Amount' });
    }
    expect(() => parseCsv('a\n"open')).toThrow('never closed');
    const [r] = readRecords('AMOUNT , x\n 12 ,y\n', cols);
    expect(r!.row).toBe(2);
    expect(r!.get('amount')).toBe('12');
  });
});

describe('staffCosts', () => {
  it('prices planned hours by cost model', () => {
    const s = staffCosts([
      { resourceId: 'a', name: 'Ana', costModel: 'hourly', amount: 4500, hours: 10.333 },
      { resourceId: 'b', name: 'Agency', costModel: 'monthly_fee', amount: 250000, hours: 3 },
      { resourceId: 'c', name: 'Intern', costModel: 'none', amount: 0, hours: 40 },
    ]);
    expect(s.people.map((p) => [p.hours, p.cost])).toEqual([
      [10.33, 46499],
      [3, 250000],
      [40, 0],
    ]);
    expect(s.total).toBe(296499);
  });
});

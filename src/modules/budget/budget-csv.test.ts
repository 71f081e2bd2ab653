import { describe, expect, it } from 'vitest';
import { expensesCsv, linesCsv, parseExpensesCsv, parseLinesCsv, type ImportContext } from './budget-csv.js';
import { campaignRatios, parseCampaignsCsv } from './campaign-csv.js';

const ctx: ImportContext = {
  currency: 'EUR',
  digits: 2,
  objectives: [{ id: 'o1', title: 'Leads' }],
  actions: [{ id: 'a1', title: 'Webinar' }],
  lineIds: new Set(['l1']),
  expenseIds: new Set(['e1']),
};

describe('budget lines CSV', () => {
  it('reads lines with references by title and round-trips its own export', () => {
    const [l] = parseLinesCsv(
      'month,category,label,objective,action,planned\n2026-05,Tools,Canva,leads,Webinar,12.5\n',
      ctx,
    );
    expect(l).toMatchObject({
      row: 2,
      category: 'tools',
      objectiveId: 'o1',
      actionId: 'a1',
      planned: 1250,
      committed: 0,
    });
    const text = linesCsv(
      [
        {
          id: 'l1',
          month: '2026-05',
          category: 'tools',
          label: 'Canva',
          objectiveId: 'o1',
          actionId: null,
          planned: 1250,
          committed: 0,
          actualEntered: 0,
          expensesTotal: 1500,
          variance: 250,
          currency: 'EUR',
          notes: '',
        },
      ],
      ctx,
      2,
    );
    expect(text).toContain('l1,2026-05,tools,Canva,o1,Leads,,,12.50,0.00,0.00,15.00,2.50,EUR,');
    expect(parseLinesCsv(text, ctx)[0]).toMatchObject({ id: 'l1', planned: 1250 });
  });

  it.each([
    ['month,category,label,planned\n2026-5,tools,x,1\n', 'month'],
    ['month,category,label,planned\n2026-05,tools,x,1.234\n', 'planned'],
    ['month,category,label,planned\n2026-05,tools,x,-1\n', 'planned'],
    ['month,category,label,planned,currency\n2026-05,tools,x,1,USD\n', 'currency'],
    ['month,category,label,planned,objective\n2026-05,tools,x,1,Unknown\n', 'objective'],
    ['id,month,category,label,planned\nl9,2026-05,tools,x,1\n', 'id'],
    ['month,category,label,planned\n2026-05,tools,,1\n', 'label'],
  ])('names the column of a bad cell (%#)', (text, column) => {
    expect(() => parseLinesCsv(text, ctx)).toThrow(expect.objectContaining({ row: 2, column }));
  });
});

describe('expenses CSV', () => {
  it('skips recorded ids, reads negative amounts, and exports what it reads', () => {
    const { rows, skipped } = parseExpensesCsv(
      'id,date,supplier,amount\ne1,2026-01-01,A,1\n,2026-01-02,B,-3.5\n',
      ctx,
    );
    expect(skipped).toBe(1);
    expect(rows).toEqual([
      { row: 3, date: '2026-01-02', supplier: 'B', amount: -350, lineId: null, description: '' },
    ]);
    const text = expensesCsv(
      [
        {
          id: 'e2',
          date: '2026-01-02',
          supplier: 'B',
          amount: -350,
          currency: 'EUR',
          lineId: null,
          description: '',
          attachment: null,
        },
      ],
      2,
    );
    // The export guards the minus sign against formula injection; the import reads it back.
    expect(text).toContain("'-3.50");
    expect(parseExpensesCsv(text, ctx).rows[0]!.amount).toBe(-350);
  });
});

describe('ads-manager CSV', () => {
  it('reads Meta-style headers with a currency suffix and thousands separators', () => {
    const [c] = parseCampaignsCsv(
      'Campaign name;Reporting starts;Reporting ends;Amount spent (EUR);Impressions;Link clicks;Results\nA;2026-03-01;2026-03-31;1 200,50;12 000;300;4\n',
      2,
      'EUR',
    );
    expect(c).toMatchObject({
      name: 'A',
      spend: 120050,
      impressions: 12000,
      clicks: 300,
      conversions: 4,
      externalId: null,
    });
  });

  it('refuses duplicates, reversed periods and bad numbers with their row and column', () => {
    const head = 'Campaign name,Campaign ID,Start date,End date,Spend,Clicks\n';
    expect(() =>
      parseCampaignsCsv(`${head}A,1,2026-03-01,2026-03-31,1,2\nB,1,2026-03-01,2026-03-31,1,2\n`, 2, 'EUR'),
    ).toThrow(expect.objectContaining({ row: 3, column: 'campaign id' }));
    expect(() => parseCampaignsCsv(`${head}A,1,2026-03-31,2026-03-01,1,2\n`, 2, 'EUR')).toThrow(
      expect.objectContaining({ row: 2, column: 'reporting ends' }),
    );
    expect(() => parseCampaignsCsv(`${head}A,1,03/01/2026,2026-03-31,1,2\n`, 2, 'EUR')).toThrow(
      expect.objectContaining({ column: 'reporting starts' }),
    );
    expect(() => parseCampaignsCsv(`${head}A,1,2026-03-01,2026-03-31,1,2.5\n`, 2, 'EUR')).toThrow(
      expect.objectContaining({ column: 'clicks' }),
    );
  });

  it('computes ratios without dividing by zero', () => {
    expect(
      campaignRatios({ spend: 10000, impressions: 0, clicks: 0, conversions: 0, conversionValue: 0 }),
    ).toEqual({ ctr: null, cpc: null, cpa: null, cpm: null, roas: 0 });
    expect(
      campaignRatios({ spend: 0, impressions: 1000, clicks: 10, conversions: 1, conversionValue: 5 }),
    ).toMatchObject({ ctr: 0.01, cpc: 0, roas: null });
  });
});

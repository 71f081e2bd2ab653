import { parseAmount } from './budget-math.js';
import { CsvProblem, readRecords, type CsvRecord } from './csv.js';

/**
 * Sponsored-campaign results from an ads manager's CSV export. Column names of the common exports
 * (Meta Ads Manager, LinkedIn Campaign Manager, X Ads, Google Ads) are accepted as aliases; the list is
 * in docs/budget-csv.md. Pure: returns rows or throws a CsvProblem naming the row and column.
 */

export const CAMPAIGN_COLUMNS: Record<string, { aliases: string[]; required: boolean }> = {
  name: { aliases: ['campaign name', 'campaign', 'nom de la campagne', 'campagne'], required: true },
  externalId: { aliases: ['campaign id', 'campaign_id', 'id de la campagne'], required: false },
  startDate: {
    aliases: ['reporting starts', 'start date', 'start', 'début des rapports', 'date de début'],
    required: true,
  },
  endDate: {
    aliases: ['reporting ends', 'end date', 'end', 'fin des rapports', 'date de fin'],
    required: true,
  },
  spend: {
    aliases: ['amount spent', 'spend', 'total spent', 'cost', 'montant dépensé', 'dépenses'],
    required: true,
  },
  budget: { aliases: ['budget', 'campaign budget', 'total budget', 'budget total'], required: false },
  impressions: { aliases: ['impressions'], required: false },
  clicks: { aliases: ['clicks', 'link clicks', 'clics', 'clics sur un lien'], required: false },
  conversions: { aliases: ['conversions', 'results', 'résultats'], required: false },
  conversionValue: {
    aliases: [
      'conversion value',
      'purchases conversion value',
      'total conversion value',
      'valeur de conversion',
    ],
    required: false,
  },
};

export interface ParsedCampaign {
  row: number;
  name: string;
  externalId: string | null;
  startDate: string;
  endDate: string;
  budget: number;
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  conversionValue: number;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A header-named column shown the way the file spells it, for error messages. */
const shown = (key: string) => CAMPAIGN_COLUMNS[key]!.aliases[0]!;

function count(r: CsvRecord, key: string): number {
  const raw = r.get(key).replace(/[\s\u00a0\u202f]/g, '');
  if (raw === '') return 0;
  const plain = /^\d{1,3}(,\d{3})+$/.test(raw) ? raw.replace(/,/g, '') : raw;
  if (!/^\d+$/.test(plain) || !Number.isSafeInteger(Number(plain))) {
    throw new CsvProblem(r.row, shown(key), `"${r.get(key)}" is not a whole number`);
  }
  return Number(plain);
}

function money(r: CsvRecord, key: string, digits: number, currency: string): number {
  const raw = r.get(key);
  if (raw === '') return 0;
  const v = parseAmount(raw, digits);
  if (v === null || v < 0) {
    throw new CsvProblem(
      r.row,
      shown(key),
      `"${raw}" is not an amount in ${currency} (use 1234.56, at most ${digits} decimals)`,
    );
  }
  return v;
}

function date(r: CsvRecord, key: string): string {
  const v = r.get(key);
  if (!ISO_DATE.test(v)) throw new CsvProblem(r.row, shown(key), `"${v}" is not a date: use YYYY-MM-DD`);
  return v;
}

/** Reads an ads-manager export; every row must be valid or nothing is returned. */
export function parseCampaignsCsv(text: string, digits: number, currency: string): ParsedCampaign[] {
  const records = readRecords(text, CAMPAIGN_COLUMNS, 5_000);
  const seen = new Set<string>();
  return records.map((r) => {
    const name = r.get('name');
    if (name === '' || name.length > 200)
      throw new CsvProblem(r.row, shown('name'), 'The campaign name must have 1 to 200 characters');
    const externalId = r.get('externalId') || null;
    const key = externalId ?? `name:${name}`;
    if (seen.has(key))
      throw new CsvProblem(
        r.row,
        shown(externalId ? 'externalId' : 'name'),
        `Campaign "${externalId ?? name}" appears twice in the file`,
      );
    seen.add(key);
    const startDate = date(r, 'startDate');
    const endDate = date(r, 'endDate');
    if (endDate < startDate)
      throw new CsvProblem(r.row, shown('endDate'), 'The end date is before the start date');
    return {
      row: r.row,
      name,
      externalId,
      startDate,
      endDate,
      budget: money(r, 'budget', digits, currency),
      spend: money(r, 'spend', digits, currency),
      impressions: count(r, 'impressions'),
      clicks: count(r, 'clicks'),
      conversions: count(r, 'conversions'),
      conversionValue: money(r, 'conversionValue', digits, currency),
    };
  });
}

/** Ratios of a campaign's results; null where the divisor is zero. Money ratios stay in minor units. */
export function campaignRatios(c: {
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  conversionValue: number;
}) {
  const div = (a: number, b: number) => (b === 0 ? null : a / b);
  return {
    ctr: div(c.clicks, c.impressions),
    cpc: c.clicks === 0 ? null : Math.round(c.spend / c.clicks),
    cpa: c.conversions === 0 ? null : Math.round(c.spend / c.conversions),
    cpm: c.impressions === 0 ? null : Math.round((c.spend * 1000) / c.impressions),
    roas: div(c.conversionValue, c.spend),
  };
}

import { csvRow } from '../audit/audit.csv.js';
import { BUDGET_CATEGORIES, formatAmount, parseAmount, type BudgetCategory } from './budget-math.js';
import { CsvProblem, readRecords, type CsvRecord } from './csv.js';

/**
 * CSV of budget lines and expenses: the export writes the columns the import reads (docs/budget-csv.md),
 * so a spreadsheet round trip works. Parsing is pure: it returns plain rows or throws a CsvProblem that
 * names the row and column, and the caller writes nothing unless the whole file is good.
 */

export const LINE_COLUMNS = [
  'id',
  'month',
  'category',
  'label',
  'objective_id',
  'objective',
  'action_id',
  'action',
  'planned',
  'committed',
  'actual',
  'expenses',
  'variance',
  'currency',
  'notes',
] as const;
export const EXPENSE_COLUMNS = [
  'id',
  'date',
  'supplier',
  'amount',
  'currency',
  'line_id',
  'description',
  'attachment',
] as const;

export interface Reference {
  id: string;
  title: string;
}

export interface ImportContext {
  currency: string;
  digits: number;
  objectives: Reference[];
  actions: Reference[];
  lineIds: Set<string>;
  expenseIds: Set<string>;
}

export interface ParsedLine {
  row: number;
  id: string | null;
  month: string;
  category: BudgetCategory;
  label: string;
  objectiveId: string | null;
  actionId: string | null;
  planned: number;
  committed: number;
  actual: number;
  notes: string;
}

export interface ParsedExpense {
  row: number;
  date: string;
  supplier: string;
  amount: number;
  lineId: string | null;
  description: string;
}

const col = (aliases: string[], required = false) => ({ aliases, required });

function money(
  r: CsvRecord,
  column: string,
  ctx: ImportContext,
  required: boolean,
  allowNegative = false,
): number {
  // Our own export prefixes a leading minus with an apostrophe (formula-injection guard): undo it.
  const text = r.get(column).replace(/^'/, '');
  if (text === '') {
    if (required) throw new CsvProblem(r.row, column, `${column} is empty`);
    return 0;
  }
  const v = parseAmount(text, ctx.digits);
  if (v === null)
    throw new CsvProblem(
      r.row,
      column,
      `"${text}" is not an amount in ${ctx.currency} (use 1234.56, at most ${ctx.digits} decimals)`,
    );
  if (v < 0 && !allowNegative) throw new CsvProblem(r.row, column, `${column} cannot be negative`);
  return v;
}

function currency(r: CsvRecord, ctx: ImportContext): void {
  const c = r.get('currency');
  if (c !== '' && c.toUpperCase() !== ctx.currency) {
    throw new CsvProblem(
      r.row,
      'currency',
      `Amounts must be in the workspace currency ${ctx.currency}, not ${c}`,
    );
  }
}

/** Resolves a reference given by id (preferred) or by exact title, case-insensitively. */
function reference(
  r: CsvRecord,
  idCol: string,
  titleCol: string,
  list: Reference[],
  what: string,
): string | null {
  const id = r.get(idCol);
  if (id !== '') {
    if (!list.some((x) => x.id === id)) throw new CsvProblem(r.row, idCol, `No ${what} with id ${id}`);
    return id;
  }
  const title = r.get(titleCol);
  if (title === '') return null;
  const found = list.filter((x) => x.title.trim().toLowerCase() === title.toLowerCase());
  if (found.length !== 1) {
    throw new CsvProblem(
      r.row,
      titleCol,
      found.length ? `Several ${what}s are titled "${title}": use ${idCol}` : `No ${what} titled "${title}"`,
    );
  }
  return found[0]!.id;
}

/** Reads a budget-lines CSV. */
export function parseLinesCsv(text: string, ctx: ImportContext): ParsedLine[] {
  const records = readRecords(text, {
    id: col(['id']),
    month: col(['month', 'mois'], true),
    category: col(['category', 'catégorie', 'categorie'], true),
    label: col(['label', 'libellé', 'libelle'], true),
    objective_id: col(['objective_id']),
    objective: col(['objective', 'objectif']),
    action_id: col(['action_id']),
    action: col(['action']),
    planned: col(['planned', 'prévu', 'prevu'], true),
    committed: col(['committed', 'engagé', 'engage']),
    actual: col(['actual', 'réel', 'reel']),
    currency: col(['currency', 'devise']),
    notes: col(['notes']),
  });
  const seen = new Set<string>();
  return records.map((r) => {
    const id = r.get('id') || null;
    if (id !== null) {
      if (!ctx.lineIds.has(id))
        throw new CsvProblem(r.row, 'id', `No budget line with id ${id} (leave id empty to add a line)`);
      if (seen.has(id)) throw new CsvProblem(r.row, 'id', `Line ${id} appears twice in the file`);
      seen.add(id);
    }
    const month = r.get('month');
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
      throw new CsvProblem(r.row, 'month', `"${month}" is not a month: use YYYY-MM`);
    const category = r.get('category').toLowerCase();
    if (!(BUDGET_CATEGORIES as readonly string[]).includes(category)) {
      throw new CsvProblem(
        r.row,
        'category',
        `"${r.get('category')}" is not a category: use one of ${BUDGET_CATEGORIES.join(', ')}`,
      );
    }
    const label = r.get('label');
    if (label === '' || label.length > 200)
      throw new CsvProblem(r.row, 'label', 'label must have 1 to 200 characters');
    currency(r, ctx);
    return {
      row: r.row,
      id,
      month,
      category: category as BudgetCategory,
      label,
      objectiveId: reference(r, 'objective_id', 'objective', ctx.objectives, 'objective'),
      actionId: reference(r, 'action_id', 'action', ctx.actions, 'plan action'),
      planned: money(r, 'planned', ctx, true),
      committed: money(r, 'committed', ctx, false),
      actual: money(r, 'actual', ctx, false),
      notes: r.get('notes').slice(0, 2000),
    };
  });
}

/** Reads an expenses CSV; rows whose id is already recorded are left out (an export read back in). */
export function parseExpensesCsv(
  text: string,
  ctx: ImportContext,
): { rows: ParsedExpense[]; skipped: number } {
  const records = readRecords(text, {
    id: col(['id']),
    date: col(['date'], true),
    supplier: col(['supplier', 'fournisseur'], true),
    amount: col(['amount', 'montant'], true),
    currency: col(['currency', 'devise']),
    line_id: col(['line_id']),
    description: col(['description']),
  });
  const rows: ParsedExpense[] = [];
  let skipped = 0;
  for (const r of records) {
    if (r.get('id') !== '' && ctx.expenseIds.has(r.get('id'))) {
      skipped += 1;
      continue;
    }
    const date = r.get('date');
    if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date))
      throw new CsvProblem(r.row, 'date', `"${date}" is not a date: use YYYY-MM-DD`);
    const supplier = r.get('supplier');
    if (supplier === '' || supplier.length > 200)
      throw new CsvProblem(r.row, 'supplier', 'supplier must have 1 to 200 characters');
    currency(r, ctx);
    const lineId = r.get('line_id') || null;
    if (lineId !== null && !ctx.lineIds.has(lineId))
      throw new CsvProblem(r.row, 'line_id', `No budget line with id ${lineId}`);
    rows.push({
      row: r.row,
      date,
      supplier,
      amount: money(r, 'amount', ctx, true, true),
      lineId,
      description: r.get('description').slice(0, 2000),
    });
  }
  return { rows, skipped };
}

/** The lines export: header then one record per line, amounts as decimals of the currency. */
export function linesCsv(
  lines: {
    id: string;
    month: string;
    category: string;
    label: string;
    objectiveId: string | null;
    actionId: string | null;
    planned: number;
    committed: number;
    actualEntered: number;
    expensesTotal: number;
    variance: number;
    currency: string;
    notes: string;
  }[],
  refs: { objectives: Reference[]; actions: Reference[] },
  digits: number,
): string {
  const title = (list: Reference[], id: string | null) =>
    id ? (list.find((x) => x.id === id)?.title ?? '') : '';
  return (
    csvRow(LINE_COLUMNS) +
    lines
      .map((l) =>
        csvRow([
          l.id,
          l.month,
          l.category,
          l.label,
          l.objectiveId ?? '',
          title(refs.objectives, l.objectiveId),
          l.actionId ?? '',
          title(refs.actions, l.actionId),
          formatAmount(l.planned, digits),
          formatAmount(l.committed, digits),
          formatAmount(l.actualEntered, digits),
          formatAmount(l.expensesTotal, digits),
          formatAmount(l.variance, digits),
          l.currency,
          l.notes,
        ]),
      )
      .join('')
  );
}

/** The expenses export. */
export function expensesCsv(
  expenses: {
    id: string;
    date: string;
    supplier: string;
    amount: number;
    currency: string;
    lineId: string | null;
    description: string;
    attachment: { fileName: string } | null;
  }[],
  digits: number,
): string {
  return (
    csvRow(EXPENSE_COLUMNS) +
    expenses
      .map((e) =>
        csvRow([
          e.id,
          e.date,
          e.supplier,
          formatAmount(e.amount, digits),
          e.currency,
          e.lineId ?? '',
          e.description,
          e.attachment?.fileName ?? '',
        ]),
      )
      .join('')
  );
}

import { formatMinorMoney, planBudget } from './format.js';
import { COLORS, type CellPart, type TableCell, type TableColumn } from './pdf-layout.js';
import { note, subTitle, type DocContext } from './pdf-context.js';
import {
  budgetCategoryTable,
  budgetObjectiveTable,
  budgetPeriodText,
  coverageSentences,
  processTable,
  resourcesTable,
  workloadTable,
  workloadSentences,
  type PlainTable,
} from './org-content.js';
import { orgLabels } from './org-labels.js';

/** Column widths: the first (labels) wider than the figures. */
function columns(t: PlainTable, first: number): TableColumn[] {
  return t.headers.map((header, i) => ({
    header,
    width: i === 0 ? first : 1,
    ...(t.numeric.includes(i) ? { align: 'right' as const } : {}),
  }));
}

/** The last row of a totals table in bold. */
function withBoldLast(rows: string[][]): TableCell[][] {
  return rows.map((r, i) =>
    i === rows.length - 1 ? r.map((v): CellPart[] => [{ text: v, kind: 'bold' }]) : r,
  );
}

/** Sentences as a list, alerts in red so an overload or a gap is not missed. */
function sentences(c: DocContext, items: { text: string; alert: boolean }[]): void {
  for (const x of items) {
    const h = c.w.measure(x.text, c.w.width - 12, { size: 8.5 });
    c.w.ensure(h + 4);
    c.w.dot(c.w.left + 3, c.w.y + 4.5, 2, x.alert ? COLORS.danger : COLORS.faint);
    c.w.text(x.text, c.w.left + 12, c.w.y, c.w.width - 12, {
      size: 8.5,
      ...(x.alert ? { color: COLORS.danger } : {}),
    });
    c.w.y += h + 3;
  }
  c.w.y += 6;
}

/**
 * Step 8's organisation and budget: people and providers, the process RACI, the workload of the next
 * weeks, the inbox coverage of the coming week and the budget against the action plan's estimate.
 * Sections the caller gave no figures for are left out; empty figures say so plainly.
 */
export function organisationPdf(c: DocContext): void {
  const { w, d, s, L, locale } = c;
  const O = orgLabels(locale);
  const o = d.organisation;
  if (o) {
    subTitle(c, O.resources);
    if (o.resources.length === 0) note(c, O.noResources);
    else {
      const t = resourcesTable(o, locale);
      w.table(
        columns(t, 1.6).map((col, i) => (i === 2 ? { ...col, width: 2.2 } : col)),
        withBoldLast(t.rows),
        {
          size: 8,
        },
      );
    }
    subTitle(c, O.processRaci);
    if (o.processes.length === 0) note(c, O.noProcessRaci);
    else {
      const t = processTable(o, locale, [L.responsible, L.accountable, L.consulted, L.informed]);
      w.table(columns(t, 1.5), t.rows, { size: 8 });
    }
    w.ensure(Math.min(300, 50 + (o.workload.people.length + 1) * 18));
    subTitle(c, O.workload(o.workload.weeks.length));
    if (o.workload.people.length === 0) note(c, O.noWorkloadPeople);
    else {
      const t = workloadTable(o, locale);
      const rows: TableCell[][] = t.rows.map((r, i) =>
        r.map((v, j): TableCell =>
          t.over[i]?.[j]
            ? [{ text: v, kind: 'bold', color: COLORS.danger }]
            : j === 0
              ? [{ text: v, kind: 'bold' }]
              : v,
        ),
      );
      w.table(columns(t, 1.6), rows, { size: 8 });
      sentences(c, workloadSentences(o, locale));
    }
    subTitle(c, O.coverage(o.coverage.week));
    sentences(c, coverageSentences(o, locale));
    if (o.coverage.networks.length > 0) note(c, `${O.timeZone} ${o.coverage.timeZone}.`);
  }
  const b = d.budget;
  if (b) {
    // Title, period note and the category table stay together when they fit on one page.
    w.ensure(Math.min(300, 70 + (b.byCategory.length + 2) * 18));
    subTitle(c, O.budgetTitle);
    if (b.lineCount === 0) note(c, O.noBudget);
    else {
      note(c, budgetPeriodText(b, locale));
      const t = budgetCategoryTable(b, locale, L.total);
      w.table(columns(t, 1.8), withBoldLast(t.rows), { size: 8 });
    }
    const objectives = budgetObjectiveTable(b, s, d, locale);
    if (objectives.rows.length > 0) w.table(columns(objectives, 2.2), objectives.rows, { size: 8 });
    if (b.lineCount > 0) {
      const estimate = formatMinorMoney(planBudget(s.actions).total, d.currency, locale);
      note(c, O.budgetVsPlan(formatMinorMoney(b.total.planned, b.currency, locale), estimate));
    }
  }
}

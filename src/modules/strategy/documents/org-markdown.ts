import type { StrategyDirectory, StrategySnapshot } from '../strategy.model.js';
import { formatMinorMoney, planBudget } from './format.js';
import { labels } from './labels.js';
import { table } from './md-table.js';
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
import type { Locale } from './terms.js';

const md = (t: PlainTable): string[] => table(t.headers, t.rows, t.numeric);

/**
 * Step 8's organisation and budget in Markdown: resources, process RACI, workload, coverage and the
 * budget. Nothing when the caller gave no figures; plain "nothing entered yet" lines when it gave empty ones.
 */
export function organisationMarkdown(s: StrategySnapshot, d: StrategyDirectory, locale: Locale): string[] {
  const L = labels(locale);
  const O = orgLabels(locale);
  const out: string[] = [];
  const o = d.organisation;
  if (o) {
    out.push(`### ${O.resources}`, '');
    if (o.resources.length === 0) out.push(O.noResources, '');
    else out.push(...md(resourcesTable(o, locale)));
    out.push(`### ${O.processRaci}`, '');
    if (o.processes.length === 0) out.push(O.noProcessRaci, '');
    else out.push(...md(processTable(o, locale, [L.responsible, L.accountable, L.consulted, L.informed])));
    out.push(`### ${O.workload(o.workload.weeks.length)}`, '');
    if (o.workload.people.length === 0) out.push(O.noWorkloadPeople, '');
    else {
      const t = workloadTable(o, locale);
      const rows = t.rows.map((r, i) => r.map((v, j) => (t.over[i]?.[j] ? `**${v}**` : v)));
      out.push(...table(t.headers, rows, t.numeric));
      for (const x of workloadSentences(o, locale)) out.push(`- ${x.alert ? '**!** ' : ''}${x.text}`);
      out.push('');
    }
    out.push(`### ${O.coverage(o.coverage.week)}`, '');
    for (const x of coverageSentences(o, locale)) out.push(`- ${x.alert ? '**!** ' : ''}${x.text}`);
    if (o.coverage.networks.length > 0) out.push('', `_${O.timeZone} ${o.coverage.timeZone}._`);
    out.push('');
  }
  const b = d.budget;
  if (b) {
    out.push(`### ${O.budgetTitle}`, '');
    if (b.lineCount === 0) out.push(O.noBudget, '');
    else {
      out.push(`_${budgetPeriodText(b, locale)}_`, '');
      out.push(...md(budgetCategoryTable(b, locale, L.total)));
    }
    const objectives = budgetObjectiveTable(b, s, d, locale);
    if (objectives.rows.length > 0) out.push(...md(objectives));
    if (b.lineCount > 0) {
      const estimate = formatMinorMoney(planBudget(s.actions).total, d.currency, locale);
      out.push(O.budgetVsPlan(formatMinorMoney(b.total.planned, b.currency, locale), estimate), '');
    }
  }
  return out;
}

import type { BriefingContent } from './briefing-content.js';
import { formatMinorMoney } from './format.js';
import { organisationLine } from './org-content.js';
import { orgLabels } from './org-labels.js';
import type { DocContext } from './pdf-context.js';

/**
 * The budget the briefing shows: the budget lines' planned total when any line exists in the period,
 * else the action plan's estimate; the label says which.
 */
export function budgetView(
  c: DocContext,
  k: BriefingContent,
): {
  label: string;
  total: string;
  /** Short muted lines under the total. */
  detail: string[];
  /** The split per objective, largest first, as "€1,500 · Objective". */
  parts: { objectiveId: string | null; text: string }[];
} {
  const O = orgLabels(c.locale);
  const b = c.d.budget;
  if (b && b.lineCount > 0) {
    const money = (minor: number): string => formatMinorMoney(minor, b.currency, c.locale);
    return {
      label: O.plannedBudget,
      total: money(b.total.planned),
      detail: [
        `${O.committedShort} ${money(b.total.committed)} · ${O.actualShort} ${money(b.total.actual)}`,
        `${O.planEstimate}${c.L.colon}${c.money(k.budget.total)}`,
      ],
      parts: b.byObjective
        .filter((x) => x.planned > 0)
        .sort((x, y) => y.planned - x.planned)
        .map((x) => ({
          objectiveId: x.objectiveId,
          text: `${money(x.planned)} · ${x.objectiveId === null ? O.noObjective : c.objectiveTitle(x.objectiveId)}`,
        })),
    };
  }
  return {
    label: O.estimatedBudget,
    total: c.money(k.budget.total),
    detail: k.budget.excludedCancelled ? [c.L.excludingCancelled] : [],
    parts: k.budget.byObjective.map((x) => ({
      objectiveId: x.objectiveId,
      text: `${c.money(x.minor)} · ${x.objectiveId === null ? O.noObjective : c.objectiveTitle(x.objectiveId)}`,
    })),
  };
}

/** The organisation in one line, or null when the caller gave no organisation figures. */
export function organisationText(c: DocContext): string | null {
  const o = c.d.organisation;
  if (!o) return null;
  const O = orgLabels(c.locale);
  const body = o.resources.length === 0 ? O.noResources : `${organisationLine(o, c.locale)}.`;
  return `${O.orgLabel}${c.L.colon}${body}`;
}

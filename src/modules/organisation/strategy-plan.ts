import { isoWeekMonday } from '../../core/calendar.js';
import { actionRunsInWeek, normaliseMix, type ContentFormat, type WorkItem } from './workload.js';

/** What the strategy plans, already mapped to resource ids, as plain data. */
export interface StrategyPlanInput {
  weeks: string[];
  /** Posts per week per network (the editorial line's posting frequencies). */
  frequencies: { networkId: string; postsPerWeek: number }[];
  /** Per network: the format mix of its posts and the messages expected in its inbox each week. */
  networkPlans: {
    networkId: string;
    formatMix: Partial<Record<ContentFormat, number>>;
    expectedMessagesPerWeek: number;
  }[];
  /** Responsible resources of the recurring processes ('publishing' and 'inbox' per network). */
  responsible: { process: string; networkId: string | null; resourceIds: string[] }[];
  /** Plan actions with the hours they take each week they run and their responsible resources. */
  actions: {
    id: string;
    title: string;
    startDate: string | null;
    endDate: string | null;
    hoursPerWeek: number;
    resourceIds: string[];
  }[];
}

/**
 * Turns the strategy into weekly work items: each network's posts split by its format mix, its inbox
 * replies, and the hours of each running plan action, each with the people responsible for it.
 */
export function planFromStrategy(input: StrategyPlanInput): WorkItem[] {
  const who = (process: string, networkId: string | null) =>
    input.responsible.find((r) => r.process === process && r.networkId === networkId)?.resourceIds ?? [];
  const items: WorkItem[] = [];
  for (const week of input.weeks) {
    for (const f of input.frequencies) {
      if (f.postsPerWeek <= 0) continue;
      const plan = input.networkPlans.find((p) => p.networkId === f.networkId);
      const mix = normaliseMix(plan?.formatMix ?? {});
      for (const [format, share] of Object.entries(mix) as [ContentFormat, number][]) {
        items.push({
          week,
          cause: { kind: 'publishing', networkId: f.networkId, format },
          quantity: f.postsPerWeek * share,
          responsibleIds: who('publishing', f.networkId),
        });
      }
    }
    for (const p of input.networkPlans) {
      if (p.expectedMessagesPerWeek <= 0) continue;
      items.push({
        week,
        cause: { kind: 'inbox', networkId: p.networkId, format: 'reply' },
        quantity: p.expectedMessagesPerWeek,
        responsibleIds: who('inbox', p.networkId),
      });
    }
    const monday = isoWeekMonday(week);
    for (const a of input.actions) {
      if (a.hoursPerWeek <= 0 || !actionRunsInWeek(monday, a.startDate, a.endDate)) continue;
      items.push({
        week,
        cause: { kind: 'action', actionId: a.id, label: a.title },
        hours: a.hoursPerWeek,
        responsibleIds: a.resourceIds,
      });
    }
  }
  return items;
}

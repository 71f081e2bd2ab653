import { allFigures, type ReportData } from './report-data.js';
import { metricName, riskLabel, unavailableText } from './report-format.js';
import { reportLabels } from './report-labels.js';

/**
 * The report's list of figures it cannot give, in words: a workspace metric without a value and why,
 * a network that does not report engagements or impressions ("not reported by Mastodon"), partial
 * coverage. Shown at the end of the PDF so a missing figure is explained, never read as 0.
 */
export function unavailableNotes(d: ReportData): string[] {
  const L = reportLabels(d.lang);
  const out: string[] = [];
  for (const v of allFigures(d.current)) {
    if (v.value === null)
      out.push(`${metricName(v.metric, d.lang)}${L.colon}${unavailableText(v, L) || '—'}`);
    else if (v.coverage && v.coverage.reported < v.coverage.of) {
      out.push(`${metricName(v.metric, d.lang)}${L.colon}${L.coverage(v.coverage.reported, v.coverage.of)}`);
    } else {
      for (const n of v.notes) {
        const text = unavailableText({ ...v, unavailable: undefined, notes: [n] }, L);
        if (text) out.push(`${metricName(v.metric, d.lang)}${L.colon}${text}`);
      }
    }
  }
  for (const n of d.networks) {
    if (n.posts === 0) continue;
    if (n.engagements === null) out.push(L.notReportedBy(L.engagements, n.label));
    if (n.impressions === null) out.push(L.notReportedBy(L.impressions, n.label));
  }
  for (const o of d.objectives) {
    for (const c of o.cards) {
      if (c.current.value !== null || !c.current.unavailable) continue;
      out.push(`${o.title} · ${c.name}${L.colon}${unavailableText(c.current, L)}`);
    }
  }
  for (const r of d.roni.estimate.risks) {
    if (r.unavailable)
      out.push(`${L.roniTitle} · ${riskLabel(r, d.lang)}${L.colon}${L.reasons.needs_assumption}`);
  }
  return [...new Set(out)];
}

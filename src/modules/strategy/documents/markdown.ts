import type { StrategyDirectory, StrategySnapshot } from '../strategy.model.js';
import { findMetric } from '../metrics.catalogue.js';
import { networkName } from '../catalogue/networks.js';
import { recommendNetworks } from '../recommendation.js';
import { obstacleHeatmap } from '../obstacles/heatmap.js';
import {
  ACTION_STATUS_TERMS,
  CHANNEL_TERMS,
  INDICATOR_KIND_TERMS,
  OBSTACLE_FAMILY_TERMS,
  OBSTACLE_STATUS_TERMS,
  PRIORITY_TERMS,
  SEGMENT_TERMS,
  term,
  type Locale,
} from './terms.js';
import { labels } from './labels.js';
import {
  formatAges,
  formatDate,
  formatGeneratedAt,
  formatIndicatorValue,
  formatMinorMoney,
  formatPeriod,
  peopleNames,
  personName,
  planBudget,
  versionLine,
  type RenderOptions,
} from './format.js';
import { objectiveTypeLabel, scaleFactLine } from './shared.js';
import { table } from './md-table.js';
import { organisationMarkdown } from './org-markdown.js';

function list(items: readonly string[], empty: string): string {
  return items.length === 0 ? empty : items.join(', ');
}

/** The whole strategy as Markdown: overview, the nine steps and the action plan. */
export function renderStrategyMarkdown(
  s: StrategySnapshot,
  directory: StrategyDirectory,
  opts: RenderOptions,
): string {
  const locale: Locale = opts.locale;
  const L = labels(locale);
  const c = L.colon;
  const money = (minor: number): string => formatMinorMoney(minor, directory.currency, locale);
  const objectiveTitle = (id: string | null): string => s.objectives.find((o) => o.id === id)?.title ?? '—';
  const actionTitle = (id: string | null): string => s.actions.find((a) => a.id === id)?.title ?? '—';
  const chosen = s.networkChoices.filter((c) => c.chosen);
  const budget = planBudget(s.actions);
  const out: string[] = [];

  out.push(`# ${s.title || L.documentTitle}`, '');
  out.push(
    `**${directory.workspaceName}** · ${L.documentTitle} · ${versionLine(opts.versionLabel, locale)} · ${L.generatedOn} ${formatGeneratedAt(opts.generatedAt, locale)}`,
    '',
  );
  out.push(`## ${L.overview}`, '', s.summary || L.notSet, '');
  out.push(
    ...table(
      [L.objectives, L.audiences, L.networks, L.actions, L.budgetEstimate],
      [
        [
          String(s.objectives.length),
          String(s.audiences.length),
          list(
            chosen.map((c) => networkName(c.networkId)),
            L.none,
          ),
          String(s.actions.length),
          money(budget.total),
        ],
      ],
    ),
  );

  const step = (n: number): void => {
    out.push(`## ${n}. ${L.steps[n - 1]}`, '', `_${L.stepIntros[n - 1]}_`, '');
  };

  step(1);
  for (const o of s.objectives) {
    out.push(`### ${o.title}`, '');
    out.push(
      `${L.type}${c}${objectiveTypeLabel(o, locale)} · ${L.priority}${c}${term(PRIORITY_TERMS, locale, o.priority)} · ${L.period}${c}${formatPeriod(o.periodStart, o.periodEnd, locale)}`,
      '',
    );
    if (o.description) out.push(o.description, '');
  }

  step(2);
  for (const a of s.audiences) {
    out.push(`### ${a.name}`, '');
    const meta = [term(SEGMENT_TERMS, locale, a.segment)];
    const ages = formatAges(a.ageMin, a.ageMax, locale);
    if (ages) meta.push(`${L.ages}${c}${ages}`);
    if (a.places.length) meta.push(`${L.places}${c}${a.places.join(', ')}`);
    if (a.languages.length) meta.push(`${L.languages}${c}${a.languages.join(', ')}`);
    out.push(meta.join(' · '), '');
    if (a.description) out.push(a.description, '');
    out.push(`- ${L.interests}${c}${list(a.interests, L.none)}`);
    out.push(`- ${L.needs}${c}${list(a.needs, L.none)}`);
    out.push(`- ${L.pains}${c}${list(a.pains, L.none)}`);
    out.push(`- ${L.presentOn}${c}${list(a.presentOn.map(networkName), L.notSet)}`);
    out.push(`- ${L.serves}${c}${list(a.objectiveIds.map(objectiveTitle), L.none)}`, '');
  }

  step(3);
  for (const e of s.existingActions) {
    out.push(
      `- **${e.name}** (${term(CHANNEL_TERMS, locale, e.channel)}; ${e.frequency || L.notSet}; ${L.owner}${c}${e.owner || L.notSet}) — ${e.description || L.notSet} ${L.serves}${c}${list(e.objectiveIds.map(objectiveTitle), L.none)}.`,
    );
  }
  out.push('');

  step(4);
  for (const o of s.objectives) {
    const rows = s.valueAdded.filter((v) => v.objectiveId === o.id);
    if (rows.length === 0) continue;
    out.push(`### ${o.title}`, '');
    for (const v of rows) {
      const complements = v.complementsExistingActionIds
        .map((id) => s.existingActions.find((e) => e.id === id)?.name)
        .filter((x): x is string => Boolean(x));
      const suffix = complements.length ? ` _(${L.complements}${c}${complements.join(', ')})_` : '';
      out.push(`- **${networkName(v.networkId)}** — ${v.statement}${suffix}`);
    }
    out.push('');
  }

  step(5);
  const scores = new Map(recommendNetworks(s).map((r) => [r.networkId, r.score]));
  out.push(
    ...table(
      [L.network, L.decision, L.recommendation, L.rationale],
      s.networkChoices.map((c) => [
        networkName(c.networkId),
        c.chosen ? L.chosen : L.notChosen,
        `${scores.get(c.networkId) ?? '—'}/100`,
        `${c.rationale} ${c.chosen ? scaleFactLine(c.networkId, locale) : ''}`,
      ]),
    ),
  );

  step(6);
  const e = s.editorialLine;
  out.push(`**${L.tone}.** ${e.tone || L.notSet}`, '', `**${L.image}.** ${e.image || L.notSet}`, '');
  out.push(`### ${L.pillars}`, '');
  out.push(
    ...table(
      [L.pillar, L.share, L.description],
      e.pillars.map((p) => [
        `${p.name}${p.sensitive ? ` (${L.sensitive})` : ''}`,
        `${p.targetShare} %`,
        p.description,
      ]),
    ),
  );
  out.push(`- ${L.formats}${c}${list(e.formats, L.notSet)}`);
  out.push(
    `- ${L.postingFrequency}${c}${list(
      e.frequencies.map((f) => `${networkName(f.networkId)} ${f.postsPerWeek} ${L.postsPerWeek}`),
      L.notSet,
    )}`,
  );
  out.push(`- ${L.dos}${c}${list(e.dos, L.none)}`);
  out.push(`- ${L.donts}${c}${list(e.donts, L.none)}`);
  out.push(`- ${L.wordsToAvoid}${c}${list(e.wordsToAvoid, L.none)}`);
  out.push(`- ${L.hashtags}${c}${list(e.requiredHashtags, L.none)}`);
  out.push(`- ${L.mentions}${c}${list(e.requiredMentions, L.none)}`);
  out.push(`- ${L.languages}${c}${list(e.languages, L.notSet)}`, '');

  step(7);
  const value = (v: number | null, unit: string): string =>
    formatIndicatorValue(v, unit, directory.currency, locale);
  for (const o of s.objectives) {
    const rows = s.indicators.filter((i) => i.objectiveId === o.id);
    if (rows.length === 0) continue;
    out.push(`### ${o.title}`, '');
    out.push(
      ...table(
        [L.indicator, L.kind, L.baseline, L.target, L.period, L.formula],
        rows.map((i) => {
          const m = findMetric(i.metric);
          const formula = m ? m.formula[locale] : i.metric;
          const source = i.targetSource ? ` ${L.targetSource}${c}${i.targetSource}.` : '';
          return [
            i.name,
            term(INDICATOR_KIND_TERMS, locale, i.kind),
            value(i.baseline, i.unit),
            value(i.target, i.unit),
            formatPeriod(i.periodStart, i.periodEnd, locale),
            `${formula}.${source}`,
          ];
        }),
      ),
    );
  }

  step(8);
  out.push(
    ...table(
      [L.action, L.responsible, L.accountable, L.consulted, L.informed],
      s.actions.map((a) => [
        a.title,
        peopleNames(a.raci.responsible, directory, locale),
        personName(a.raci.accountable, directory, locale),
        a.raci.consulted.length ? peopleNames(a.raci.consulted, directory, locale) : '—',
        a.raci.informed.length ? peopleNames(a.raci.informed, directory, locale) : '—',
      ]),
    ),
  );
  const missing = s.actions.filter(
    (a) => a.raci.responsible.length === 0 || a.raci.accountable === null,
  ).length;
  if (missing > 0) out.push(`> ${missing}/${s.actions.length} ${L.raciMissing}`, '');
  out.push(...organisationMarkdown(s, directory, locale));

  step(9);
  const number = new Map(s.obstacles.map((o, i) => [o.id, `O${i + 1}`]));
  const heat = obstacleHeatmap(s.obstacles);
  out.push(`### ${L.heatMap}`, '');
  const impactHeads = [1, 2, 3, 4, 5].map((i) => `${L.impact} ${i}`);
  out.push(
    ...table(
      [L.likelihood, ...impactHeads],
      [5, 4, 3, 2, 1].map((l) => [
        String(l),
        ...[1, 2, 3, 4, 5].map((i) => {
          const c = heat.cells[(l - 1) * 5 + (i - 1)]!;
          return c.obstacleIds.map((id) => number.get(id) ?? '').join(' ') || ' ';
        }),
      ]),
    ),
  );
  out.push(
    ...table(
      [
        '#',
        L.obstacle,
        L.action,
        L.family,
        `${L.likelihood} × ${L.impact}`,
        L.mitigation,
        L.owner,
        L.due,
        L.status,
      ],
      s.obstacles.map((o) => [
        number.get(o.id)!,
        o.description,
        actionTitle(o.actionId),
        term(OBSTACLE_FAMILY_TERMS, locale, o.family),
        `${o.likelihood} × ${o.impact} = ${o.likelihood * o.impact}`,
        o.mitigation,
        personName(o.ownerId, directory, locale),
        formatDate(o.dueDate, locale),
        term(OBSTACLE_STATUS_TERMS, locale, o.status),
      ]),
    ),
  );
  const reviewed = s.actions.filter((a) => a.noObstaclesIdentified).map((a) => a.title);
  if (reviewed.length) out.push(`- ${L.noObstacles}${c}${reviewed.join(', ')}`, '');

  out.push(`## ${L.actionPlan}`, '', `_${L.actionPlanIntro}_`, '');
  out.push(
    ...table(
      [L.action, L.objective, L.networks, L.dates, L.status, L.budget],
      [
        ...s.actions.map((a) => [
          `${a.title} — ${a.description}`,
          objectiveTitle(a.objectiveId),
          list(a.networkIds.map(networkName), L.none),
          formatPeriod(a.startDate, a.endDate, locale),
          term(ACTION_STATUS_TERMS, locale, a.status),
          money(a.budgetEstimate),
        ]),
        [
          `**${L.total}**${budget.excludedCancelled ? ` (${L.excludingCancelled})` : ''}`,
          '',
          '',
          '',
          '',
          `**${money(budget.total)}**`,
        ],
      ],
    ),
  );
  return out.join('\n');
}

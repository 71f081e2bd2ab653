import { networkName } from '../catalogue/networks.js';
import type { IndicatorKind } from '../strategy.model.js';
import { findMetric } from '../metrics.catalogue.js';
import {
  ACTION_STATUS_TERMS,
  INDICATOR_KIND_SHORT,
  OBSTACLE_FAMILY_TERMS,
  OBSTACLE_STATUS_TERMS,
  term,
} from './terms.js';
import { formatDate, formatPeriod, peopleNames, personName, planBudget } from './format.js';
import { COLORS, SERIES, riskColour, type CellPart, type TableCell } from './pdf-layout.js';
import { drawHeatMap, drawTimeline } from './pdf-charts.js';
import { note, sectionTitle, subTitle, type DocContext } from './pdf-context.js';
import { organisationPdf } from './strategy-pdf-org.js';

/** Steps 6 to 9 of the strategy PDF and the action plan. */

const muted = (text: string): CellPart => ({ text, size: 7.5, color: COLORS.muted });

/** One colour per indicator family, the same in every table and in the briefing. */
export const KIND_COLOURS: Record<IndicatorKind, string> = {
  roi: '#1f6f43',
  roa: '#0b4f8a',
  roni: '#b42318',
  process: '#6e5b00',
};

/** Step 6: tone and image side by side, the pillar mix as a bar, then the rules of the line. */
export function editorialStep(c: DocContext): void {
  const { w, s, L } = c;
  const e = s.editorialLine;
  sectionTitle(c, '6', L.steps[5]!, L.stepIntros[5]);
  const colW = (w.width - 12) / 2;
  const boxH =
    Math.max(
      w.measure(e.tone || L.notSet, colW - 20, { size: 9 }),
      w.measure(e.image || L.notSet, colW - 20, { size: 9 }),
    ) + 34;
  w.ensure(boxH + 10);
  for (const [i, [title, body]] of [
    [L.tone, e.tone],
    [L.image, e.image],
  ].entries()) {
    const x = w.left + i * (colW + 12);
    w.rect(x, w.y, colW, boxH, COLORS.panel, 5);
    w.text(title!, x + 10, w.y + 9, colW - 20, { kind: 'bold', size: 8, color: COLORS.accent });
    w.text(body || L.notSet, x + 10, w.y + 23, colW - 20, { size: 9 });
  }
  w.y += boxH + 14;

  if (e.pillars.length > 0) {
    subTitle(c, L.pillars);
    w.ensure(24);
    const total = Math.max(
      100,
      e.pillars.reduce((sum, p) => sum + p.targetShare, 0),
    );
    let x = w.left;
    e.pillars.forEach((p, i) => {
      const pw = (p.targetShare / total) * w.width;
      const colour = p.colour ?? SERIES[i % SERIES.length]!;
      w.rect(x, w.y, Math.max(0, pw - 1.5), 16, colour, 2);
      if (pw > 26)
        w.text(`${p.targetShare} %`, x, w.y + 4.5, pw, {
          kind: 'bold',
          size: 7.5,
          color: COLORS.white,
          align: 'center',
        });
      x += pw;
    });
    w.y += 24;
    w.table(
      [
        { header: L.pillar, width: 2.2 },
        { header: L.share, width: 0.9, align: 'right' },
        { header: L.description, width: 6 },
      ],
      e.pillars.map((p, i) => [
        [
          {
            text: `• ${p.name}${p.sensitive ? ` (${L.sensitive})` : ''}`,
            kind: 'bold',
            color: p.colour ?? SERIES[i % SERIES.length],
          },
        ],
        `${p.targetShare} %`,
        p.description,
      ]),
    );
  }
  const list = (items: readonly string[], empty: string): string =>
    items.length ? items.join(' · ') : empty;
  w.table(
    [
      { header: '', width: 1.6 },
      { header: '', width: 6.5 },
    ],
    [
      [L.formats, list(e.formats, L.notSet)],
      [
        L.postingFrequency,
        list(
          e.frequencies.map(
            (f) => `${networkName(f.networkId)}${L.colon}${f.postsPerWeek} ${L.postsPerWeek}`,
          ),
          L.notSet,
        ),
      ],
      [L.dos, list(e.dos, L.none)],
      [L.donts, list(e.donts, L.none)],
      [L.wordsToAvoid, list(e.wordsToAvoid, L.none)],
      [L.hashtags, list(e.requiredHashtags, L.none)],
      [L.mentions, list(e.requiredMentions, L.none)],
      [L.languages, list(e.languages, L.notSet)],
    ].map(([k, v]) => [[{ text: k!, kind: 'bold', size: 8, color: COLORS.muted }], v!] as TableCell[]),
    { header: false },
  );
}

/** Step 7: the typed indicators per objective, each with its formula and the source of its target. */
export function indicatorsStep(c: DocContext): void {
  const { w, s, L, locale } = c;
  sectionTitle(c, '7', L.steps[6]!, L.stepIntros[6]);
  for (const o of s.objectives) {
    const rows = s.indicators.filter((i) => i.objectiveId === o.id);
    if (rows.length === 0) continue;
    subTitle(c, o.title, c.objectiveColour(o.id));
    w.table(
      [
        { header: L.indicator, width: 5 },
        { header: L.kind, width: 1.3 },
        { header: L.baseline, width: 1.1, align: 'right' },
        { header: L.target, width: 2.2, align: 'right' },
      ],
      rows.map((i) => {
        const m = findMetric(i.metric);
        return [
          [
            { text: i.name, kind: 'bold' },
            muted(`${L.formula}${L.colon}${m ? m.formula[locale] : i.metric}`),
          ],
          [{ text: term(INDICATOR_KIND_SHORT, locale, i.kind), kind: 'bold', color: KIND_COLOURS[i.kind] }],
          c.value(i.baseline, i.unit),
          i.targetSource
            ? [{ text: c.value(i.target, i.unit), kind: 'bold' }, muted(i.targetSource)]
            : [{ text: c.value(i.target, i.unit), kind: 'bold' }],
        ];
      }),
    );
  }
}

/** Step 8: the RACI of every action; empty roles are shown in red so nobody misses them. */
export function rolesStep(c: DocContext): void {
  const { w, s, L, d, locale } = c;
  sectionTitle(c, '8', L.steps[7]!, L.stepIntros[7]);
  const who = (ids: readonly string[], required: boolean): TableCell =>
    ids.length === 0 && required
      ? [{ text: L.toBeAssigned, kind: 'bold', color: COLORS.danger }]
      : ids.length === 0
        ? '—'
        : peopleNames(ids, d, locale);
  w.table(
    [
      { header: L.action, width: 3.4 },
      { header: L.responsible, width: 1.7 },
      { header: L.accountable, width: 1.7 },
      { header: L.consulted, width: 1.6 },
      { header: L.informed, width: 1.6 },
    ],
    s.actions.map((a) => [
      [{ text: a.title, kind: 'bold' }],
      who(a.raci.responsible, true),
      who(a.raci.accountable ? [a.raci.accountable] : [], true),
      who(a.raci.consulted, false),
      who(a.raci.informed, false),
    ]),
  );
  const missing = s.actions.filter(
    (a) => a.raci.responsible.length === 0 || a.raci.accountable === null,
  ).length;
  if (missing > 0) note(c, `${missing}/${s.actions.length} ${L.raciMissing}`, COLORS.danger);
  organisationPdf(c);
}

/** Step 9: the heat map beside the top risks, then the full register. */
export function obstaclesStep(c: DocContext): void {
  const { w, s, L, d, locale } = c;
  sectionTitle(c, '9', L.steps[8]!, L.stepIntros[8]);
  const numbering = new Map(s.obstacles.map((o, i) => [o.id, `O${i + 1}`]));
  const cell = 30;
  w.ensure(5 * cell + 40);
  const top = w.y;
  w.text(L.heatMap, w.left, top, 200, { kind: 'bold', size: 8.5, color: COLORS.muted });
  const mapH = drawHeatMap(w, w.left, top + 16, cell, s.obstacles, numbering, {
    likelihood: L.likelihood,
    impact: L.impact,
  });
  const sideX = w.left + 26 + 5 * cell + 24;
  const sideW = w.right - sideX;
  let y = top + 16;
  const ranked = [...s.obstacles]
    .sort((a, b) => b.likelihood * b.impact - a.likelihood * a.impact)
    .slice(0, 4);
  for (const o of ranked) {
    const score = o.likelihood * o.impact;
    const colour = riskColour(score);
    w.rect(sideX, y, 34, 16, colour.fill, 3);
    w.text(`${numbering.get(o.id)} · ${score}`, sideX, y + 4.5, 34, {
      kind: 'bold',
      size: 7,
      color: colour.text,
      align: 'center',
    });
    const h = w.text(o.description, sideX + 42, y + 1, sideW - 42, { size: 8, kind: 'bold', maxHeight: 20 });
    y += Math.max(18, h + 2);
    y +=
      w.text(o.mitigation, sideX + 42, y, sideW - 42, { size: 7.5, color: COLORS.muted, maxHeight: 28 }) + 8;
  }
  w.y = Math.max(top + 16 + mapH, y) + 8;
  const actionTitle = (id: string | null): string => s.actions.find((a) => a.id === id)?.title ?? '';
  w.table(
    [
      { header: '#', width: 0.6 },
      { header: L.obstacle, width: 3.2 },
      { header: L.family, width: 1.55 },
      { header: L.risk, width: 0.85, align: 'center' },
      { header: L.mitigation, width: 3.2 },
      { header: `${L.owner} · ${L.due}`, width: 1.5 },
      { header: L.status, width: 1.25 },
    ],
    s.obstacles.map((o) => {
      const colour = riskColour(o.likelihood * o.impact);
      return [
        [{ text: numbering.get(o.id)!, kind: 'bold' }],
        [{ text: o.description }, muted(actionTitle(o.actionId))],
        term(OBSTACLE_FAMILY_TERMS, locale, o.family),
        [{ text: `${o.likelihood}×${o.impact}`, kind: 'bold', color: colour.text }],
        o.mitigation,
        `${personName(o.ownerId, d, locale)} · ${formatDate(o.dueDate, locale)}`,
        term(OBSTACLE_STATUS_TERMS, locale, o.status),
      ];
    }),
  );
  const reviewed = s.actions.filter((a) => a.noObstaclesIdentified).map((a) => a.title);
  if (reviewed.length) note(c, `${L.noObstacles}${L.colon}${reviewed.join(' · ')}`);
}

/** The action plan: a timeline, then every action with its dates, networks and budget, and the total. */
export function actionPlanStep(c: DocContext): void {
  const { w, s, L, locale } = c;
  sectionTitle(c, '', L.actionPlan, L.actionPlanIntro);
  const rows = Math.min(s.actions.length, 24);
  w.ensure(rows * 15 + 40);
  w.y += drawTimeline(w, w.left, w.y, w.width, s.actions, {
    locale,
    rowHeight: 15,
    labelWidth: 150,
    rightWidth: 64,
    rightText: (a) => c.money(a.budgetEstimate),
    colourOf: (a) => c.objectiveColour(a.objectiveId),
    today: c.opts.generatedAt,
    maxRows: 24,
    moreLabel: (n) => `+ ${n} ${L.more}`,
  });
  w.y += 12;
  const budget = planBudget(s.actions);
  w.table(
    [
      { header: L.action, width: 4.2 },
      { header: L.objective, width: 2 },
      { header: L.networks, width: 1.6 },
      { header: L.dates, width: 1.8 },
      { header: L.status, width: 1 },
      { header: L.budget, width: 1.2, align: 'right' },
    ],
    [
      ...s.actions.map((a): TableCell[] => [
        [{ text: a.title, kind: 'bold' }, muted(a.description)],
        [{ text: c.objectiveTitle(a.objectiveId), color: c.objectiveColour(a.objectiveId) }],
        a.networkIds.map(networkName).join(', ') || '—',
        formatPeriod(a.startDate, a.endDate, locale),
        term(ACTION_STATUS_TERMS, locale, a.status),
        c.money(a.budgetEstimate),
      ]),
      [
        [{ text: budget.excludedCancelled ? `${L.total} (${L.excludingCancelled})` : L.total, kind: 'bold' }],
        '',
        '',
        '',
        '',
        [{ text: c.money(budget.total), kind: 'bold' }],
      ],
    ],
  );
}

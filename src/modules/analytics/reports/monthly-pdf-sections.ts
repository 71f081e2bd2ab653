import type {
  IndicatorCard,
  IndicatorInput,
  IndicatorStatus,
  IndicatorValue,
} from '../indicators/indicator.types.js';
import { COLORS, type CellPart, type TableCell } from '../../strategy/documents/pdf-layout.js';
import { heading, para, subHeading, type ReportDoc } from './report-doc.js';
import { formatProbability, riskLabel } from './report-format.js';

/** The objective cards and the ROI / ROA / RONI sections of the monthly report. */

const STATUS_COLOUR: Record<IndicatorStatus, string> = {
  on_track: '#2f8f5b',
  behind: COLORS.danger,
  no_target: COLORS.muted,
  no_value: COLORS.faint,
};

/** A value cell: the figure, or "—" with its reason in small print. */
function valueCell(r: ReportDoc, v: IndicatorValue): TableCell {
  if (v.value !== null) return [{ text: r.val(v), kind: 'bold' }];
  return [
    { text: '—', kind: 'bold' },
    { text: r.why(v), size: 6.5, color: COLORS.muted },
  ];
}

function cardRow(r: ReportDoc, c: IndicatorCard): TableCell[] {
  const { L, lang } = r;
  const unit = c.current.unit;
  const name: CellPart[] = [
    { text: c.name, kind: 'bold' },
    { text: `${L.formula}${L.colon}${c.current.formula[lang]}`, size: 6.5, color: COLORS.muted },
  ];
  const bench: TableCell = c.benchmark
    ? [{ text: r.fig(c.benchmark.value, unit) }, { text: c.benchmark.source, size: 6, color: COLORS.muted }]
    : '—';
  return [
    name,
    valueCell(r, c.current),
    r.fig(c.target, unit),
    r.fig(c.previous.value, unit),
    bench,
    [{ text: L.statusTerms[c.status], kind: 'bold', color: STATUS_COLOUR[c.status] }],
  ];
}

/** Per objective, its indicator cards: value, target, previous period, benchmark with source, status. */
export function objectivesSection(r: ReportDoc): void {
  const { d, L } = r;
  heading(r, L.objectives);
  if (d.objectives.length === 0) {
    para(r, L.noObjectives);
    return;
  }
  for (const o of d.objectives) {
    subHeading(r, o.title);
    if (o.cards.length === 0) {
      para(r, L.noCards);
      continue;
    }
    r.w.table(
      [
        { header: L.indicator, width: 2.9 },
        { header: L.value, width: 1.3, align: 'right' },
        { header: L.target, width: 1.1, align: 'right' },
        { header: L.previous, width: 1.1, align: 'right' },
        { header: L.benchmark, width: 1.8 },
        { header: L.status, width: 1.3 },
      ],
      o.cards.map((c) => cardRow(r, c)),
      { size: 8 },
    );
  }
}

function inputsText(r: ReportDoc, inputs: readonly IndicatorInput[]): string {
  return inputs
    .map((i) => {
      const rows = i.rows !== undefined ? ` (${i.rows})` : '';
      return `${i.label[r.lang]}${r.L.colon}${r.fig(i.value, i.unit)}${rows}`;
    })
    .join(' · ');
}

/** A table of workspace metrics: name and formula, value (or why not), previous period, inputs. */
export function metricsTable(r: ReportDoc, values: readonly IndicatorValue[]): void {
  const { L, d } = r;
  r.w.table(
    [
      { header: L.metric, width: 2.2 },
      { header: L.value, width: 1.3, align: 'right' },
      { header: L.previous, width: 1.2, align: 'right' },
      { header: L.inputs, width: 4 },
    ],
    values.map((v) => [
      [
        { text: r.name(v.metric), kind: 'bold' },
        { text: v.formula[r.lang], size: 6.5, color: COLORS.muted },
      ],
      valueCell(r, v),
      r.fig(d.previous[v.metric] ?? null, v.unit),
      [{ text: inputsText(r, v.inputs) || '—', size: 7, color: COLORS.muted }],
    ]),
    { size: 8 },
  );
}

/** ROI and ROA with their inputs (cost, value, engagements…), then the RONI risks as probability × impact. */
export function returnsSection(r: ReportDoc): void {
  const { d, L, lang } = r;
  heading(r, L.returns);
  subHeading(r, L.roiTitle);
  metricsTable(r, d.current.roi);
  subHeading(r, L.roaTitle);
  metricsTable(r, d.current.roa);
  // The RONI title, its intro and the first risks stay together on one page.
  r.w.ensure(150);
  subHeading(r, L.roniTitle);
  para(r, L.roniIntro);
  const risks = d.roni.estimate.risks;
  r.w.table(
    [
      { header: L.risk, width: 3.4 },
      { header: L.probability, width: 1.1, align: 'right' },
      { header: L.impact, width: 1.4, align: 'right' },
      { header: L.expectedLoss, width: 1.4, align: 'right' },
    ],
    [
      ...risks.map((k): TableCell[] => [
        [
          { text: riskLabel(k, lang), kind: 'bold' },
          { text: inputsText(r, k.inputs) || '—', size: 6.5, color: COLORS.muted },
        ],
        formatProbability(k.probability, lang),
        r.money(k.impact),
        k.expectedLoss === null
          ? [{ text: L.reasons.needs_assumption, size: 7, color: COLORS.muted }]
          : [{ text: r.money(k.expectedLoss), kind: 'bold' }],
      ]),
      [
        [{ text: L.roniTotal, kind: 'bold' }],
        '',
        '',
        [{ text: r.money(d.roni.estimate.total), kind: 'bold' }],
      ],
    ],
    { size: 8, rowFills: [...risks.map(() => null), COLORS.accentLight] },
  );
}

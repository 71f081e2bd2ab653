import { FIT_BASIS, networkName } from '../catalogue/networks.js';
import { SCORING, recommendNetworks } from '../recommendation.js';
import { CHANNEL_TERMS, PRIORITY_TERMS, SEGMENT_TERMS, term } from './terms.js';
import { formatAges, formatPeriod } from './format.js';
import { COLORS, type CellPart } from './pdf-layout.js';
import { note, sectionTitle, subTitle, type DocContext } from './pdf-context.js';
import { objectiveTypeLabel, scaleFactLine } from './shared.js';

/** Steps 1 to 5 of the strategy PDF: objectives, audiences, existing actions, value added, networks. */

const muted = (text: string): CellPart => ({ text, size: 7.5, color: COLORS.muted });
const bold = (text: string): CellPart => ({ text, kind: 'bold' });

/** Step 1: the objectives with their type, priority and period. */
export function objectivesStep(c: DocContext): void {
  const { w, s, L, locale } = c;
  sectionTitle(c, '1', L.steps[0]!, L.stepIntros[0]);
  w.table(
    [
      { header: L.objective, width: 5 },
      { header: L.type, width: 1.8 },
      { header: L.priority, width: 1.1 },
      { header: L.period, width: 1.8 },
    ],
    s.objectives.map((o) => [
      [{ text: o.title, kind: 'bold', color: c.objectiveColour(o.id) }, muted(o.description)],
      objectiveTypeLabel(o, locale),
      term(PRIORITY_TERMS, locale, o.priority),
      formatPeriod(o.periodStart, o.periodEnd, locale),
    ]),
  );
}

/** Step 2: one card per persona. */
export function audiencesStep(c: DocContext): void {
  const { w, s, L, locale } = c;
  sectionTitle(c, '2', L.steps[1]!, L.stepIntros[1]);
  const labelW = 92;
  const pad = 10;
  const valueW = w.width - labelW - 2 * pad;
  for (const a of s.audiences) {
    const meta = [term(SEGMENT_TERMS, locale, a.segment)];
    const ages = formatAges(a.ageMin, a.ageMax, locale);
    if (ages) meta.push(`${L.ages}${L.colon}${ages}`);
    if (a.places.length) meta.push(a.places.join(', '));
    if (a.languages.length) meta.push(`${L.languages}${L.colon}${a.languages.join(', ')}`);
    const rows: [string, string][] = [
      [L.interests, a.interests.join(', ') || L.none],
      [L.needs, a.needs.join(' · ') || L.none],
      [L.pains, a.pains.join(' · ') || L.none],
      [L.presentOn, a.presentOn.map(networkName).join(', ') || L.notSet],
      [L.serves, a.objectiveIds.map(c.objectiveTitle).join(' · ') || L.none],
    ];
    const inner = w.width - 2 * pad;
    const metaH = w.measure(meta.join(' · '), inner, { size: 8, color: COLORS.muted });
    const descH = a.description ? w.measure(a.description, inner, { size: 8.5 }) + 4 : 0;
    const rowHs = rows.map(([, v]) => Math.max(10, w.measure(v, valueW, { size: 8 })) + 3);
    const height = pad + 14 + metaH + 4 + descH + rowHs.reduce((x, y) => x + y, 0) + pad;
    w.ensure(height + 8);
    w.rect(w.left, w.y, w.width, height, COLORS.panel, 5);
    w.rect(w.left, w.y, 3, height, COLORS.accent);
    let y = w.y + pad;
    w.text(a.name, w.left + pad, y, inner, { kind: 'bold', size: 11 });
    y += 14;
    y += w.text(meta.join(' · '), w.left + pad, y, inner, { size: 8, color: COLORS.muted }) + 4;
    if (a.description) y += w.text(a.description, w.left + pad, y, inner, { size: 8.5 }) + 4;
    rows.forEach(([label, value], i) => {
      w.text(label, w.left + pad, y, labelW - 6, { kind: 'bold', size: 7.5, color: COLORS.muted });
      w.text(value, w.left + pad + labelW, y, valueW, { size: 8 });
      y += rowHs[i]!;
    });
    w.y += height + 8;
  }
}

/** Step 3: what already runs, offline and online. */
export function existingStep(c: DocContext): void {
  const { w, s, L, locale } = c;
  sectionTitle(c, '3', L.steps[2]!, L.stepIntros[2]);
  w.table(
    [
      { header: L.action, width: 4.2 },
      { header: L.channel, width: 1.4 },
      { header: L.frequency, width: 1.4 },
      { header: L.owner, width: 1.4 },
      { header: L.serves, width: 2.2 },
    ],
    s.existingActions.map((e) => [
      [bold(e.name), muted(e.description)],
      term(CHANNEL_TERMS, locale, e.channel),
      e.frequency || L.notSet,
      e.owner || L.notSet,
      e.objectiveIds.map(c.objectiveTitle).join(' · ') || L.none,
    ]),
  );
}

/** Step 4: per objective, what each chosen network adds. */
export function valueAddedStep(c: DocContext): void {
  const { w, s, L } = c;
  sectionTitle(c, '4', L.steps[3]!, L.stepIntros[3]);
  for (const o of s.objectives) {
    const rows = s.valueAdded.filter((v) => v.objectiveId === o.id);
    if (rows.length === 0) continue;
    subTitle(c, o.title, c.objectiveColour(o.id));
    w.table(
      [
        { header: L.network, width: 1.3 },
        { header: L.valueAdded, width: 6 },
        { header: L.complements, width: 2.2 },
      ],
      rows.map((v) => [
        [bold(networkName(v.networkId))],
        v.statement,
        v.complementsExistingActionIds
          .map((id) => s.existingActions.find((e) => e.id === id)?.name ?? '')
          .filter(Boolean)
          .join(' · ') || '—',
      ]),
    );
  }
}

/** Step 5: the decisions, with Presence's score and each chosen network's headline fact. */
export function networksStep(c: DocContext): void {
  const { w, s, L, locale } = c;
  sectionTitle(c, '5', L.steps[4]!, L.stepIntros[4]);
  const scores = new Map(recommendNetworks(s).map((r) => [r.networkId, r.score]));
  const ordered = [...s.networkChoices].sort((a, b) => Number(b.chosen) - Number(a.chosen));
  w.table(
    [
      { header: L.network, width: 1.3 },
      { header: L.decision, width: 1.2 },
      { header: L.score, width: 0.9, align: 'center' },
      { header: L.rationale, width: 6.2 },
    ],
    ordered.map((ch) => [
      [bold(networkName(ch.networkId))],
      [
        {
          text: ch.chosen ? L.chosen : L.notChosen,
          kind: 'bold',
          color: ch.chosen ? '#1f6f43' : COLORS.muted,
        },
      ],
      `${scores.get(ch.networkId) ?? '—'}/100`,
      ch.chosen ? [{ text: ch.rationale }, muted(scaleFactLine(ch.networkId, locale))] : ch.rationale,
    ]),
    { rowFills: ordered.map((ch) => (ch.chosen ? '#eef6f0' : null)) },
  );
  const how =
    locale === 'fr'
      ? `${L.recommendation}${L.colon}objectifs ${SCORING.objectives} points, audiences ${SCORING.audiences}, taille du réseau jusqu’à ${SCORING.scale.very_large}, langues ${SCORING.languageTags}. ${FIT_BASIS.fr}`
      : `${L.recommendation}${L.colon}objectives ${SCORING.objectives} points, audiences ${SCORING.audiences}, network size up to ${SCORING.scale.very_large}, languages ${SCORING.languageTags}. ${FIT_BASIS.en}`;
  note(c, how);
}

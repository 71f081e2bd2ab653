import type { StrategyDirectory, StrategySnapshot } from '../strategy.model.js';
import { networkName } from '../catalogue/networks.js';
import { formatGeneratedAt, planBudget, versionLine, type RenderOptions } from './format.js';
import { COLORS, PdfWriter } from './pdf-layout.js';
import { docContext, type DocContext } from './pdf-context.js';
import {
  audiencesStep,
  existingStep,
  networksStep,
  objectivesStep,
  valueAddedStep,
} from './strategy-pdf-steps.js';
import {
  actionPlanStep,
  editorialStep,
  indicatorsStep,
  obstaclesStep,
  rolesStep,
} from './strategy-pdf-plan.js';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

function cover(c: DocContext): void {
  const { w, s, d, L, locale, opts } = c;
  w.rect(0, 0, A4.width, 6, COLORS.accent);
  w.y = w.top;
  w.text(d.workspaceName.toUpperCase(), w.left, w.y, w.width, {
    kind: 'bold',
    size: 8.5,
    color: COLORS.accent,
    characterSpacing: 1.2,
  });
  w.y += 16;
  w.y +=
    w.text(s.title || L.documentTitle, w.left, w.y, w.width, { kind: 'bold', size: 22, maxHeight: 56 }) + 4;
  const sub = `${L.documentTitle} · ${versionLine(opts.versionLabel, locale)} · ${L.generatedOn} ${formatGeneratedAt(opts.generatedAt, locale)}`;
  w.y += w.text(sub, w.left, w.y, w.width, { size: 9, color: COLORS.muted }) + 14;
  if (s.summary) {
    w.y += w.text(s.summary, w.left, w.y, w.width, { size: 10, lineGap: 2.5 }) + 16;
  }
  const chosen = s.networkChoices.filter((n) => n.chosen).map((n) => networkName(n.networkId));
  const tiles: [string, string][] = [
    [L.objectives, String(s.objectives.length)],
    [L.audiences, String(s.audiences.length)],
    [L.networks, String(chosen.length)],
    [L.actions, String(s.actions.length)],
    [L.budgetEstimate, c.money(planBudget(s.actions).total)],
  ];
  const gap = 8;
  const tileW = (w.width - gap * (tiles.length - 1)) / tiles.length;
  tiles.forEach(([label, value], i) => {
    const x = w.left + i * (tileW + gap);
    w.rect(x, w.y, tileW, 48, COLORS.accentLight, 5);
    w.text(value, x + 8, w.y + 9, tileW - 16, {
      kind: 'bold',
      size: i === 4 ? 13 : 17,
      color: COLORS.accent,
      maxHeight: 22,
    });
    w.text(label, x + 8, w.y + 32, tileW - 16, { size: 7.5, color: COLORS.muted, maxHeight: 10 });
  });
  w.y += 48 + 8;
  if (chosen.length) {
    w.y +=
      w.text(`${L.networks}${L.colon}${chosen.join(' · ')}`, w.left, w.y, w.width, {
        size: 8.5,
        color: COLORS.muted,
      }) + 10;
  }
}

function footers(c: DocContext): void {
  const { w, s, d, L, locale, opts } = c;
  const range = w.doc.bufferedPageRange();
  const left = `${d.workspaceName} · ${s.title || L.documentTitle} · ${versionLine(opts.versionLabel, locale)}`;
  for (let i = range.start; i < range.start + range.count; i += 1) {
    w.doc.switchToPage(i);
    const y = A4.height - 34;
    w.line(w.left, y, w.right, y);
    w.text(left, w.left, y + 6, w.width - 80, { size: 7, color: COLORS.faint, maxHeight: 9 });
    w.text(`${L.page} ${i + 1} / ${range.count}`, w.right - 80, y + 6, 80, {
      size: 7,
      color: COLORS.faint,
      align: 'right',
    });
  }
}

/**
 * The strategy document as a PDF: a cover with the overview, the nine steps (tables, the pillar mix,
 * the obstacle heat map) and the action plan with its timeline and budget. A4, pure JavaScript.
 */
export async function renderStrategyPdf(
  snapshot: StrategySnapshot,
  directory: StrategyDirectory,
  opts: RenderOptions,
): Promise<Buffer> {
  const w = new PdfWriter(
    { ...A4, margin: { top: 48, bottom: 50, left: 48, right: 48 } },
    {
      title: `${snapshot.title || directory.workspaceName}`,
      author: directory.workspaceName,
      createdAt: opts.generatedAt,
      language: opts.locale === 'fr' ? 'fr-FR' : 'en-GB',
    },
  );
  const c = docContext(w, snapshot, directory, opts);
  cover(c);
  objectivesStep(c);
  audiencesStep(c);
  existingStep(c);
  valueAddedStep(c);
  networksStep(c);
  editorialStep(c);
  indicatorsStep(c);
  rolesStep(c);
  obstaclesStep(c);
  actionPlanStep(c);
  footers(c);
  return w.finish();
}

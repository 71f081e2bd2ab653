import type { StrategyDirectory, StrategySnapshot } from '../strategy.model.js';
import { networkName } from '../catalogue/networks.js';
import { INDICATOR_KIND_SHORT, OBSTACLE_FAMILY_TERMS, PRIORITY_TERMS, SEGMENT_TERMS, term } from './terms.js';
import { formatAges, formatGeneratedAt, formatPeriod, versionLine, type RenderOptions } from './format.js';
import { COLORS, PdfWriter, riskColour } from './pdf-layout.js';
import { drawTimeline } from './pdf-charts.js';
import { blockTitle, fitList, planRows, type Box, type BriefingRow } from './briefing-layout.js';
import { docContext, type DocContext } from './pdf-context.js';
import { briefingContent, type BriefingContent } from './briefing-content.js';
import { KIND_COLOURS } from './strategy-pdf-plan.js';
import { objectiveTypeLabel } from './shared.js';
import { A4 } from './strategy-pdf.js';
import { budgetView, organisationText } from './briefing-budget.js';

/**
 * The executive briefing: one A4 page for a manager who does not use social networks. Every block
 * has a height budget and cuts its list ("+ 2 more") or its text (ellipsis) to stay inside it, so the
 * page count is one whatever the size of the strategy.
 */

const M = 30;

function header(c: DocContext): number {
  const { w, s, d, L, locale, opts } = c;
  const h = 68;
  w.rect(0, 0, A4.width, h, COLORS.accent);
  w.text(`${L.briefingTitle} · ${d.workspaceName}`.toUpperCase(), M, 15, A4.width - 2 * M, {
    kind: 'bold',
    size: 7.5,
    color: '#b9d3ea',
    characterSpacing: 1,
    maxHeight: 10,
  });
  w.text(s.title || L.documentTitle, M, 27, A4.width - 2 * M, {
    kind: 'bold',
    size: 18,
    color: COLORS.white,
    maxHeight: 22,
  });
  const meta = `${versionLine(opts.versionLabel, locale)} · ${L.generatedOn} ${formatGeneratedAt(opts.generatedAt, locale)}`;
  w.text(meta, M, 50, A4.width - 2 * M, { size: 8, color: '#d6e4f2', maxHeight: 10 });
  return h;
}

function kpis(c: DocContext, k: BriefingContent, b: Box): number {
  const { w, s, L } = c;
  const tiles: [string, string][] = [
    [L.objectives, String(s.objectives.length)],
    [L.audiences, String(s.audiences.length)],
    [L.networks, String(k.networks.length)],
    [L.actions, String(k.actions.length)],
    [budgetView(c, k).label, budgetView(c, k).total],
  ];
  const gap = 8;
  const widths = [1, 1, 1, 1, 1.9];
  const unit = (b.w - gap * (tiles.length - 1)) / widths.reduce((x, y) => x + y, 0);
  let x = b.x;
  tiles.forEach(([label, value], i) => {
    const tw = unit * widths[i]!;
    w.rect(x, b.y, tw, 36, i === 4 ? COLORS.accent : COLORS.accentLight, 4);
    const ink = i === 4 ? COLORS.white : COLORS.accent;
    w.text(value, x + 8, b.y + 6, tw - 16, { kind: 'bold', size: 15, color: ink, maxHeight: 18 });
    w.text(label, x + 8, b.y + 24, tw - 16, {
      size: 7,
      color: i === 4 ? '#d6e4f2' : COLORS.muted,
      maxHeight: 9,
    });
    x += tw + gap;
  });
  return 36;
}

function objectivesBlock(c: DocContext, k: BriefingContent, b: Box): number {
  const { w, L, locale } = c;
  const top = blockTitle(c, L.whatWeWant, b);
  const inner = { ...b, x: b.x + 11, w: b.w - 11, y: b.y + top, h: b.h - top };
  return (
    top +
    fitList(
      c,
      inner,
      k.objectives,
      (o) => w.measure(o.title, inner.w, { kind: 'bold', size: 8.5, maxHeight: 22 }) + 11,
      (o, y) => {
        w.dot(b.x + 3.5, y + 4.5, 3.2, c.objectiveColour(o.id));
        const h = w.text(o.title, inner.x, y, inner.w, { kind: 'bold', size: 8.5, maxHeight: 22 });
        const meta = `${objectiveTypeLabel(o, locale)} · ${term(PRIORITY_TERMS, locale, o.priority)} · ${formatPeriod(o.periodStart, o.periodEnd, locale)}`;
        w.text(meta, inner.x, y + h + 1, inner.w, { size: 7, color: COLORS.muted, maxHeight: 9 });
      },
    )
  );
}

function audiencesBlock(c: DocContext, k: BriefingContent, b: Box): number {
  const { w, L, locale } = c;
  const top = blockTitle(c, L.whoWeAddress, b);
  const inner = { ...b, y: b.y + top, h: b.h - top };
  const meta = (a: BriefingContent['audiences'][number]): string => {
    const parts = [term(SEGMENT_TERMS, locale, a.segment)];
    const ages = formatAges(a.ageMin, a.ageMax, locale);
    if (ages) parts.push(ages);
    if (a.presentOn.length) parts.push(`${L.presentOn}${L.colon}${a.presentOn.map(networkName).join(', ')}`);
    return parts.join(' · ');
  };
  return (
    top +
    fitList(
      c,
      inner,
      k.audiences,
      (a) => 11 + w.measure(meta(a), inner.w, { size: 7, maxHeight: 18 }),
      (a, y) => {
        w.text(a.name, inner.x, y, inner.w, { kind: 'bold', size: 8.5, maxHeight: 11 });
        w.text(meta(a), inner.x, y + 11, inner.w, { size: 7, color: COLORS.muted, maxHeight: 18 });
      },
    )
  );
}

function networksBlock(c: DocContext, k: BriefingContent, b: Box): number {
  const { w, L } = c;
  const top = blockTitle(c, L.whereAndWhy, b);
  const nameW = 70;
  const inner = { ...b, y: b.y + top, h: b.h - top };
  return (
    top +
    fitList(
      c,
      inner,
      k.networks,
      (n) => Math.max(11, w.measure(n.rationale, b.w - nameW, { size: 8, maxHeight: 20 })),
      (n, y) => {
        w.text(n.name, b.x, y, nameW - 6, { kind: 'bold', size: 8.5, color: COLORS.accent, maxHeight: 11 });
        w.text(n.rationale, b.x + nameW, y + 0.5, b.w - nameW, { size: 8, maxHeight: 20 });
      },
      4,
    )
  );
}

function planBlock(c: DocContext, k: BriefingContent, b: Box): number {
  const { w, L, locale } = c;
  const budget = budgetView(c, k);
  const top = blockTitle(c, `${L.thePlan} · ${budget.label}`, b);
  const rowH = 12.5;
  const org = organisationText(c);
  const orgStyle = { size: 7.5, maxHeight: 19 } as const;
  const orgH = org ? w.measure(org, b.w, orgStyle) + 4 : 0;
  const detailH = budget.detail.length * 8.5;
  const footH = Math.max(26, 19 + detailH) + orgH;
  const maxRows = Math.max(1, Math.floor((b.h - top - footH - 28) / rowH));
  const used = drawTimeline(w, b.x, b.y + top, b.w, k.actions, {
    locale,
    rowHeight: rowH,
    labelWidth: 170,
    rightWidth: 62,
    rightText: (a) => c.money(a.budgetEstimate),
    colourOf: (a) => c.objectiveColour(a.objectiveId),
    today: c.opts.generatedAt,
    maxRows,
    moreLabel: (n) => `+ ${n} ${L.more}`,
  });
  let y = b.y + top + used + 7;
  let left = w.text(`${L.total}${L.colon}${budget.total}`, b.x, y, 170, {
    kind: 'bold',
    size: 9,
    maxHeight: 11,
  });
  for (const line of budget.detail) {
    w.text(line, b.x, y + left + 0.5, 165, { size: 6.5, color: COLORS.muted, maxHeight: 8 });
    left += 8.5;
  }
  // The split per objective reads as a legend of the bar colours: two per line, two lines at most.
  const colW = (b.w - 170) / 2;
  const parts = budget.parts.slice(0, 4);
  parts.forEach((part, i) => {
    const x = b.x + 170 + (i % 2) * colW;
    const ly = y + Math.floor(i / 2) * 10 + 0.5;
    w.dot(x + 3, ly + 3.2, 2.6, c.objectiveColour(part.objectiveId));
    w.text(part.text, x + 9, ly, colW - 14, { size: 7, color: COLORS.muted, maxHeight: 9 });
  });
  y += Math.max(left, Math.ceil(parts.length / 2) * 10, 12) + 7;
  if (org) y += w.text(org, b.x, y, b.w, orgStyle) + 2;
  return y - b.y;
}

function measuresBlock(c: DocContext, k: BriefingContent, b: Box): number {
  const { w, L, locale } = c;
  const top = blockTitle(c, L.howWeMeasure, b);
  const chip = 42;
  const valueW = 64;
  const nameW = b.w - chip - valueW - 12;
  const nameStyle = { size: 8, kind: 'bold', maxHeight: 20 } as const;
  const inner = { ...b, y: b.y + top, h: b.h - top };
  return (
    top +
    fitList(
      c,
      inner,
      k.targets,
      (i) => Math.max(21, w.measure(i.name, nameW, nameStyle) + 11),
      (i, y) => {
        w.rect(b.x, y, chip, 11, KIND_COLOURS[i.kind], 2.5);
        w.text(term(INDICATOR_KIND_SHORT, locale, i.kind), b.x, y + 2.3, chip, {
          kind: 'bold',
          size: 6.5,
          color: COLORS.white,
          align: 'center',
          maxHeight: 8,
        });
        const h = w.text(i.name, b.x + chip + 6, y + 1, nameW, nameStyle);
        const sub = `${c.objectiveTitle(i.objectiveId)}${i.targetSource ? ` · ${i.targetSource}` : ''}`;
        w.text(sub, b.x + chip + 6, y + h + 1.5, nameW, { size: 6.5, color: COLORS.muted, maxHeight: 8 });
        w.text(c.value(i.target, i.unit), b.x + b.w - valueW, y, valueW, {
          kind: 'bold',
          size: 10,
          align: 'right',
          maxHeight: 12,
        });
        if (i.baseline !== null) {
          w.text(`${L.today}${L.colon}${c.value(i.baseline, i.unit)}`, b.x + b.w - valueW, y + 12, valueW, {
            size: 6.5,
            color: COLORS.muted,
            align: 'right',
            maxHeight: 8,
          });
        }
      },
      4,
    )
  );
}

function riskBlock(c: DocContext, k: BriefingContent, b: Box): number {
  const { w, L } = c;
  const top = blockTitle(c, L.riskOfNothing, b);
  let y = b.y + top;
  const bottom = b.y + b.h;
  const put = (text: string, style: Parameters<PdfWriter['text']>[4], after: number): boolean => {
    const h = w.measure(text, b.w, style);
    if (y + h > bottom) return false;
    y += w.text(text, b.x, y, b.w, style) + after;
    return true;
  };
  for (const i of k.roni.slice(0, 3)) {
    const line = `${i.name}${L.colon}${c.value(i.baseline, i.unit)} ${L.today}, ${L.target.toLowerCase()} ${c.value(i.target, i.unit)}`;
    if (!put(line, { kind: 'bold', size: 8, color: COLORS.danger, maxHeight: 10 }, 3)) break;
  }
  if (k.onSocial.count > 0) {
    const text = L.audiencesAlreadyThere(k.onSocial.count, k.onSocial.of, k.onSocial.networks.join(', '));
    put(text, { size: 7.5, maxHeight: 28 }, 5);
  }
  const room = bottom - y;
  if (room >= 18) {
    y += w.text(L.unansweredDemand, b.x, y, b.w, {
      size: 7,
      color: COLORS.muted,
      maxHeight: room,
      lineGap: 0.8,
    });
  }
  return Math.min(y - b.y, b.h);
}

function obstaclesBlock(c: DocContext, k: BriefingContent, b: Box): number {
  const { w, L, locale } = c;
  const top = blockTitle(c, L.topObstacles, b);
  const chip = 40;
  const colW = (b.w - chip - 16) / 2;
  const inner = { ...b, y: b.y + top, h: b.h - top };
  return (
    top +
    fitList(
      c,
      inner,
      k.obstacles.slice(0, 3),
      (o) =>
        Math.max(
          w.measure(o.description, colW, { kind: 'bold', size: 8, maxHeight: 20 }) + 9,
          w.measure(o.mitigation, colW, { size: 7.5, maxHeight: 28 }),
          16,
        ),
      (o, y) => {
        const score = o.likelihood * o.impact;
        const colour = riskColour(score);
        w.rect(b.x, y, chip, 15, colour.fill, 3);
        w.text(`${o.likelihood}×${o.impact}`, b.x, y + 3.8, chip, {
          kind: 'bold',
          size: 7.5,
          color: colour.text,
          align: 'center',
        });
        const x1 = b.x + chip + 8;
        const h = w.text(o.description, x1, y, colW, { kind: 'bold', size: 8, maxHeight: 20 });
        w.text(term(OBSTACLE_FAMILY_TERMS, locale, o.family), x1, y + h + 1, colW, {
          size: 6.5,
          color: COLORS.muted,
          maxHeight: 8,
        });
        w.line(x1 + colW + 4, y, x1 + colW + 4, y + 14, COLORS.rule, 0.6);
        w.text(o.mitigation, x1 + colW + 10, y, colW - 2, { size: 7.5, maxHeight: 28 });
      },
      5,
    )
  );
}

/** The one-page executive briefing as a PDF (objectives, audiences, networks, plan, budget, targets, risks). */
export async function renderBriefingPdf(
  snapshot: StrategySnapshot,
  directory: StrategyDirectory,
  opts: RenderOptions,
): Promise<Buffer> {
  const w = new PdfWriter(
    { ...A4, margin: { top: M, bottom: M, left: M, right: M } },
    {
      title: `${snapshot.title || directory.workspaceName} — ${opts.locale === 'fr' ? 'synthèse' : 'briefing'}`,
      author: directory.workspaceName,
      createdAt: opts.generatedAt,
      language: opts.locale === 'fr' ? 'fr-FR' : 'en-GB',
    },
  );
  const c = docContext(w, snapshot, directory, opts);
  const k = briefingContent(snapshot);
  const full = A4.width - 2 * M;
  const half = (full - 20) / 2;
  let y = header(c) + 12;
  if (snapshot.summary) {
    y += w.text(snapshot.summary, M, y, full, { size: 8.5, lineGap: 1.5, maxHeight: 45 }) + 9;
  }
  y += kpis(c, k, { x: M, y, w: full, h: 36 }) + 14;
  const footer = 16;
  const gap = 10;
  const rows: BriefingRow[] = [
    {
      cap: 130,
      min: 50,
      draw: (ry, h) =>
        Math.max(
          objectivesBlock(c, k, { x: M, y: ry, w: half, h }),
          audiencesBlock(c, k, { x: M + half + 20, y: ry, w: half, h }),
        ),
    },
    { cap: 96, min: 40, draw: (ry, h) => networksBlock(c, k, { x: M, y: ry, w: full, h }) },
    { cap: 190, min: 70, draw: (ry, h) => planBlock(c, k, { x: M, y: ry, w: full, h }) },
    {
      cap: 230,
      min: 70,
      draw: (ry, h) =>
        Math.max(
          measuresBlock(c, k, { x: M, y: ry, w: half, h }),
          riskBlock(c, k, { x: M + half + 20, y: ry, w: half, h }),
        ),
    },
    { cap: 120, min: 40, draw: (ry, h) => obstaclesBlock(c, k, { x: M, y: ry, w: full, h }) },
  ];
  const available = A4.height - M - footer - y - gap * (rows.length - 1);
  const { caps, heights, spare } = planRows(w, rows, available);
  const extraGap = Math.min(8, spare / rows.length);
  rows.forEach((row, i) => {
    row.draw(y, caps[i]!);
    y += heights[i]! + gap + extraGap;
  });
  const fy = A4.height - M - footer + 6;
  w.line(M, fy - 3, M + full, fy - 3);
  w.text(c.L.sources, M, fy, full, { size: 6.5, color: COLORS.faint, maxHeight: 9 });
  return w.finish();
}

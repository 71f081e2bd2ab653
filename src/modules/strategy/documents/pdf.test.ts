import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../test/support/pdf-text.js';
import { STRATEGY_TEMPLATES } from '../templates/index.js';
import { emptySnapshot, type StrategyDirectory, type StrategySnapshot } from '../strategy.model.js';
import { renderBriefingPdf, renderStrategyPdf } from './index.js';
import { labels } from './labels.js';
import { pdfSafe } from './pdf-layout.js';
import { orgLabels } from './org-labels.js';
import type { BudgetOverview, OrganisationSummary } from '../strategy.model.js';

const NOW = new Date('2026-03-14T10:00:00Z');
const LOCALES = ['en', 'fr'] as const;
const directory = (locale: 'en' | 'fr'): StrategyDirectory => ({
  members: [],
  departments: [],
  currency: 'EUR',
  locale,
  workspaceName: 'Acme',
});

/** The lowest text baseline on the page, in points from the bottom edge. */
function lowestText(pdf: Buffer): number {
  const raw = pdf.toString('latin1');
  let lowest = Infinity;
  for (const m of raw.matchAll(/\/Length (\d+)[^>]*>>\s*stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const content = zlib.inflateSync(pdf.subarray(start, start + Number(m[1]))).toString('latin1');
    for (const tm of content.matchAll(/1 0 0 1 [\d.]+ ([\d.-]+) Tm/g))
      lowest = Math.min(lowest, Number(tm[1]));
  }
  return lowest;
}

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

/** All four templates in one strategy, the plan four times over, with long texts: a stress case. */
function hugeSnapshot(locale: 'en' | 'fr'): StrategySnapshot {
  const parts = STRATEGY_TEMPLATES.map((t) => t.build(locale, NOW));
  const s = parts.reduce<StrategySnapshot>(
    (acc, p) => ({
      ...acc,
      objectives: [...acc.objectives, ...p.objectives],
      audiences: [...acc.audiences, ...p.audiences],
      existingActions: [...acc.existingActions, ...p.existingActions],
      valueAdded: [...acc.valueAdded, ...p.valueAdded],
      networkChoices: [...acc.networkChoices, ...p.networkChoices],
      indicators: [...acc.indicators, ...p.indicators],
      actions: [...acc.actions, ...p.actions, ...p.actions, ...p.actions, ...p.actions],
      obstacles: [...acc.obstacles, ...p.obstacles],
    }),
    {
      ...parts[0]!,
      objectives: [],
      audiences: [],
      existingActions: [],
      valueAdded: [],
      networkChoices: [],
      indicators: [],
      actions: [],
      obstacles: [],
    },
  );
  const long = ' Lorem ipsum dolor sit amet, consectetur adipiscing elit.'.repeat(12);
  return {
    ...s,
    title: `${s.title} — ${'a very long title that keeps going '.repeat(4)}`,
    summary: s.summary + long,
    objectives: s.objectives.map((o) => ({ ...o, title: o.title + long.slice(0, 150) })),
    networkChoices: s.networkChoices.map((c) => ({ ...c, rationale: c.rationale + long })),
    obstacles: s.obstacles.map((o) => ({
      ...o,
      description: o.description + long,
      mitigation: o.mitigation + long,
    })),
  };
}

describe('renderStrategyPdf', () => {
  it.each(STRATEGY_TEMPLATES.flatMap((t) => LOCALES.map((locale) => ({ t, locale }))))(
    '$t.id in $locale has the nine steps and the action plan',
    async ({ t, locale }) => {
      const pdf = await renderStrategyPdf(t.build(locale, NOW), directory(locale), {
        locale,
        generatedAt: NOW,
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.subarray(-6).toString()).toContain('%%EOF');
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(4);
      const text = pdfText(pdf);
      const L = labels(locale);
      for (const title of [...L.steps, L.actionPlan, L.heatMap]) expect(text).toContain(title);
      expect(text).toContain(L.toBeAssigned);
    },
  );

  it('survives an empty strategy and a huge one', async () => {
    const empty = await renderStrategyPdf(emptySnapshot(), directory('en'), {
      locale: 'en',
      generatedAt: NOW,
    });
    expect(pageCount(empty)).toBeGreaterThanOrEqual(1);
    const huge = await renderStrategyPdf(hugeSnapshot('fr'), directory('fr'), {
      locale: 'fr',
      generatedAt: NOW,
    });
    expect(pageCount(huge)).toBeGreaterThan(8);
  });
});

describe('renderBriefingPdf', () => {
  it.each(STRATEGY_TEMPLATES.flatMap((t) => LOCALES.map((locale) => ({ t, locale }))))(
    '$t.id in $locale is one page with every block',
    async ({ t, locale }) => {
      const s = t.build(locale, NOW);
      const pdf = await renderBriefingPdf(s, directory(locale), {
        locale,
        generatedAt: NOW,
        versionLabel: 'Version 1',
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pageCount(pdf)).toBe(1);
      const text = pdfText(pdf).toLocaleUpperCase(locale);
      const L = labels(locale);
      for (const title of [
        L.whatWeWant,
        L.whoWeAddress,
        L.whereAndWhy,
        L.thePlan,
        L.howWeMeasure,
        L.riskOfNothing,
        L.topObstacles,
      ]) {
        expect(text).toContain(
          pdfSafe(title)
            .replace(/\u00a0/g, ' ')
            .toLocaleUpperCase(locale),
        );
      }
      expect(text).toContain('SPROUT SOCIAL INDEX, 2016');
    },
  );

  it('stays on one page for a huge strategy and for an empty one', async () => {
    for (const locale of LOCALES) {
      const huge = await renderBriefingPdf(hugeSnapshot(locale), directory(locale), {
        locale,
        generatedAt: NOW,
      });
      expect(pageCount(huge)).toBe(1);
      expect(pdfText(huge)).toMatch(/\+ \d+ (more|autres)/);
      // Nothing spills into the bottom margin: every block was cut to its share of the page.
      expect(lowestText(huge)).toBeGreaterThan(25);
    }
    const empty = await renderBriefingPdf(emptySnapshot(), directory('en'), {
      locale: 'en',
      generatedAt: NOW,
    });
    expect(pageCount(empty)).toBe(1);
  });

  it('stays on one page with a large organisation and budget, and labels which budget it shows', async () => {
    const weeks = ['2026-W11', '2026-W12', '2026-W13', '2026-W14'];
    const names = Array.from({ length: 25 }, (_, i) => `Person number ${i + 1} with a long name`);
    const organisation: OrganisationSummary = {
      resources: names.map((name, i) => ({
        name,
        kind: i % 3 === 0 ? 'provider' : 'member',
        providerType:
          i % 3 === 0 ? (['agency', 'freelancer', 'studio'] as const)[Math.floor((i % 9) / 3)]! : null,
        skills: ['writing', 'video'],
        capacityHoursPerWeek: 12.5,
      })),
      processes: [],
      workload: {
        weeks,
        people: names.map((name) => ({
          name,
          weeks: weeks.map((week) => ({ week, plannedHours: 20, capacityHours: 12.5 })),
        })),
        overloads: names.map((name) => ({
          week: weeks[0]!,
          name,
          overloadHours: 7.5,
          mainCause: { kind: 'publishing', networkId: 'linkedin', label: null },
        })),
        unassigned: [],
      },
      coverage: {
        week: weeks[1]!,
        timeZone: 'Europe/Paris',
        networks: ['linkedin', 'x', 'facebook', 'instagram', 'tiktok', 'youtube'].map((networkId) => ({
          networkId,
          replyTargetMinutes: 30,
          coverers: 1,
          gaps: 6,
          breachMinutes: 3000,
          firstBreach: { localStart: '2026-03-16T18:00', localEnd: '2026-03-17T09:00' },
        })),
      },
    };
    for (const locale of LOCALES) {
      const s = hugeSnapshot(locale);
      const budget: BudgetOverview = {
        currency: 'EUR',
        from: '2026-01',
        to: '2026-12',
        period: 'year',
        lineCount: 40,
        byCategory: [{ category: 'tools', planned: 123456789, committed: 1000, actual: 999 }],
        byObjective: s.objectives.map((o) => ({
          objectiveId: o.id,
          objectiveTitle: o.title,
          planned: 1234567,
          committed: 0,
          actual: 0,
        })),
        total: { planned: 123456789, committed: 1000, actual: 999 },
      };
      const pdf = await renderBriefingPdf(
        s,
        { ...directory(locale), organisation, budget },
        {
          locale,
          generatedAt: NOW,
        },
      );
      expect(pageCount(pdf)).toBe(1);
      expect(lowestText(pdf)).toBeGreaterThan(25);
      const text = pdfText(pdf).toLocaleUpperCase(locale);
      expect(text).toContain(
        pdfSafe(orgLabels(locale).plannedBudget)
          .replace(/\u00a0/g, ' ')
          .toLocaleUpperCase(locale),
      );
      const noLines = await renderBriefingPdf(
        s,
        { ...directory(locale), organisation, budget: { ...budget, lineCount: 0 } },
        { locale, generatedAt: NOW },
      );
      expect(pageCount(noLines)).toBe(1);
      expect(pdfText(noLines).toLocaleUpperCase(locale)).toContain(
        pdfSafe(orgLabels(locale).estimatedBudget)
          .replace(/\u00a0/g, ' ')
          .toLocaleUpperCase(locale),
      );
    }
  });

  it('is reproducible: same strategy and date, same bytes', async () => {
    const s = STRATEGY_TEMPLATES[1]!.build('en', NOW);
    const a = await renderBriefingPdf(s, directory('en'), { locale: 'en', generatedAt: NOW });
    const b = await renderBriefingPdf(s, directory('en'), { locale: 'en', generatedAt: NOW });
    expect(a.equals(b)).toBe(true);
  });
});

describe('pdfSafe', () => {
  it('keeps what the standard fonts draw and replaces the rest', () => {
    expect(pdfSafe('Écrire à l’équipe — 12 € « ok »')).toBe('Écrire à l’équipe — 12 € «\u00a0ok\u00a0»');
    expect(pdfSafe('26\u202f000 €')).toBe('26\u00a0000 €');
    expect(pdfSafe('≤ 30 min → X')).toBe('<= 30 min -> X');
    expect(pdfSafe('Šťastný 🚀')).toBe('Štastný\u00a0?');
    expect(pdfSafe('Objectif : vendre')).toBe('Objectif\u00a0: vendre');
  });
});

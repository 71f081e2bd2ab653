import { describe, expect, it } from 'vitest';
import { STRATEGY_TEMPLATES } from '../templates/index.js';
import type { StrategyDirectory } from '../strategy.model.js';
import { renderStrategyMarkdown } from './markdown.js';
import { labels } from './labels.js';
import { formatMinorMoney, planBudget } from './format.js';

const NOW = new Date('2026-03-14T10:00:00Z');
const directory = (locale: 'en' | 'fr'): StrategyDirectory => ({
  members: [{ id: 'm1', name: 'Claire Martin', email: 'claire@example.test', role: 'editor' }],
  departments: [{ id: 'd1', name: 'Legal' }],
  currency: 'EUR',
  locale,
  workspaceName: 'Acme',
});

describe('renderStrategyMarkdown', () => {
  describe.each(STRATEGY_TEMPLATES.flatMap((t) => (['en', 'fr'] as const).map((locale) => ({ t, locale }))))(
    '$t.id in $locale',
    ({ t, locale }) => {
      const s = t.build(locale, NOW);
      const md = renderStrategyMarkdown(s, directory(locale), {
        locale,
        generatedAt: NOW,
        versionLabel: 'Version 2',
      });
      const L = labels(locale);

      it('has the nine steps in order and the action plan', () => {
        const positions = L.steps.map((title, i) => md.indexOf(`## ${i + 1}. ${title}`));
        for (const p of positions) expect(p).toBeGreaterThan(0);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        expect(md.indexOf(`## ${L.actionPlan}`)).toBeGreaterThan(positions[8]!);
      });

      it('shows every objective, audience, action and obstacle', () => {
        for (const x of [...s.objectives.map((o) => o.title), ...s.audiences.map((a) => a.name)])
          expect(md).toContain(x);
        for (const a of s.actions) expect(md).toContain(a.title);
        for (const o of s.obstacles) expect(md).toContain(o.description);
        expect(md).toContain('Version 2');
      });

      it('sums the budget in the workspace currency, formatted for the locale', () => {
        const total = formatMinorMoney(planBudget(s.actions).total, 'EUR', locale);
        expect(md).toContain(`**${total}**`);
        expect(total).toMatch(locale === 'fr' ? /\d\s€$/ : /^€\d/);
      });

      it('asks for the missing RACI and writes no placeholder garbage', () => {
        expect(md).toContain(L.toBeAssigned);
        expect(md).not.toMatch(/undefined|NaN|\[object Object\]/);
      });
    },
  );

  it('resolves RACI ids to names and keeps tables intact when user text contains pipes', () => {
    const s = STRATEGY_TEMPLATES[0]!.build('en', NOW);
    s.actions[0] = {
      ...s.actions[0]!,
      title: 'Cases | part one',
      raci: { responsible: ['m1'], accountable: 'd1', consulted: [], informed: ['ghost'] },
    };
    const md = renderStrategyMarkdown(s, directory('en'), { locale: 'en', generatedAt: NOW });
    const row = md.split('\n').find((l) => l.startsWith('| Cases \\| part one |'))!;
    expect(row).toContain('| Claire Martin | Legal | — | Unknown |');
    expect(row.split(/(?<!\\)\|/).length).toBe(7);
    expect(md).toContain('Draft');
  });
});

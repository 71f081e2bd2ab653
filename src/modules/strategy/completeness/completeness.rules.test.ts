import { describe, expect, it } from 'vitest';
import { emptySnapshot, type StrategySnapshot } from '../strategy.model.js';
import { completenessReport } from './completeness.js';
import {
  actionHasResponsibleAndAccountable,
  actionObstaclesReviewed,
  hasActions,
  hasChosenNetwork,
  hasObjectives,
  indicatorKindFitsObjective,
  networkHasValueAdded,
  networkServesObjective,
  objectiveHasAudience,
  objectiveHasIndicatorWithTarget,
  pillarSharesSumTo100,
  valueAddedNotCopied,
} from './completeness.rules.js';

/** A strategy that satisfies every rule; each test breaks one thing. */
function complete(): StrategySnapshot {
  const s = emptySnapshot();
  s.title = 'Boulangerie Dupont';
  s.objectives = [
    {
      id: 'o-sales',
      type: 'sales',
      customType: null,
      title: 'Sell more cakes online',
      description: '',
      priority: 'high',
      periodStart: null,
      periodEnd: null,
    },
    {
      id: 'o-brand',
      type: 'institutional',
      customType: null,
      title: 'Be known in the city',
      description: '',
      priority: 'medium',
      periodStart: null,
      periodEnd: null,
    },
  ];
  s.audiences = [
    {
      id: 'a-1',
      name: 'Local families',
      segment: 'b2c',
      description: '',
      ageMin: 30,
      ageMax: 50,
      places: ['Lyon'],
      languages: ['fr'],
      interests: [],
      needs: [],
      pains: [],
      presentOn: ['instagram'],
      objectiveIds: ['o-sales', 'o-brand'],
    },
  ];
  s.networkChoices = [
    {
      id: 'n-ig',
      networkId: 'instagram',
      chosen: true,
      rationale: '',
      objectiveIds: ['o-sales'],
      audienceIds: [],
    },
    {
      id: 'n-fb',
      networkId: 'facebook',
      chosen: true,
      rationale: '',
      objectiveIds: ['o-brand'],
      audienceIds: [],
    },
    {
      id: 'n-tt',
      networkId: 'tiktok',
      chosen: false,
      rationale: 'Not our audience',
      objectiveIds: [],
      audienceIds: [],
    },
  ];
  s.valueAdded = [
    {
      id: 'v-1',
      objectiveId: 'o-sales',
      networkId: 'instagram',
      statement: 'Photos of the daily cakes with a link to order them before noon',
      complementsExistingActionIds: [],
    },
    {
      id: 'v-2',
      objectiveId: 'o-brand',
      networkId: 'facebook',
      statement: 'Neighbourhood news and the stories of our bakers, told every week',
      complementsExistingActionIds: [],
    },
  ];
  s.editorialLine.pillars = [
    { id: 'p-1', name: 'Products', description: '', targetShare: 60, sensitive: false, colour: null },
    { id: 'p-2', name: 'People', description: '', targetShare: 40, sensitive: false, colour: null },
  ];
  s.indicators = [
    {
      id: 'i-1',
      objectiveId: 'o-sales',
      kind: 'roi',
      metric: 'roi',
      name: 'ROI of online orders',
      baseline: null,
      target: 150,
      unit: 'percent',
      periodStart: null,
      periodEnd: null,
      targetSource: null,
    },
    {
      id: 'i-2',
      objectiveId: 'o-brand',
      kind: 'roa',
      metric: 'reach',
      name: 'Reach',
      baseline: 1000,
      target: 5000,
      unit: 'count',
      periodStart: null,
      periodEnd: null,
      targetSource: null,
    },
  ];
  s.actions = [
    {
      id: 'act-1',
      title: 'Cake of the day',
      description: '',
      objectiveId: 'o-sales',
      audienceIds: ['a-1'],
      networkIds: ['instagram'],
      ownerId: 'm-1',
      startDate: null,
      endDate: null,
      status: 'planned',
      budgetEstimate: 0,
      raci: { responsible: ['m-1'], accountable: 'm-2', consulted: [], informed: [] },
      noObstaclesIdentified: false,
    },
  ];
  s.obstacles = [
    {
      id: 'ob-1',
      actionId: 'act-1',
      family: 'resources',
      description: 'Nobody has time to take photos at 6 am',
      likelihood: 3,
      impact: 3,
      mitigation: 'The baker takes them',
      ownerId: null,
      dueDate: null,
      status: 'open',
    },
  ];
  return s;
}

describe('completeness report', () => {
  it('scores a complete strategy 100 with no gaps', () => {
    const report = completenessReport(complete());
    expect(report.gaps).toEqual([]);
    expect(report.score).toBe(100);
    expect(report.rules.every((r) => r.satisfied)).toBe(true);
  });

  it('scores an empty strategy 0, not a vacuous 100', () => {
    const report = completenessReport(emptySnapshot());
    expect(report.score).toBe(0);
    expect(report.gaps.map((g) => g.rule)).toEqual([
      'has_objectives',
      'has_chosen_network',
      'pillar_shares_sum_to_100',
      'has_actions',
    ]);
  });

  it('counts warnings without lowering the score and orders gaps by step', () => {
    const s = complete();
    s.indicators[1]!.kind = 'roi';
    s.audiences[0]!.objectiveIds = ['o-brand'];
    const report = completenessReport(s);
    expect(report.warningCount).toBe(1);
    expect(report.errorCount).toBe(1);
    expect(report.gaps.map((g) => g.step)).toEqual([2, 7]);
    // 11 of 12 rules hold: the audience rule fails, the warning does not count.
    expect(report.score).toBe(92);
  });
});

describe('hasObjectives', () => {
  it('asks for an objective when there is none', () => {
    expect(hasObjectives(complete()).gaps).toEqual([]);
    const gaps = hasObjectives(emptySnapshot()).gaps;
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.target).toEqual({ step: 1, kind: 'strategy', id: null });
    expect(gaps[0]!.message.fr).toContain('objectif');
  });
});

describe('objectiveHasAudience', () => {
  it('flags each objective no audience serves, pointing at it from step 2', () => {
    const s = complete();
    s.audiences[0]!.objectiveIds = ['o-sales'];
    const { gaps, checked } = objectiveHasAudience(s);
    expect(checked).toBe(2);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({
      severity: 'error',
      step: 2,
      target: { step: 2, kind: 'objective', id: 'o-brand' },
    });
    expect(gaps[0]!.message.en).toContain('Be known in the city');
  });
});

describe('objectiveHasIndicatorWithTarget', () => {
  it('flags an objective whose only indicator has no target', () => {
    const s = complete();
    s.indicators[1]!.target = null;
    const { gaps } = objectiveHasIndicatorWithTarget(s);
    expect(gaps.map((g) => g.target.id)).toEqual(['o-brand']);
    expect(gaps[0]!.step).toBe(7);
  });

  it('flags an objective with no indicator at all', () => {
    const s = complete();
    s.indicators = [];
    expect(objectiveHasIndicatorWithTarget(s).gaps).toHaveLength(2);
  });
});

describe('hasChosenNetwork', () => {
  it('does not count networks that were set aside', () => {
    const s = complete();
    s.networkChoices = s.networkChoices.filter((c) => !c.chosen);
    expect(hasChosenNetwork(s).gaps).toHaveLength(1);
    expect(hasChosenNetwork(complete()).gaps).toEqual([]);
  });
});

describe('networkHasValueAdded', () => {
  it('flags a chosen network without a (non-blank) statement, and ignores rejected ones', () => {
    const s = complete();
    s.valueAdded[1]!.statement = '   ';
    const { gaps, checked } = networkHasValueAdded(s);
    expect(checked).toBe(2);
    expect(gaps.map((g) => g.target)).toEqual([{ step: 4, kind: 'networkChoice', id: 'n-fb' }]);
    expect(gaps[0]!.message.en).toContain('Facebook');
  });
});

describe('networkServesObjective', () => {
  it('flags a chosen network linked to no objective', () => {
    const s = complete();
    s.networkChoices[0]!.objectiveIds = [];
    expect(networkServesObjective(s).gaps.map((g) => g.target.id)).toEqual(['n-ig']);
  });

  it('does not count links to objectives that no longer exist', () => {
    const s = complete();
    s.networkChoices[0]!.objectiveIds = ['gone'];
    expect(networkServesObjective(s).gaps).toHaveLength(1);
  });
});

describe('valueAddedNotCopied', () => {
  it('flags the same statement pasted on another network, whatever the case and punctuation', () => {
    const s = complete();
    s.valueAdded[1]!.statement = 'PHOTOS of the daily cakes, with a link to order them before noon!';
    const { gaps } = valueAddedNotCopied(s);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.target).toEqual({ step: 4, kind: 'valueAdded', id: 'v-2' });
    expect(gaps[0]!.message.en).toContain('Instagram');
  });

  it('flags a near-identical statement (one word changed)', () => {
    const s = complete();
    s.valueAdded[1]!.statement = 'Photos of the daily cakes with a link to order them before lunch';
    expect(valueAddedNotCopied(s).gaps).toHaveLength(1);
  });

  it('flags a copy where only the network name was swapped', () => {
    const s = complete();
    s.valueAdded[0]!.statement = 'On Instagram: photos of the daily cakes with a link to order them';
    s.valueAdded[1]!.statement = 'On Facebook: photos of the daily cakes with a link to order them';
    expect(valueAddedNotCopied(s).gaps).toHaveLength(1);
  });

  it('accepts the same network repeating itself for two objectives', () => {
    const s = complete();
    s.valueAdded[1]!.networkId = 'instagram';
    s.valueAdded[1]!.statement = s.valueAdded[0]!.statement;
    expect(valueAddedNotCopied(s).gaps).toEqual([]);
  });

  it('accepts statements written separately', () => {
    expect(valueAddedNotCopied(complete()).gaps).toEqual([]);
  });
});

describe('pillarSharesSumTo100', () => {
  it('asks for pillars when there are none', () => {
    const s = complete();
    s.editorialLine.pillars = [];
    const out = pillarSharesSumTo100(s);
    expect(out.checked).toBe(0);
    expect(out.gaps[0]!.target).toEqual({ step: 6, kind: 'editorialLine', id: null });
  });

  it('reports the actual sum when it is not 100', () => {
    const s = complete();
    s.editorialLine.pillars[1]!.targetShare = 30;
    const gaps = pillarSharesSumTo100(s).gaps;
    expect(gaps[0]!.message.en).toContain('90 %');
    expect(gaps[0]!.message.fr).toContain('90 %');
  });

  it('tolerates rounding of hand-typed thirds', () => {
    const s = complete();
    s.editorialLine.pillars = [1, 2, 3].map((n) => ({
      id: `p${n}`,
      name: `P${n}`,
      description: '',
      targetShare: n === 3 ? 33.34 : 33.33,
      sensitive: false,
      colour: null,
    }));
    expect(pillarSharesSumTo100(s).gaps).toEqual([]);
  });
});

describe('hasActions', () => {
  it('does not count cancelled actions as a plan', () => {
    const s = complete();
    s.actions[0]!.status = 'cancelled';
    expect(hasActions(s).gaps).toHaveLength(1);
  });
});

describe('actionHasResponsibleAndAccountable', () => {
  it('names what is missing in both languages', () => {
    const s = complete();
    s.actions[0]!.raci = { responsible: [], accountable: null, consulted: ['m-3'], informed: [] };
    const gap = actionHasResponsibleAndAccountable(s).gaps[0]!;
    expect(gap.target).toEqual({ step: 8, kind: 'action', id: 'act-1' });
    expect(gap.message.en).toContain('responsible and accountable');
    expect(gap.message.fr).toContain('ni');
  });

  it('flags a missing accountable alone', () => {
    const s = complete();
    s.actions[0]!.raci.accountable = null;
    expect(actionHasResponsibleAndAccountable(s).gaps[0]!.message.en).toContain('no accountable');
  });

  it('skips cancelled actions', () => {
    const s = complete();
    s.actions[0]!.raci.accountable = null;
    s.actions[0]!.status = 'cancelled';
    expect(actionHasResponsibleAndAccountable(s).gaps).toEqual([]);
  });
});

describe('actionObstaclesReviewed', () => {
  it('flags an action with no obstacle and no "none identified"', () => {
    const s = complete();
    s.obstacles = [];
    expect(actionObstaclesReviewed(s).gaps.map((g) => g.target)).toEqual([
      { step: 9, kind: 'action', id: 'act-1' },
    ]);
  });

  it('accepts an explicit "no obstacles identified"', () => {
    const s = complete();
    s.obstacles = [];
    s.actions[0]!.noObstaclesIdentified = true;
    expect(actionObstaclesReviewed(s).gaps).toEqual([]);
  });

  it('does not count obstacles of the strategy as a whole', () => {
    const s = complete();
    s.obstacles[0]!.actionId = null;
    expect(actionObstaclesReviewed(s).gaps).toHaveLength(1);
  });
});

describe('indicatorKindFitsObjective', () => {
  it('warns (never errors) on ROI for an attention objective, with the reason', () => {
    const s = complete();
    s.indicators[1]!.kind = 'roi';
    const gaps = indicatorKindFitsObjective(s).gaps;
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ severity: 'warning', target: { step: 7, kind: 'indicator', id: 'i-2' } });
    expect(gaps[0]!.message.en).toContain('ROA');
  });

  it('warns when an attention objective is only measured by process or RONI indicators', () => {
    const s = complete();
    s.indicators[1]!.kind = 'process';
    const gaps = indicatorKindFitsObjective(s).gaps;
    expect(gaps.map((g) => g.target)).toEqual([{ step: 7, kind: 'objective', id: 'o-brand' }]);
  });

  it('accepts ROI on value-producing objectives and does not judge custom ones', () => {
    const s = complete();
    expect(indicatorKindFitsObjective(s).gaps).toEqual([]);
    s.objectives[1]!.type = 'custom';
    s.indicators[1]!.kind = 'roi';
    expect(indicatorKindFitsObjective(s).gaps).toEqual([]);
  });
});

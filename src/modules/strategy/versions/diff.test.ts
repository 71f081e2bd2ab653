import { describe, expect, it } from 'vitest';
import { emptySnapshot, type StrategySnapshot } from '../strategy.model.js';
import { diffFields, diffSection, diffSnapshots } from './diff.js';

function base(): StrategySnapshot {
  const s = emptySnapshot();
  s.title = 'Plan 2027';
  s.objectives = [
    {
      id: 'o1',
      type: 'sales',
      customType: null,
      title: 'Sell online',
      description: '',
      priority: 'high',
      periodStart: null,
      periodEnd: null,
    },
    {
      id: 'o2',
      type: 'loyalty',
      customType: null,
      title: 'Keep customers',
      description: '',
      priority: 'low',
      periodStart: null,
      periodEnd: null,
    },
  ];
  s.networkChoices = [
    {
      id: 'c1',
      networkId: 'linkedin',
      chosen: true,
      rationale: 'B2B',
      objectiveIds: ['o1'],
      audienceIds: [],
    },
  ];
  s.editorialLine.tone = 'Warm';
  s.editorialLine.frequencies = [{ networkId: 'linkedin', postsPerWeek: 3 }];
  s.actions = [
    {
      id: 'a1',
      title: 'Webinars',
      description: '',
      objectiveId: 'o1',
      audienceIds: [],
      networkIds: ['linkedin'],
      ownerId: null,
      startDate: null,
      endDate: null,
      status: 'planned',
      budgetEstimate: 0,
      raci: { responsible: ['m1'], accountable: 'm2', consulted: [], informed: [] },
      noObstaclesIdentified: false,
    },
  ];
  return s;
}

describe('diffSnapshots', () => {
  it('finds nothing between a snapshot and its copy', () => {
    const d = diffSnapshots(base(), structuredClone(base()));
    expect(d.changeCount).toBe(0);
    expect(d.sections.every((s) => !s.added.length && !s.removed.length && !s.changed.length)).toBe(true);
  });

  it('reports added, removed and changed items with field-level before/after', () => {
    const from = base();
    const to = base();
    to.objectives[0]!.priority = 'medium';
    to.objectives[0]!.title = 'Sell more online';
    to.objectives.splice(1, 1);
    to.objectives.push({ ...from.objectives[1]!, id: 'o3', title: 'Recruit' });
    const d = diffSection('objectives', from, to);
    expect(d.step).toBe(1);
    expect(d.added).toEqual([{ id: 'o3', label: 'Recruit' }]);
    expect(d.removed).toEqual([{ id: 'o2', label: 'Keep customers' }]);
    expect(d.changed).toEqual([
      {
        id: 'o1',
        label: 'Sell more online',
        fields: [
          { field: 'title', before: 'Sell online', after: 'Sell more online' },
          { field: 'priority', before: 'high', after: 'medium' },
        ],
      },
    ]);
  });

  it('compares the RACI letter by letter', () => {
    const to = base();
    to.actions[0]!.raci.accountable = 'm3';
    to.actions[0]!.raci.consulted = ['d1'];
    const changed = diffSection('actions', base(), to).changed[0]!;
    expect(changed.fields).toEqual([
      { field: 'raci.accountable', before: 'm2', after: 'm3' },
      { field: 'raci.consulted', before: [], after: ['d1'] },
    ]);
  });

  it('pairs network choices and frequencies by network, not by id', () => {
    const to = base();
    to.networkChoices[0]!.id = 'other-id';
    to.editorialLine.frequencies[0]!.postsPerWeek = 5;
    const d = diffSnapshots(base(), to);
    const choices = d.sections.find((s) => s.section === 'networkChoices')!;
    expect(choices.changed).toEqual([]);
    const freq = d.sections.find((s) => s.section === 'frequencies')!;
    expect(freq.changed[0]).toMatchObject({
      label: 'LinkedIn',
      fields: [{ field: 'postsPerWeek', before: 3, after: 5 }],
    });
  });

  it('covers the overview and the editorial line outside its lists', () => {
    const to = base();
    to.title = 'Plan 2028';
    to.editorialLine.tone = 'Warm and direct';
    to.editorialLine.pillars.push({
      id: 'p1',
      name: 'Expertise',
      description: '',
      targetShare: 100,
      sensitive: false,
      colour: null,
    });
    const d = diffSnapshots(base(), to);
    const get = (name: string) => d.sections.find((s) => s.section === name)!;
    expect(get('overview').changed[0]!.fields).toEqual([
      { field: 'title', before: 'Plan 2027', after: 'Plan 2028' },
    ]);
    expect(get('editorialLine').changed[0]!.fields).toEqual([
      { field: 'tone', before: 'Warm', after: 'Warm and direct' },
    ]);
    expect(get('pillars').added).toEqual([{ id: 'p1', label: 'Expertise' }]);
    expect(d.changeCount).toBe(3);
  });
});

describe('diffFields', () => {
  it('treats list order as meaningful and ignores key order in objects', () => {
    expect(diffFields({ id: 'x', tags: ['a', 'b'] }, { id: 'y', tags: ['b', 'a'] })).toEqual([
      { field: 'tags', before: ['a', 'b'], after: ['b', 'a'] },
    ]);
    expect(diffFields({ o: { a: 1, b: 2 } }, { o: { b: 2, a: 1 } })).toEqual([]);
  });

  it('reports a field that appears or disappears as null on the missing side', () => {
    expect(diffFields({ a: 1 }, { a: 1, networkId: 'x' })).toEqual([
      { field: 'networkId', before: null, after: 'x' },
    ]);
  });
});

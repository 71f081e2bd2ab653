import { describe, expect, it } from 'vitest';
import { emptySnapshot, type StrategySnapshot } from '../strategy.model.js';
import { checkSnapshot, isSnapshotEmpty, peopleIds, remapSnapshot } from './snapshot-file.js';

function sample(): StrategySnapshot {
  const s = emptySnapshot();
  s.objectives = [
    {
      id: 'o1',
      type: 'sales',
      customType: null,
      title: 'Sell',
      description: '',
      priority: 'high',
      periodStart: null,
      periodEnd: null,
    },
  ];
  s.audiences = [
    {
      id: 'a1',
      name: 'Buyers',
      segment: 'b2b',
      description: '',
      ageMin: null,
      ageMax: null,
      places: [],
      languages: [],
      interests: [],
      needs: [],
      pains: [],
      presentOn: [],
      objectiveIds: ['o1'],
    },
  ];
  s.existingActions = [
    {
      id: 'e1',
      name: 'Fair',
      channel: 'trade_fair',
      frequency: '',
      owner: '',
      description: '',
      audienceIds: ['a1'],
      objectiveIds: ['o1'],
    },
  ];
  s.valueAdded = [
    {
      id: 'v1',
      objectiveId: 'o1',
      networkId: 'linkedin',
      statement: 'S',
      complementsExistingActionIds: ['e1'],
    },
  ];
  s.networkChoices = [
    {
      id: 'c1',
      networkId: 'linkedin',
      chosen: true,
      rationale: '',
      objectiveIds: ['o1'],
      audienceIds: ['a1'],
    },
  ];
  s.editorialLine.pillars = [
    { id: 'p1', name: 'Know-how', description: '', targetShare: 100, sensitive: false, colour: null },
  ];
  s.indicators = [
    {
      id: 'i1',
      objectiveId: 'o1',
      kind: 'roi',
      metric: 'conversions',
      name: 'Leads',
      baseline: null,
      target: 10,
      unit: 'count',
      periodStart: null,
      periodEnd: null,
      targetSource: null,
    },
  ];
  s.actions = [
    {
      id: 'act1',
      title: 'Webinars',
      description: '',
      objectiveId: 'o1',
      audienceIds: ['a1'],
      networkIds: ['linkedin'],
      ownerId: 'm1',
      startDate: null,
      endDate: null,
      status: 'planned',
      budgetEstimate: 0,
      raci: { responsible: ['m1', 'm2'], accountable: 'd1', consulted: [], informed: ['d2'] },
      noObstaclesIdentified: false,
    },
  ];
  s.obstacles = [
    {
      id: 'ob1',
      actionId: 'act1',
      family: 'budget',
      description: 'No money',
      likelihood: 3,
      impact: 3,
      mitigation: '',
      ownerId: 'm2',
      dueDate: null,
      status: 'open',
    },
  ];
  return s;
}

describe('isSnapshotEmpty', () => {
  it('is true only when nothing was typed anywhere', () => {
    expect(isSnapshotEmpty(emptySnapshot())).toBe(true);
    const titled = emptySnapshot();
    titled.title = 'Plan';
    expect(isSnapshotEmpty(titled)).toBe(false);
    const toned = emptySnapshot();
    toned.editorialLine.tone = 'Warm';
    expect(isSnapshotEmpty(toned)).toBe(false);
    expect(isSnapshotEmpty(sample())).toBe(false);
  });
});

describe('checkSnapshot', () => {
  it('accepts a consistent snapshot', () => {
    expect(checkSnapshot(sample())).toEqual([]);
  });

  it('names each dangling reference with its full path', () => {
    const s = sample();
    s.audiences[0]!.objectiveIds = ['o1', 'gone'];
    s.valueAdded[0]!.complementsExistingActionIds = ['nope'];
    s.obstacles[0]!.actionId = 'missing';
    expect(checkSnapshot(s)).toEqual([
      { field: 'strategy.audiences.0.objectiveIds.1', message: 'Refers to no objective in this file' },
      {
        field: 'strategy.valueAdded.0.complementsExistingActionIds.0',
        message: 'Refers to no existing action in this file',
      },
      { field: 'strategy.obstacles.0.actionId', message: 'Refers to no action in this file' },
    ]);
  });

  it('refuses duplicate ids and what the API would refuse', () => {
    const s = sample();
    s.objectives.push({ ...s.objectives[0]! });
    s.networkChoices.push({ ...s.networkChoices[0]!, id: 'c2' });
    s.indicators[0]!.kind = 'roa';
    s.actions[0]!.startDate = '2027-02-01';
    s.actions[0]!.endDate = '2027-01-01';
    const fields = checkSnapshot(s).map((p) => p.field);
    expect(fields).toEqual([
      'strategy.objectives.1.id',
      'strategy.networkChoices.1.networkId',
      'strategy.indicators.0.kind',
      'strategy.actions.0.endDate',
    ]);
  });

  it('refuses unknown metrics and custom objectives without a label', () => {
    const s = sample();
    s.indicators[0]!.metric = 'vibes';
    s.objectives[0]!.type = 'custom';
    expect(checkSnapshot(s, 'file').map((p) => p.field)).toEqual([
      'file.objectives.0.customType',
      'file.indicators.0.metric',
    ]);
  });
});

describe('remapSnapshot', () => {
  it('gives every item a new id and makes every reference follow', () => {
    let n = 0;
    const out = remapSnapshot(
      sample(),
      () => `new-${(n += 1)}`,
      (id) => `here-${id}`,
    );
    const o1 = out.objectives[0]!.id;
    expect(o1).toMatch(/^new-/);
    expect(out.audiences[0]!.objectiveIds).toEqual([o1]);
    expect(out.existingActions[0]!.audienceIds).toEqual([out.audiences[0]!.id]);
    expect(out.valueAdded[0]!.complementsExistingActionIds).toEqual([out.existingActions[0]!.id]);
    expect(out.networkChoices[0]!.objectiveIds).toEqual([o1]);
    expect(out.editorialLine.pillars[0]!.id).toMatch(/^new-/);
    expect(out.indicators[0]!.objectiveId).toBe(o1);
    expect(out.actions[0]!.objectiveId).toBe(o1);
    expect(out.obstacles[0]!.actionId).toBe(out.actions[0]!.id);
    expect(out.actions[0]!.raci).toEqual({
      responsible: ['here-m1', 'here-m2'],
      accountable: 'here-d1',
      consulted: [],
      informed: ['here-d2'],
    });
    expect(out.actions[0]!.networkIds).toEqual(['linkedin']);
    const all = JSON.stringify(out);
    for (const old of ['"o1"', '"a1"', '"e1"', '"act1"', '"p1"']) expect(all).not.toContain(old);
  });

  it('drops people it cannot resolve and says where, asking for members only where owners go', () => {
    const asked: [string, string][] = [];
    const out = remapSnapshot(
      sample(),
      () => 'x',
      (id, field, accepts) => {
        asked.push([field, accepts]);
        return id === 'm1' ? 'me' : null;
      },
    );
    expect(out.actions[0]!.ownerId).toBe('me');
    expect(out.actions[0]!.raci.responsible).toEqual(['me']);
    expect(out.actions[0]!.raci.accountable).toBeNull();
    expect(out.obstacles[0]!.ownerId).toBeNull();
    expect(asked).toContainEqual(['actions.0.ownerId', 'member']);
    expect(asked).toContainEqual(['obstacles.0.ownerId', 'member']);
    expect(asked).toContainEqual(['actions.0.raci.accountable', 'memberOrDepartment']);
  });
});

describe('peopleIds', () => {
  it('collects owners and every RACI letter', () => {
    expect([...peopleIds(sample())].sort()).toEqual(['d1', 'd2', 'm1', 'm2']);
  });
});

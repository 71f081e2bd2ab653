import { describe, expect, it } from 'vitest';
import type { IndicatorItem } from '../../inbox/indicators/indicators.js';
import type { RoniInputs } from '../roni/roni-inputs.js';
import { isLateAnswer, summariseInbox, workloadVsCapacity } from './process.js';
import { roniEstimate, roniValue } from './roni.js';
import { statusOf } from './analytics-engine.service.js';

function item(over: Partial<IndicatorItem>): IndicatorItem {
  return {
    network: 'bluesky',
    kind: 'reply',
    state: 'answered',
    isQuestion: true,
    occurredAt: '2026-10-05T10:00:00.000Z',
    dueAt: '2026-10-05T14:00:00.000Z',
    firstResponseAt: '2026-10-05T11:00:00.000Z',
    breachedAt: null,
    assigneeId: null,
    assigneeName: null,
    departmentId: null,
    departmentName: null,
    ...over,
  };
}

const inputs: RoniInputs = {
  currency: 'EUR',
  assumptions: { unansweredLossProbability: 0.5, lateLossProbability: null, valuePerContact: 2000 },
  audienceGaps: [
    {
      id: 'g1',
      audienceId: 'a1',
      audienceName: 'Students',
      networkId: 'tiktok',
      peopleExposed: 100,
      probability: 0.1,
      valuePerPerson: 300,
      note: '',
    },
  ],
  competitors: [
    {
      id: 'c1',
      name: 'Rival',
      networkId: 'instagram',
      probability: 0.2,
      customersExposed: 10,
      averageValue: 5000,
      source: '',
    },
    {
      id: 'c2',
      name: 'Other',
      networkId: 'x',
      probability: null,
      customersExposed: 10,
      averageValue: 5000,
      source: '',
    },
  ],
};

describe('RONI', () => {
  const counts = { unansweredQuestions: 3, lateAnswers: 2, audiencesNotReached: 1 };
  const est = roniEstimate(inputs, counts);

  it('multiplies probability by impact and sums only complete risks', () => {
    const byKind = (k: string) => est.risks.filter((r) => r.kind === k);
    expect(byKind('unanswered_questions')[0]).toMatchObject({
      probability: 0.5,
      impact: 6000,
      expectedLoss: 3000,
    });
    expect(byKind('late_answers')[0]).toMatchObject({
      impact: 4000,
      expectedLoss: null,
      unavailable: 'needs_assumption',
    });
    expect(byKind('audience_gap')[0]).toMatchObject({ impact: 30_000, expectedLoss: 3000 });
    expect(byKind('competitor').map((r) => r.expectedLoss)).toEqual([10_000, null]);
    expect(est.total).toBe(16_000);
  });

  it('competitor presence sums the complete competitors and notes the others', () => {
    const v = roniValue('competitor_presence', est, counts, 'EUR');
    expect(v).toMatchObject({ value: 10_000, notes: ['needs_assumption:1'], currency: 'EUR' });
    expect(roniValue('roni_total', est, counts, 'EUR').value).toBe(16_000);
    expect(roniValue('audiences_not_reached', est, counts, 'EUR').value).toBe(1);
    const none = roniEstimate({ ...inputs, competitors: [] }, counts);
    expect(roniValue('competitor_presence', none, counts, 'EUR')).toMatchObject({
      value: null,
      unavailable: 'no_data',
    });
  });
});

describe('process figures', () => {
  const now = new Date('2026-11-01T00:00:00Z');

  it('late answers are received items answered after due time (at due time is in time)', () => {
    expect(isLateAnswer(item({ firstResponseAt: '2026-10-05T14:00:00.000Z' }))).toBe(false);
    expect(isLateAnswer(item({ firstResponseAt: '2026-10-05T14:00:01.000Z' }))).toBe(true);
    expect(isLateAnswer(item({ firstResponseAt: '2026-10-05T15:00:00.000Z', state: 'spam' }))).toBe(false);
    expect(isLateAnswer(item({ dueAt: null, firstResponseAt: '2026-10-09T00:00:00.000Z' }))).toBe(false);
  });

  it('summarises the inbox with its own formulas', () => {
    const s = summariseInbox(
      [
        item({}),
        item({ firstResponseAt: '2026-10-05T16:00:00.000Z' }),
        item({ firstResponseAt: null, state: 'new' }),
        item({ kind: 'like' }),
      ],
      now,
    );
    expect(s).toMatchObject({
      received: 3,
      answered: 2,
      decided: 3,
      medianMinutes: 60,
      unansweredQuestions: 1,
      lateAnswers: 1,
    });
    expect(s.withinTargetShare).toBeCloseTo(1 / 3);
  });

  it('workload against capacity, null without capacity', () => {
    expect(workloadVsCapacity({ plannedHours: 30, availableHours: 40 }, 'EUR').value).toBe(75);
    expect(workloadVsCapacity({ plannedHours: 30, availableHours: 0 }, 'EUR').value).toBeNull();
  });

  it('status follows the direction of the metric', () => {
    expect(statusOf(5, 4, true)).toBe('on_track');
    expect(statusOf(3, 4, true)).toBe('behind');
    expect(statusOf(3, 4, false)).toBe('on_track');
    expect(statusOf(3, null, false)).toBe('no_target');
    expect(statusOf(null, 4, false)).toBe('no_value');
  });
});

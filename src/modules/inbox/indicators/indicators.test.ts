import { describe, expect, it } from 'vitest';
import {
  clockOf,
  firstResponseMinutes,
  groupIndicators,
  indicatorsOf,
  median,
  p90,
  ratio,
  type IndicatorItem,
} from './indicators.js';

const now = new Date('2026-03-30T12:00:00.000Z');
const item = (over: Partial<IndicatorItem> = {}): IndicatorItem => ({
  network: 'x',
  kind: 'reply',
  state: 'new',
  isQuestion: false,
  occurredAt: '2026-03-29T10:00:00.000Z',
  dueAt: '2026-03-29T10:30:00.000Z',
  firstResponseAt: null,
  breachedAt: null,
  assigneeId: null,
  assigneeName: null,
  departmentId: null,
  departmentName: null,
  ...over,
});

describe('inbox indicator formulas', () => {
  it('takes nearest-rank median and p90 from the approvals engine: observed values, null when empty', () => {
    expect(median([])).toBeNull();
    expect(p90([])).toBeNull();
    expect(median([40, 10, 30, 20])).toBe(20);
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(9);
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe(10);
  });

  it('answers null for a rate over nothing', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(0, 4)).toBe(0);
  });

  it('counts an answer exactly at due time within target, one millisecond later breached', () => {
    expect(clockOf(item({ firstResponseAt: '2026-03-29T10:30:00.000Z' }), now)).toBe('met');
    expect(clockOf(item({ firstResponseAt: '2026-03-29T10:30:00.001Z' }), now)).toBe('breached');
    expect(clockOf(item({ dueAt: null }), now)).toBe('none');
    expect(clockOf(item({ dueAt: '2026-03-30T12:00:00.000Z' }), now)).toBe('running');
  });

  it('follows the inbox clock for items closed without an answer: stopped, unless already flagged late', () => {
    expect(clockOf(item(), now)).toBe('breached');
    expect(clockOf(item({ state: 'closed' }), now)).toBe('none');
    expect(clockOf(item({ state: 'closed', breachedAt: '2026-03-29T10:31:00.000Z' }), now)).toBe('breached');
    const r = indicatorsOf([item({ state: 'closed', isQuestion: true })], now);
    // Still unanswered for the person who asked, but neither late nor in the backlog.
    expect(r).toMatchObject({ unansweredQuestions: 1, lateQuestions: 0, breached: 0, backlog: 0 });
  });

  it('clamps a response recorded before the message (a network clock behind ours) to zero', () => {
    expect(firstResponseMinutes(item({ firstResponseAt: '2026-03-29T09:59:00.000Z' }))).toBe(0);
    expect(firstResponseMinutes(item({ firstResponseAt: '2026-03-29T10:45:30.000Z' }))).toBe(45.5);
  });

  it('leaves spam and running clocks out of the within-target share', () => {
    const r = indicatorsOf(
      [
        item({ firstResponseAt: '2026-03-29T10:10:00.000Z', state: 'answered' }),
        item({ dueAt: '2026-03-31T00:00:00.000Z' }),
        item({ state: 'spam' }),
      ],
      now,
    );
    expect(r).toMatchObject({
      received: 2,
      answered: 1,
      responseRate: 0.5,
      withinTargetShare: 1,
      backlog: 1,
    });
  });

  it('returns no groups for no items, and one "all" group when not grouping', () => {
    expect(groupIndicators([], 'department', now).data).toEqual([]);
    expect(groupIndicators([], 'none', now).data).toMatchObject([
      { key: 'all', received: 0, responseRate: null },
    ]);
  });
});

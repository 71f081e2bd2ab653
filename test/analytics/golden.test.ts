import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  IndicatorCard,
  IndicatorValue,
  Period,
  RoniEstimate,
  Scope,
  TraceSource,
} from '../../src/modules/analytics/indicators/indicator.types.js';
import { DIALECTS } from '../support/databases.js';
import { readGolden, startGolden, type Golden } from './golden.support.js';

/**
 * The golden dataset against the analytics API: every figure was worked out by hand from
 * docs/analytics-indicators.md (test/fixtures/analytics-golden/EXPECTED.md) and must come back exactly.
 * A failure here means the engine and the hand computation disagree: recheck EXPECTED.md against the
 * doc before touching either.
 */

interface ExpectedValue {
  value: number | null;
  /** '*': null with some reason (the doc names none for that case). */
  unavailable?: string;
  coverage?: { reported: number; of: number };
  /** How many conversions in another currency the note `other_currency:n` must report (0: no note). */
  otherCurrency?: number;
}

interface Query {
  from: string;
  to: string;
  scope?: string;
  scopeId?: string;
}

interface Expected {
  currency: string;
  units: Record<string, [string, string | null]>;
  metrics: {
    name: string;
    query: Query;
    period: Period;
    previousPeriod: Period;
    scope: Scope;
    values: Record<string, ExpectedValue>;
  }[];
  indicators: {
    query: Query;
    period: Period;
    previousPeriod: Period;
    cards: (Omit<IndicatorCard, 'current' | 'previous' | 'name' | 'trend'> & {
      current: ExpectedValue;
      previous: ExpectedValue;
    })[];
  };
  roni: {
    name: string;
    query: Query;
    period: Period;
    counts: { unansweredQuestions: number; lateAnswers: number; audiencesNotReached: number };
    currency: string;
    total: number;
    risks: {
      kind: string;
      probability: number | null;
      impact: number | null;
      expectedLoss: number | null;
      unavailable?: string;
    }[];
  }[];
  trace: { name: string; query: Query; metric: string; source: TraceSource; rowIds: string[] }[];
  otherWorkspace: { name: string; query: Query; values: Record<string, ExpectedValue> };
  defaultPeriod: { period: Period; previousPeriod: Period; values: Record<string, ExpectedValue> };
}

interface MetricsAnswer {
  period: Period;
  previousPeriod: Period;
  scope: Scope;
  currency: string;
  values: IndicatorValue[];
}

const expected = readGolden<Expected>('expected.json');

function qs(params: Record<string, string | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) p.set(k, v);
  return p.toString();
}

/** The part of an answered value the expectation speaks about, in the expectation's shape. */
function comparable(got: IndicatorValue, want: ExpectedValue): ExpectedValue {
  const out: ExpectedValue = { value: got.value };
  if (want.value === null || got.value === null) {
    out.unavailable = want.unavailable === '*' && got.unavailable ? '*' : got.unavailable;
  }
  if (want.coverage) out.coverage = got.coverage;
  if (want.otherCurrency !== undefined) {
    const notes = got.notes.filter((n) => n.startsWith('other_currency'));
    out.otherCurrency = notes.length === 0 ? 0 : Number(notes[0]!.split(':')[1]);
    if (notes.length > 1) out.otherCurrency = NaN;
  }
  return out;
}

describe.each(DIALECTS)('golden analytics dataset on %s', (dialect) => {
  let g: Golden;
  const api = (path: string) => `/api/v1/workspaces/${g.ws}/analytics/${path}`;

  async function getJson<T>(path: string): Promise<T> {
    const res = await g.owner.get(api(path));
    expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
    return res.json<T>();
  }

  beforeAll(async () => {
    g = await startGolden(dialect);
  });
  afterAll(async () => g?.t.close());

  describe.each(expected.metrics)('analytics/metrics: $name', (c) => {
    const ids = Object.keys(c.values);
    let answer: MetricsAnswer;

    beforeAll(async () => {
      answer = await getJson<MetricsAnswer>(`metrics?${qs({ ...c.query, metrics: ids.join(',') })}`);
    });

    it('echoes the period, the previous period, the scope and the currency', () => {
      expect(answer.period).toEqual(c.period);
      expect(answer.previousPeriod).toEqual(c.previousPeriod);
      expect(answer.scope).toEqual(c.scope);
      expect(answer.currency).toBe(expected.currency);
      expect(answer.values.map((v) => v.metric)).toEqual(ids);
    });

    it.each(ids)('%s', (id) => {
      const got = answer.values.find((v) => v.metric === id)!;
      const want = c.values[id]!;
      expect(comparable(got, want)).toEqual(want);
      const [unit, currency] = expected.units[id]!;
      expect({ unit: got.unit, currency: got.currency }).toEqual({ unit, currency });
      if (got.value !== null) expect(got.unavailable).toBeUndefined();
    });
  });

  describe('analytics/indicators (step-7 cards, October against September)', () => {
    const e = expected.indicators;
    let cards: IndicatorCard[];

    beforeAll(async () => {
      const body = await getJson<{ period: Period; previousPeriod: Period; cards: IndicatorCard[] }>(
        `indicators?${qs({ ...e.query })}`,
      );
      expect(body.period).toEqual(e.period);
      expect(body.previousPeriod).toEqual(e.previousPeriod);
      cards = body.cards;
    });

    it('has one card per strategy indicator', () => {
      expect(cards.map((c) => c.indicatorId).sort()).toEqual(e.cards.map((c) => c.indicatorId).sort());
    });

    it.each(e.cards)('$indicatorId', (want) => {
      const got = cards.find((c) => c.indicatorId === want.indicatorId)!;
      expect(got).toBeDefined();
      expect({
        indicatorId: got.indicatorId,
        objectiveId: got.objectiveId,
        kind: got.kind,
        networkId: got.networkId,
        current: comparable(got.current, want.current),
        previous: comparable(got.previous, want.previous),
        target: got.target,
        baseline: got.baseline,
        benchmark: got.benchmark,
        higherIsBetter: got.higherIsBetter,
        status: got.status,
      }).toEqual(want);
    });
  });

  describe.each(expected.roni)('analytics/roni: $name', (e) => {
    let body: { period: Period; estimate: RoniEstimate; counts: Expected['roni'][number]['counts'] };

    beforeAll(async () => {
      body = await getJson(`roni?${qs({ ...e.query })}`);
    });

    it('counts and total', () => {
      expect(body.period).toEqual(e.period);
      expect(body.counts).toEqual(e.counts);
      expect(body.estimate.currency).toBe(e.currency);
      expect(body.estimate.total).toBe(e.total);
    });

    it('lists every entered risk with its probability, impact and expected loss', () => {
      const got = body.estimate.risks.map((r) => ({
        kind: r.kind,
        probability: r.probability,
        impact: r.impact,
        expectedLoss: r.expectedLoss,
        ...(r.unavailable ? { unavailable: r.unavailable } : {}),
      }));
      // Audience pairs nobody estimated may be listed too (needs_assumption): the entered ones must be there.
      for (const want of e.risks) expect(got).toContainEqual(want);
      const summed = body.estimate.risks.filter((r) => r.expectedLoss !== null);
      expect(summed.reduce((s, r) => s + r.expectedLoss!, 0)).toBe(e.total);
    });
  });

  describe.each(expected.trace)('analytics/trace: $name', (e) => {
    it(`lists the rows behind the input`, async () => {
      const m = await getJson<MetricsAnswer>(`metrics?${qs({ ...e.query, metrics: e.metric })}`);
      const input = m.values[0]!.inputs.find((i) => i.source === e.source);
      expect(input, `${e.metric} has an input from ${e.source}`).toBeDefined();
      const body = await getJson<{
        source: TraceSource;
        rows: Record<string, unknown>[];
        truncated: boolean;
      }>(`trace?${qs({ ...e.query, metric: e.metric, input: input!.key })}`);
      expect(body.source).toBe(e.source);
      expect(body.truncated).toBe(false);
      expect(body.rows.map((r) => r.id).sort()).toEqual([...e.rowIds].sort());
      if (input!.rows !== undefined) expect(input!.rows).toBe(e.rowIds.length);
    });
  });

  describe('period rules', () => {
    it('defaults to the last 30 days up to today in the workspace zone (crossing the DST change)', async () => {
      const e = expected.defaultPeriod;
      const ids = Object.keys(e.values);
      const body = await getJson<MetricsAnswer>(`metrics?${qs({ metrics: ids.join(',') })}`);
      expect(body.period).toEqual(e.period);
      expect(body.previousPeriod).toEqual(e.previousPeriod);
      for (const id of ids) {
        const got = body.values.find((v) => v.metric === id)!;
        expect({ id, ...comparable(got, e.values[id]!) }).toEqual({ id, ...e.values[id] });
      }
    });

    it.each([
      ['from=2025-10-01&to=2026-10-31', ['from', 'to']],
      ['from=2026-13-01&to=2026-10-31', ['from']],
      ['from=2026-10-01&to=2026-10-31&metrics=no_such_metric', ['metrics']],
    ])('refuses %s with a 400 naming the field', async (query, fields) => {
      const res = await g.owner.get(api(`metrics?${query}`));
      expect(res.statusCode, res.body).toBe(400);
      expect(fields).toContain(res.json<{ errors: { field: string }[] }>().errors[0]?.field);
    });
  });

  it('keeps the other workspace to itself: its own figures count only its own rows', async () => {
    const e = expected.otherWorkspace;
    const ids = Object.keys(e.values);
    const res = await g.otherOwner.get(
      `/api/v1/workspaces/${g.other}/analytics/metrics?${qs({ ...e.query, metrics: ids.join(',') })}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const values = res.json<MetricsAnswer>().values;
    for (const id of ids) {
      const got = values.find((v) => v.metric === id)!;
      expect({ id, ...comparable(got, e.values[id]!) }).toEqual({ id, ...e.values[id] });
    }
    // And neither workspace can read the other's analytics.
    expect((await g.owner.get(`/api/v1/workspaces/${g.other}/analytics/metrics`)).statusCode).toBe(404);
  });
});

// The analytics dashboard benchmark of issue 8, called by bench/run.ts once per engine on a fresh
// database. Data (bench/analytics-data.ts): one workspace with N metric snapshots (default 1,000,000:
// ~40,000 variants × 25), N inbox items and N / 10 link clicks over a year; generation time printed
// apart. Measured, for a month (October 2026, 745 h in Paris) and a quarter (Q3 2026): what the
// Analytics page asks for one period — AnalyticsEngine.metrics on the workspace scope (every metric),
// then DashboardsService.breakdown by network — called directly, RUNS times after 3 warm-ups, p50/p95.
// Baseline (bench/analytics-baseline.ts): hand-written SQL computing the same figures on the same
// database, same runs. Printed: ratio = baseline p50 ÷ engine p50 (1.0: as fast as hand SQL), and the
// engine's figures beside the baseline's, with a MISMATCH line for any that differ. Asserts nothing.
import os from 'node:os';
import { pino } from 'pino';
import type { AppContext } from '../src/app/context.js';
import { loadConfig } from '../src/config.js';
import { systemClock } from '../src/core/clock.js';
import { SecretBox } from '../src/core/secrets.js';
import type { Database } from '../src/db/database.js';
import { DashboardsService } from '../src/modules/analytics/dashboards/dashboards.service.js';
import { AnalyticsEngine } from '../src/modules/analytics/indicators/analytics-engine.service.js';
import type { IndicatorValue, Period } from '../src/modules/analytics/indicators/indicator.types.js';
import { SqlJobQueue } from '../src/modules/jobs/sql-job-queue.js';
import { LogMailer } from '../src/modules/mail/mailers.js';
import { baselineFigures, type Figures } from './analytics-baseline.js';
import { generateDataset, type DatasetSize } from './analytics-data.js';

const WARM_UPS = 3;
const PERIODS: readonly [label: string, from: string, to: string][] = [
  ['month 2026-10', '2026-10-01', '2026-10-31'],
  ['quarter 2026-Q3', '2026-07-01', '2026-09-30'],
];

interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Warm-ups, then up to `runs` timed calls. A slow call (> 2 s) gets one warm-up and stops after 3 runs
 * once a minute is spent: the bench must stay runnable while the engine is slow.
 */
async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  const timed = async () => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  const slow = (await timed()) > 2_000;
  for (let i = 1; i < (slow ? 1 : WARM_UPS); i++) await timed();
  const ms: number[] = [];
  let spent = 0;
  while (ms.length < runs && !(slow && ms.length >= 3 && spent > 60_000)) {
    const t = await timed();
    ms.push(t);
    spent += t;
  }
  ms.sort((x, y) => x - y);
  return { p50: pct(ms, 50), p95: pct(ms, 95), runs: ms.length };
}

/** The smallest AppContext the services read (database, clock); the rest is inert. */
function benchContext(database: Database): AppContext {
  const logger = pino({ level: 'silent' });
  const config = loadConfig({}, { dataDir: '.', databaseUrl: null, testing: true });
  return {
    config,
    database,
    secrets: new SecretBox('bench-secret-bench-secret-bench-secret'),
    mailer: new LogMailer(logger),
    clock: systemClock,
    logger,
    queue: new SqlJobQueue(database.db, database.dialect),
  };
}

/** The engine's answer as the baseline's figures: the metrics' values, coverage and inputs. */
function engineFigures(values: IndicatorValue[]): Partial<Record<keyof Figures, number | null>> {
  const metric = (id: string) => values.find((v) => v.metric === id);
  const input = (key: string) => {
    for (const v of values) {
      const i = v.inputs.find((x) => x.key === key);
      if (i) return i.value;
    }
    return undefined;
  };
  const value = (id: string) => metric(id)?.value;
  return {
    posts: metric('engagements')?.coverage?.of,
    engagements: value('engagements'),
    engagementsReported: metric('engagements')?.coverage?.reported,
    impressions: value('impressions'),
    impressionsReported: metric('impressions')?.coverage?.reported,
    reach: value('reach'),
    reachReported: metric('reach')?.coverage?.reported,
    engagementRateImpressions: value('engagement_rate_impressions'),
    linkClicks: value('link_clicks'),
    conversions: value('conversions'),
    attributedValue: value('attributed_value'),
    cost: input('cost'),
    staffHours: input('staff_hours'),
    questions: input('questions'),
    unansweredQuestions: value('unanswered_questions'),
    lateAnswers: value('late_answers'),
    firstResponseMedian: value('first_response_time_median'),
  };
}

/** Sums of the breakdown's rows (and unassigned) that must equal the workspace totals. */
function breakdownTotals(b: Awaited<ReturnType<DashboardsService['breakdown']>>) {
  const all = [...b.rows, b.unassigned];
  const sum = (f: (r: (typeof all)[number]) => number | null) =>
    all.reduce<number | null>((s, r) => (f(r) === null ? s : (s ?? 0) + f(r)!), null);
  return {
    posts: sum((r) => r.posts),
    engagements: sum((r) => r.engagements),
    impressions: sum((r) => r.impressions),
    reach: sum((r) => r.reach),
    linkClicks: sum((r) => r.linkClicks),
  };
}

const show = (v: number | null | undefined) => (v === undefined ? '—' : v === null ? 'null' : String(v));

/** Equal, or within a rounding step for the 2-decimal rate (JS and SQL may divide in another order). */
function same(key: keyof Figures, a: number | null | undefined, b: number | null): boolean {
  if (a === undefined) return true; // the engine does not expose this figure: nothing to compare
  if (a === null || b === null) return a === b;
  if (key === 'engagementRateImpressions' || key === 'staffHours') return Math.abs(a - b) <= 0.0100001;
  return a === b;
}

/** Runs the analytics benchmark on a fresh migrated database and writes its lines through `out`. */
export async function analyticsBench(
  database: Database,
  size: DatasetSize & { runs: number },
  out: (line: string) => void,
): Promise<void> {
  const engine = database.dialect.padEnd(8);
  const t0 = performance.now();
  const data = await generateDataset(database, size);
  const genMs = performance.now() - t0;
  const rows = [...data.counts.values()].reduce((s, n) => s + n, 0);
  const counts = ['post_metric_snapshots', 'inbox_items', 'link_clicks', 'post_variants', 'conversions']
    .map((t) => `${data.counts.get(t) ?? 0} ${t}`)
    .join(', ');
  const slowest = [...data.writeMs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([t, ms]) => `${t} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
  out(
    `${engine} analytics data: ${counts} (${rows} rows) in ${(genMs / 1000).toFixed(1)} s incl. ANALYZE (${Math.round(rows / (genMs / 1000))} rows/s; load average ${os.loadavg()[0]!.toFixed(1)}); writing ${slowest}\n`,
  );

  const ctx = benchContext(database);
  const analytics = new AnalyticsEngine(ctx);
  const dashboards = new DashboardsService(ctx);
  const ws = data.workspaceId;
  const fmt = (t: Timing) =>
    `p50 ${t.p50.toFixed(1).padStart(8)} ms  p95 ${t.p95.toFixed(1).padStart(8)} ms  (${t.runs} runs)`;
  for (const [label, from, to] of PERIODS) {
    const { period }: { period: Period } = await analytics.resolvePeriod(ws, from, to);
    const scope = { kind: 'workspace' as const };
    const base = await timeRuns(size.runs, () => baselineFigures(database, ws, data.currency, period));
    const page = await timeRuns(size.runs, async () => {
      await analytics.metrics(ws, period, scope);
      await dashboards.breakdown(ws, { by: 'network', from, to });
    });
    out(`${engine} analytics ${label} baseline (hand SQL, 7 statements)       ${fmt(base)}\n`);
    out(`${engine} analytics ${label} dashboard (metrics + breakdown network) ${fmt(page)}\n`);
    // Each part alone, once warm: where the time of the dashboard goes.
    const parts: [string, () => Promise<unknown>][] = [
      ['AnalyticsEngine.metrics (all metrics)', () => analytics.metrics(ws, period, scope)],
      ['DashboardsService.breakdown(network)', () => dashboards.breakdown(ws, { by: 'network', from, to })],
    ];
    const split = [];
    for (const [name, fn] of parts) {
      const t = performance.now();
      await fn();
      split.push(`${name} ${(performance.now() - t).toFixed(0)} ms`);
    }
    out(`${engine} analytics ${label} one call each: ${split.join(', ')}\n`);
    out(`${engine} analytics ${label} ratio baseline/dashboard (p50) ${(base.p50 / page.p50).toFixed(2)}\n`);

    const expected = await baselineFigures(database, ws, data.currency, period);
    const got = engineFigures(await analytics.metrics(ws, period, scope));
    const mismatches: (keyof Figures)[] = [];
    const pairs = (Object.keys(expected) as (keyof Figures)[]).map((k) => {
      if (!same(k, got[k], expected[k])) mismatches.push(k);
      return `${k} ${show(got[k])}/${show(expected[k])}`;
    });
    out(`${engine} analytics ${label} figures engine/baseline: ${pairs.join(', ')}\n`);
    for (const k of mismatches) {
      out(
        `${engine} analytics ${label} MISMATCH ${k}: engine ${show(got[k])}, baseline ${show(expected[k])}\n`,
      );
    }
    const totals = breakdownTotals(await dashboards.breakdown(ws, { by: 'network', from, to }));
    for (const [k, v] of Object.entries(totals) as [keyof typeof totals, number | null][]) {
      if (v !== expected[k]) {
        out(
          `${engine} analytics ${label} MISMATCH breakdown by network, sum of ${k}: ${show(v)}, baseline ${show(expected[k])}\n`,
        );
      }
    }
  }
}

import type { Insertable } from 'kysely';
import type { AppContext } from '../../../app/context.js';
import { newId } from '../../../core/ids.js';
import type { JobQueue } from '../../jobs/job-queue.port.js';
import { isConnectorError } from '../../publishing/connectors/connector.errors.js';
import type { PostMetricsReading } from '../../publishing/connectors/connector.port.js';
import { ConnectedAccountsRepository } from '../../publishing/scheduler/connected-accounts.repository.js';
import type { PostMetricSnapshotsTable } from '../analytics.tables.js';
import { appConnectors, flagRejected, openAccount, type ConnectorLookup } from './connectors.js';
import { ALL_POST_METRICS, splitReported } from './metric-names.js';
import { dueNow, skippedPoints } from './snapshot-schedule.js';
import { observationWindowStart, planAccount } from './snapshot-planner.js';
import type { SnapshotPayload } from './snapshot.jobs.js';
import { SnapshotsRepository, type ObservedVariant } from './snapshots.repository.js';

// Bluesky's getPosts takes 25 URIs; other networks read one by one behind the same call.
const BATCH = 25;

export interface SnapshotRunReport {
  stored: number;
  gone: number;
  /** Schedule points missed (worker down) and not fabricated. */
  skipped: number;
  error: string | null;
}

/**
 * Runs a snapshot job: every observed variant of the account with a point due now is read in one
 * connector call (per 25), one row per variant, then the account's next job is planned. Transient
 * network errors are thrown for the queue to retry with backoff; rejected credentials flag the account
 * (no retry: nothing works until it is reconnected); a post the network no longer has is marked gone.
 */
export class SnapshotCollector {
  readonly #ctx: AppContext;
  readonly #queue: JobQueue;
  readonly #connectorFor: ConnectorLookup;
  readonly #repo: SnapshotsRepository;

  constructor(ctx: AppContext, queue: JobQueue = ctx.queue, connectorFor?: ConnectorLookup) {
    this.#ctx = ctx;
    this.#queue = queue;
    this.#connectorFor = connectorFor ?? appConnectors(ctx);
    this.#repo = new SnapshotsRepository(ctx.database.db);
  }

  /** Handles one `analytics.snapshot` job; idempotent (a point already recorded is not read again). */
  async run(job: SnapshotPayload): Promise<SnapshotRunReport> {
    const report: SnapshotRunReport = { stored: 0, gone: 0, skipped: 0, error: null };
    const { workspaceId, accountId } = job;
    const account = await new ConnectedAccountsRepository(this.#ctx.database.db, this.#ctx.secrets).get(
      workspaceId,
      accountId,
    );
    // Disconnected, or waiting for a reconnection: the periodic re-plan takes it up again afterwards.
    if (!account || account.healthStatus === 'needs_reconnect') return report;
    const now = this.#ctx.clock.now();
    const variants = await this.#repo.observedVariants(accountId, observationWindowStart(now.getTime()));
    const due = variants.flatMap((v) => {
      const published = Date.parse(v.publishedAt);
      const last = v.lastDueAt === null ? null : Date.parse(v.lastDueAt);
      const point = dueNow(published, last, now.getTime());
      if (point === null) return [];
      report.skipped += skippedPoints(published, last, now.getTime());
      return [{ v, dueAt: new Date(point).toISOString() }];
    });
    if (due.length > 0) {
      const done = await this.#readAndStore(account, due, false, report);
      if (!done) return report;
      if (report.skipped > 0) {
        this.#ctx.logger.info(
          { accountId, skipped: report.skipped },
          'analytics: missed points not fabricated',
        );
      }
    }
    await planAccount(this.#ctx, workspaceId, accountId, this.#queue);
    return report;
  }

  /**
   * Reads every observed variant of the account now, outside the schedule ("Refresh metrics now"):
   * stored as on-demand rows, so the scheduled points still happen. Transient errors are thrown.
   */
  async refreshNow(workspaceId: string, accountId: string): Promise<SnapshotRunReport> {
    const report: SnapshotRunReport = { stored: 0, gone: 0, skipped: 0, error: null };
    const account = await new ConnectedAccountsRepository(this.#ctx.database.db, this.#ctx.secrets).get(
      workspaceId,
      accountId,
    );
    if (!account || account.healthStatus === 'needs_reconnect') return report;
    const now = this.#ctx.clock.now();
    const variants = await this.#repo.observedVariants(accountId, observationWindowStart(now.getTime()));
    const dueAt = now.toISOString();
    await this.#readAndStore(
      account,
      variants.map((v) => ({ v, dueAt })),
      true,
      report,
    );
    return report;
  }

  /** One connector call per 25 variants, one row each; false when the account could not be read. */
  async #readAndStore(
    account: { id: string; workspaceId: string; network: string },
    due: { v: ObservedVariant; dueAt: string }[],
    onDemand: boolean,
    report: SnapshotRunReport,
  ): Promise<boolean> {
    if (due.length === 0) return true;
    const { workspaceId, id: accountId } = account;
    const conn = await openAccount(this.#ctx, workspaceId, accountId);
    if (!conn) return false;
    const connector = this.#connectorFor(account.network);
    const declared = connector.capabilities.metrics.post;
    const now = this.#ctx.clock.now();
    for (let i = 0; i < due.length; i += BATCH) {
      const chunk = due.slice(i, i + BATCH);
      let readings: PostMetricsReading[];
      try {
        readings = await connector.readPostMetrics(
          conn,
          chunk.map((d) => d.v.remoteId),
        );
      } catch (err) {
        if (isConnectorError(err, 'auth')) {
          await flagRejected(this.#ctx, workspaceId, accountId, err.message);
          report.error = `auth: ${err.message}`;
          return false;
        }
        throw err; // transient, rate limited: the queue retries with backoff
      }
      const byRemote = new Map(readings.map((r) => [r.remoteId, r]));
      const rows: Insertable<PostMetricSnapshotsTable>[] = [];
      for (const { v, dueAt } of chunk) {
        const reading = byRemote.get(v.remoteId);
        if (!reading) continue; // not answered: still due, read at the next run
        const split = splitReported(ALL_POST_METRICS, declared, reading.metrics?.values ?? {});
        const gone = reading.metrics === null;
        rows.push({
          id: newId(),
          workspace_id: workspaceId,
          variant_id: v.id,
          account_id: accountId,
          network: account.network,
          observed_at: reading.metrics?.observedAt ?? now.toISOString(),
          due_at: dueAt,
          metrics: JSON.stringify(gone ? {} : split.metrics),
          unavailable: JSON.stringify(gone ? [...ALL_POST_METRICS] : split.unavailable),
          gone: gone ? 1 : 0,
          on_demand: onDemand ? 1 : 0,
        });
        if (gone) report.gone += 1;
      }
      await this.#repo.insertPostSnapshots(rows);
      report.stored += rows.length;
    }
    return true;
  }
}

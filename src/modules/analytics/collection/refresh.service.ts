import type { AppContext } from '../../../app/context.js';
import { AppError } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { ConnectedAccountsRepository } from '../../publishing/scheduler/connected-accounts.repository.js';
import { snapshotAccountNow } from './account-snapshots.js';
import type { ConnectorLookup } from './connectors.js';
import { SnapshotCollector } from './snapshot-collector.js';

/** Networks have rate limits: one refresh per workspace per minute is plenty for a person waiting. */
export const REFRESH_COOLDOWN_MS = 60_000;

// Per process: a second server process could let one more refresh through, which the networks' own
// rate limits absorb; not worth a table.
const lastRefresh = new Map<string, number>();

export interface RefreshReport {
  accounts: number;
  postSnapshots: number;
  accountSnapshots: number;
  /** Accounts that could not be read (credentials rejected, network down), by handle. */
  failed: string[];
  refreshedAt: string;
}

/**
 * "Refresh metrics now": reads every observed post and every account of the workspace at once, so a
 * manager preparing a meeting sees today's figures without waiting for the next schedule point. The
 * readings are stored as on-demand snapshots and never replace a schedule point.
 */
export class MetricsRefreshService {
  constructor(
    private readonly ctx: AppContext,
    private readonly connectorFor?: ConnectorLookup,
  ) {}

  async refresh(actor: Actor): Promise<RefreshReport> {
    const now = this.ctx.clock.now();
    const last = lastRefresh.get(actor.workspaceId);
    if (last !== undefined && now.getTime() - last < REFRESH_COOLDOWN_MS) {
      const wait = Math.ceil((REFRESH_COOLDOWN_MS - (now.getTime() - last)) / 1000);
      throw new AppError(
        429,
        'refresh_too_soon',
        `Metrics were refreshed less than a minute ago; retry in ${wait} s`,
      );
    }
    lastRefresh.set(actor.workspaceId, now.getTime());
    const accounts = (
      await new ConnectedAccountsRepository(this.ctx.database.db, this.ctx.secrets).list(actor.workspaceId)
    ).filter((a) => a.healthStatus !== 'needs_reconnect');
    const collector = new SnapshotCollector(this.ctx, this.ctx.queue, this.connectorFor);
    const report: RefreshReport = {
      accounts: accounts.length,
      postSnapshots: 0,
      accountSnapshots: 0,
      failed: [],
      refreshedAt: now.toISOString(),
    };
    for (const a of accounts) {
      try {
        const r = await collector.refreshNow(actor.workspaceId, a.id);
        report.postSnapshots += r.stored;
        if (r.error) report.failed.push(a.handle);
        const ok = await snapshotAccountNow(
          this.ctx,
          { workspaceId: actor.workspaceId, accountId: a.id, network: a.network },
          this.connectorFor,
        );
        if (ok) report.accountSnapshots += 1;
        else if (!r.error) report.failed.push(a.handle);
      } catch (err) {
        this.ctx.logger.warn({ accountId: a.id, err }, 'analytics: refresh failed for an account');
        report.failed.push(a.handle);
      }
    }
    return report;
  }
}

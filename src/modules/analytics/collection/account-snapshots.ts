import type { AppContext } from '../../../app/context.js';
import { newId } from '../../../core/ids.js';
import { isConnectorError } from '../../publishing/connectors/connector.errors.js';
import { appConnectors, flagRejected, openAccount, type ConnectorLookup } from './connectors.js';
import { ALL_ACCOUNT_METRICS, splitReported } from './metric-names.js';
import { SnapshotsRepository } from './snapshots.repository.js';

const DAY = 86_400_000;

/**
 * The daily account snapshot (followers, follows, posts): every account without one in the last 24 h,
 * at most `limit` per call. A failure is logged and the account tried at the next tick; rejected
 * credentials flag it. Returns how many snapshots were stored.
 */
export async function snapshotAccounts(
  ctx: AppContext,
  limit = 50,
  connectorFor: ConnectorLookup = appConnectors(ctx),
): Promise<number> {
  const repo = new SnapshotsRepository(ctx.database.db);
  const now = ctx.clock.now();
  const due = await repo.accountsDueForSnapshot(new Date(now.getTime() - DAY).toISOString(), limit);
  let stored = 0;
  for (const a of due) {
    if (await snapshotAccountNow(ctx, a, connectorFor)) stored += 1;
  }
  return stored;
}

/** Reads one account's metrics now and stores them; false when it could not be read (logged). */
export async function snapshotAccountNow(
  ctx: AppContext,
  a: { workspaceId: string; accountId: string; network: string },
  connectorFor: ConnectorLookup = appConnectors(ctx),
): Promise<boolean> {
  const conn = await openAccount(ctx, a.workspaceId, a.accountId);
  if (!conn) return false;
  const connector = connectorFor(a.network);
  try {
    const read = await connector.readAccountMetrics(conn);
    const split = splitReported(ALL_ACCOUNT_METRICS, connector.capabilities.metrics.account, read.values);
    await new SnapshotsRepository(ctx.database.db).insertAccountSnapshot({
      id: newId(),
      workspace_id: a.workspaceId,
      account_id: a.accountId,
      observed_at: read.observedAt,
      metrics: JSON.stringify(split.metrics),
      unavailable: JSON.stringify(split.unavailable),
    });
    return true;
  } catch (err) {
    if (isConnectorError(err, 'auth')) await flagRejected(ctx, a.workspaceId, a.accountId, err.message);
    ctx.logger.warn({ accountId: a.accountId, err }, 'analytics: account metrics not read');
    return false;
  }
}

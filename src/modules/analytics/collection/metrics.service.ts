import type { AppContext } from '../../../app/context.js';
import { notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { appConnectors, type ConnectorLookup } from './connectors.js';
import { ALL_ACCOUNT_METRICS, ALL_POST_METRICS } from './metric-names.js';
import type { AccountMetricsQuery } from './metrics.schemas.js';
import { SnapshotsRepository } from './snapshots.repository.js';

const DAY = 86_400_000;
/** Daily snapshots over the longest period, with room for the odd extra one. */
const MAX_ROWS = 2000;

/** Reads the stored series for the dashboards; nothing here calls a network. */
export class MetricsQueryService {
  readonly #ctx: AppContext;
  readonly #repo: SnapshotsRepository;
  readonly #connectorFor: ConnectorLookup;

  constructor(ctx: AppContext) {
    this.#ctx = ctx;
    this.#repo = new SnapshotsRepository(ctx.database.db);
    this.#connectorFor = appConnectors(ctx);
  }

  /** A variant's snapshot series, oldest first, with what its network does not report. */
  async variantSeries(actor: Actor, variantId: string) {
    const v = await this.#repo.variantOf(actor.workspaceId, variantId);
    if (!v) throw notFound('Variant');
    const snapshots = await this.#repo.variantSeries(actor.workspaceId, variantId);
    const declared = this.#declared(v.network, 'post');
    return {
      variantId: v.id,
      accountId: v.accountId,
      network: v.network,
      publishedAt: v.publishedAt,
      gone: snapshots.some((s) => s.gone),
      unavailable: ALL_POST_METRICS.filter((m) => !declared.includes(m)),
      snapshots,
    };
  }

  /** An account's snapshots observed in the period (default: the last 90 days). */
  async accountSeries(actor: Actor, accountId: string, q: AccountMetricsQuery) {
    const a = await this.#repo.accountOf(actor.workspaceId, accountId);
    if (!a) throw notFound('Account');
    const to = q.to ? new Date(q.to) : this.#ctx.clock.now();
    const from = q.from ? new Date(q.from) : new Date(to.getTime() - 90 * DAY);
    const snapshots = await this.#repo.accountSeries(
      actor.workspaceId,
      accountId,
      from.toISOString(),
      to.toISOString(),
      MAX_ROWS,
    );
    const declared = this.#declared(a.network, 'account');
    return {
      accountId: a.id,
      network: a.network,
      from: from.toISOString(),
      to: to.toISOString(),
      unavailable: ALL_ACCOUNT_METRICS.filter((m) => !declared.includes(m)),
      snapshots,
    };
  }

  // An account of a network this build no longer knows reports nothing: everything is unavailable.
  #declared(network: string, kind: 'post' | 'account'): readonly string[] {
    try {
      return this.#connectorFor(network).capabilities.metrics[kind];
    } catch {
      return [];
    }
  }
}

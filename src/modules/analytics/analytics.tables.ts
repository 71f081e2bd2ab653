import type { Generated } from 'kysely';

// Row shapes of the metric snapshots (migration 20261128100000_metric_snapshots). Timestamps are ISO
// strings; JSON columns are text on SQLite and jsonb on PostgreSQL, parsed by the repository.

export interface PostMetricSnapshotsTable {
  id: string;
  workspace_id: string;
  variant_id: string;
  account_id: string;
  network: string;
  /** When the network was asked. */
  observed_at: string;
  /** The schedule point this snapshot answers (1 h, 6 h, 24 h, 7 d, then daily after publication). */
  due_at: string;
  /** JSON object `{ likes: 3, reposts: 1 }`: only what the network reported, never an estimate. */
  metrics: string;
  /** JSON array of metric names the network did not report (not exposed, or absent from its answer). */
  unavailable: string;
  /** 1: the network no longer has the post; no snapshot follows. */
  gone: number;
  /** 1: read on demand ("Refresh metrics now"), not at a schedule point (migration 20261128110500). */
  on_demand: Generated<number>;
}

export interface AccountMetricSnapshotsTable {
  id: string;
  workspace_id: string;
  account_id: string;
  observed_at: string;
  /** JSON object `{ followers: 120, follows: 80, posts: 42 }`: only what the network reported. */
  metrics: string;
  /** JSON array of account metric names the network did not report. */
  unavailable: string;
}

export interface AnalyticsTables {
  post_metric_snapshots: PostMetricSnapshotsTable;
  account_metric_snapshots: AccountMetricSnapshotsTable;
}

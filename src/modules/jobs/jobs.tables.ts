// Row shape of the `jobs` table (migration 20261128040000_jobs_publishing), used by SqlJobQueue.

export interface JobsTable {
  id: string;
  name: string;
  /** JSON text of the payload. */
  payload: string;
  /** waiting | active | failed | cancelled (completed jobs are deleted). */
  state: string;
  singleton_key: string | null;
  run_at: string;
  /** Runs started so far, including the current one. */
  attempts: number;
  retry_limit: number;
  backoff_ms: number;
  lease_ms: number;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface JobsTables {
  jobs: JobsTable;
}

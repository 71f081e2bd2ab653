// Row shapes of report schedules (migration 20261128110100_report_schedules). Timestamps are ISO
// strings; `recipients` is a JSON array of membership ids (text on both engines).

export interface ReportSchedulesTable {
  id: string;
  workspace_id: string;
  /** monthly_report | executive_briefing */
  kind: string;
  /** weekly | monthly */
  cadence: string;
  /** pdf | csv (csv only for the monthly report) */
  format: string;
  /** en | fr */
  language: string;
  recipients: string;
  created_by: string | null;
  /** The next planned run (UTC); the worker claims a schedule by moving it forward. */
  next_run_at: string;
  last_run_at: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReportsTables {
  report_schedules: ReportSchedulesTable;
}

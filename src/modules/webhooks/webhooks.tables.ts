// Row shapes of the webhooks (migration 20261128060000_notifications_webhooks). Timestamps are ISO
// strings, JSON columns are text parsed by the repository, flags are 0/1 (see src/db/columns.ts).

export interface WebhooksTable {
  id: string;
  workspace_id: string;
  url: string;
  /** generic | slack | teams (WebhookKind). */
  kind: string;
  /** JSON array of the event types the webhook receives. */
  events: string;
  /** `SecretBox.seal(secret, webhook id)`: the receiver checks signatures with the clear value. */
  secret: string;
  active: number;
  /** Why the webhook was switched off automatically (`gone`: the receiver answered 410). */
  disabled_reason: string | null;
  description: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  workspace_id: string;
  webhook_id: string;
  /** The event's id: the same for every webhook that received one event. */
  event_id: string;
  event_type: string;
  /** The JSON envelope `{ id, type, createdAt, workspaceId, data }` (the generic body). */
  payload: string;
  attempts: number;
  /** pending | delivered | failed. */
  status: string;
  next_attempt_at: string | null;
  last_status_code: number | null;
  /** The first 2 KB of the receiver's last answer. */
  last_response: string | null;
  last_error: string | null;
  duration_ms: number | null;
  created_at: string;
  delivered_at: string | null;
}

export interface WebhooksTables {
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
}

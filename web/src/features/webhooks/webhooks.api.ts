/** Events a webhook can receive (the server's EVENT_TYPES). */
export const EVENT_TYPES = [
  'post.submitted',
  'post.approved',
  'post.rejected',
  'post.published',
  'post.failed',
  'approval.overdue',
  'interaction.received',
  'sla.breached',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const WEBHOOK_KINDS = ['generic', 'slack', 'teams'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/** A webhook as GET /webhooks returns it (never its secret). */
export interface Webhook {
  id: string;
  url: string;
  kind: WebhookKind;
  events: EventType[];
  active: boolean;
  disabledReason: string | null;
  description: string;
  createdAt: string;
  updatedAt: string;
}

/** Create and rotate answer with the secret, once. */
export interface WebhookWithSecret {
  data: Webhook;
  secret: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One entry of the delivery log. */
export interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  payload: Record<string, unknown>;
  attempts: number;
  status: DeliveryStatus;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastResponse: string | null;
  lastError: string | null;
  durationMs: number | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface DeliveriesPage {
  data: Delivery[];
  nextBefore: string | null;
}

export const webhooksKey = (ws: string) => ['workspace', ws, 'webhooks'] as const;
export const deliveriesKey = (ws: string, hook: string) =>
  ['workspace', ws, 'webhooks', hook, 'deliveries'] as const;

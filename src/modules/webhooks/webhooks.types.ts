/** Events a webhook can subscribe to (issue 6); the approvals and inbox modules emit theirs later. */
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

/** What a delivery can carry: a subscribed event, or the `ping` the test button sends. */
export type DeliveryEventType = EventType | 'ping';

/** The receiver's flavour: our signed JSON, or the body Slack / Teams incoming webhooks accept. */
export const WEBHOOK_KINDS = ['generic', 'slack', 'teams'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The JSON body of a generic webhook, and what every delivery stores. */
export interface EventEnvelope {
  id: string;
  type: DeliveryEventType;
  createdAt: string;
  workspaceId: string;
  data: Record<string, unknown>;
}

/** Whether a string names a subscribable event. */
export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

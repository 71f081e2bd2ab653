import { z } from 'zod';
import { DELIVERY_STATUSES, EVENT_TYPES, WEBHOOK_KINDS } from './webhooks.types.js';

const zEvents = z
  .array(z.enum(EVENT_TYPES))
  .min(1)
  .max(EVENT_TYPES.length)
  .describe('The events this webhook receives');

/** A webhook as listed: never its secret. */
export const zWebhook = z.object({
  id: z.string(),
  url: z.string(),
  kind: z.enum(WEBHOOK_KINDS),
  events: z.array(z.enum(EVENT_TYPES)),
  active: z.boolean(),
  /** `gone` when the receiver answered 410 and the webhook was switched off. */
  disabledReason: z.string().nullable(),
  description: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WebhookView = z.infer<typeof zWebhook>;

export const zWebhookCreate = z
  .object({
    url: z.string().trim().min(1).max(2000),
    kind: z.enum(WEBHOOK_KINDS).default('generic'),
    events: zEvents,
    description: z.string().trim().max(200).default(''),
  })
  .strict();
export type WebhookCreate = z.infer<typeof zWebhookCreate>;

export const zWebhookUpdate = z
  .object({
    url: z.string().trim().min(1).max(2000).optional(),
    kind: z.enum(WEBHOOK_KINDS).optional(),
    events: zEvents.optional(),
    description: z.string().trim().max(200).optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type WebhookUpdate = z.infer<typeof zWebhookUpdate>;

export const zWebhookWithSecret = z.object({
  data: zWebhook,
  secret: z.string().describe('The signing secret (whsec_…): shown this once, store it now'),
});

/** One delivery in the log, with the receiver's last answer. */
export const zDelivery = z.object({
  id: z.string(),
  webhookId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  payload: z.record(z.string(), z.unknown()),
  attempts: z.number().int(),
  status: z.enum(DELIVERY_STATUSES),
  nextAttemptAt: z.string().nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastResponse: z.string().nullable(),
  lastError: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type DeliveryView = z.infer<typeof zDelivery>;

export const zDeliveriesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(25),
    before: z.string().max(64).optional().describe('The last id of the previous page'),
  })
  .strict();

export const zDeliveriesPage = z.object({
  data: z.array(zDelivery),
  /** Pass as `before` for the next page; null on the last page. */
  nextBefore: z.string().nullable(),
});

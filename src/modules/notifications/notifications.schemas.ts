import { z } from 'zod';
import { NOTIFICATION_TYPES } from './notifications.types.js';

/** One notification as its owner sees it; the web turns `titleKey` and `params` into words. */
export const zNotification = z.object({
  id: z.string(),
  type: z.string(),
  titleKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationView = z.infer<typeof zNotification>;

export const zNotificationsQuery = z
  .object({
    unread: z.enum(['0', '1']).optional().describe('1: only the unread ones'),
    limit: z.coerce.number().int().min(1).max(100).default(30),
    before: z.string().max(64).optional().describe('The last id of the previous page'),
  })
  .strict();

export const zNotificationsPage = z.object({
  data: z.array(zNotification),
  unreadCount: z.number().int(),
  nextBefore: z.string().nullable(),
});

export const zMarkRead = z
  .object({
    ids: z.array(z.string().max(64)).max(500).optional(),
    all: z.literal(true).optional(),
  })
  .strict();

export const zMarkReadResult = z.object({ updated: z.number().int(), unreadCount: z.number().int() });

export const zPreference = z.object({
  type: z.enum(NOTIFICATION_TYPES),
  inApp: z.boolean(),
  email: z.boolean(),
  /** True while the person has not chosen for this type. */
  default: z.boolean(),
});
export type PreferenceView = z.infer<typeof zPreference>;

export const zPreferencesUpdate = z
  .object({
    preferences: z
      .array(z.object({ type: z.enum(NOTIFICATION_TYPES), inApp: z.boolean(), email: z.boolean() }).strict())
      .min(1)
      .max(NOTIFICATION_TYPES.length),
  })
  .strict();

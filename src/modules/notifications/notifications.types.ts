/** What the product notifies people about (issue 6); approvals, inbox and publishing call `notify`. */
export const NOTIFICATION_TYPES = [
  'post.published',
  'post.failed',
  'approval.requested',
  'approval.reminder',
  'approval.overdue',
  'approval.decided',
  'mention',
  'sla.breached',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export interface ChannelPreference {
  inApp: boolean;
  email: boolean;
}

/**
 * What a person gets when they never chose: everything in the app, and by e-mail what needs them to
 * act (an approval, a failure, a mention, a missed response target). A published post is good news
 * that the calendar already shows, so it does not fill inboxes by default.
 */
export const DEFAULT_PREFERENCES: Record<NotificationType, ChannelPreference> = {
  'post.published': { inApp: true, email: false },
  'post.failed': { inApp: true, email: true },
  'approval.requested': { inApp: true, email: true },
  'approval.reminder': { inApp: true, email: true },
  'approval.overdue': { inApp: true, email: true },
  // The author learns the outcome: approved (it can go out), rejected or changes requested (act now).
  'approval.decided': { inApp: true, email: true },
  mention: { inApp: true, email: true },
  'sla.breached': { inApp: true, email: true },
};

/** Whether a string names a notification type. */
export function isNotificationType(value: string): value is NotificationType {
  return (NOTIFICATION_TYPES as readonly string[]).includes(value);
}

/** The web's i18n key for a type's title (namespace `notifications`). */
export function titleKey(type: NotificationType): string {
  return `types.${type}.title`;
}

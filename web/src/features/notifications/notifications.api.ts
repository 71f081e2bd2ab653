/** What the notification centre reads and writes (GET/POST /notifications, preferences). */
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

export interface AppNotification {
  id: string;
  type: string;
  titleKey: string;
  params: Record<string, string | number>;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationsPage {
  data: AppNotification[];
  unreadCount: number;
  nextBefore: string | null;
}

export interface Preference {
  type: NotificationType;
  inApp: boolean;
  email: boolean;
  default: boolean;
}

/** TanStack Query keys: every reader of one person's notifications in a workspace. */
export const notificationsKey = (ws: string) => ['workspace', ws, 'notifications'] as const;
export const preferencesKey = (ws: string) => ['workspace', ws, 'notifications', 'preferences'] as const;

// Row shapes of the notification centre (migration 20261128060000_notifications_webhooks).

export interface NotificationsTable {
  id: string;
  workspace_id: string;
  user_id: string;
  /** A NotificationType. */
  type: string;
  /** The i18n key the web shows as the title (`notifications:types.<type>.title`). */
  title_key: string;
  /** JSON object of the values the title and body are filled with. */
  params: string;
  /** A path inside the web app, e.g. `/w/<id>/posts/<id>`. */
  link: string | null;
  read_at: string | null;
  created_at: string;
}

export interface NotificationPreferencesTable {
  workspace_id: string;
  user_id: string;
  type: string;
  in_app: number;
  email: number;
}

export interface NotificationsTables {
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
}

import type { AppContext } from '../../app/context.js';
import { invalid } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { pickMailLocale } from '../mail/templates/mail.i18n.js';
import { notificationMail } from './notifications.mail.js';
import {
  NotificationsRepository,
  type NotificationRow,
  type PreferenceRow,
} from './notifications.repository.js';
import type { NotificationView, PreferenceView } from './notifications.schemas.js';
import {
  DEFAULT_PREFERENCES,
  NOTIFICATION_TYPES,
  isNotificationType,
  titleKey,
  type ChannelPreference,
  type NotificationType,
} from './notifications.types.js';

/** What a module passes to `notify`. */
export interface NotifyInput {
  workspaceId: string;
  userIds: readonly string[];
  type: NotificationType;
  /** Values the title and the mail are filled with (title, network, reason, actorName…). */
  params: Record<string, string | number>;
  /** A path inside the web app (`/w/<workspace>/…`); null opens the workspace home. */
  link: string | null;
}

type Ctx = Pick<AppContext, 'database' | 'mailer' | 'clock' | 'logger' | 'config'>;

// Only paths of our own app: a link made from user data must never send a click elsewhere.
function safeLink(workspaceId: string, link: string | null): string {
  return link && link.startsWith('/') && !link.startsWith('//') && !link.includes('\\')
    ? link
    : `/w/${workspaceId}`;
}

function preference(row: PreferenceRow | undefined, type: NotificationType): ChannelPreference {
  return row ? { inApp: row.in_app === 1, email: row.email === 1 } : DEFAULT_PREFERENCES[type];
}

/**
 * Notifies members of a workspace: an in-app notification and, when each person's preference says so,
 * an e-mail in their language through the outbox (which retries). People who are not members are
 * left out. Mail problems are kept in the outbox, never thrown at the caller.
 */
export async function notify(ctx: Ctx, input: NotifyInput): Promise<{ inApp: number; emails: number }> {
  const repo = new NotificationsRepository(ctx.database.db);
  const recipients = await repo.recipients(input.workspaceId, [...new Set(input.userIds)]);
  if (!recipients.length) return { inApp: 0, emails: 0 };
  const prefs = new Map(
    (
      await repo.preferencesFor(
        input.workspaceId,
        recipients.map((r) => r.userId),
        input.type,
      )
    ).map((p) => [p.user_id, p]),
  );
  const now = ctx.clock.now();
  const link = safeLink(input.workspaceId, input.link);
  const rows: NotificationRow[] = recipients
    .filter((r) => preference(prefs.get(r.userId), input.type).inApp)
    .map((r) => ({
      id: newId(now.getTime()),
      workspace_id: input.workspaceId,
      user_id: r.userId,
      type: input.type,
      title_key: titleKey(input.type),
      params: JSON.stringify(input.params),
      link,
      read_at: null,
      created_at: now.toISOString(),
    }));
  await repo.insert(rows);

  const mailTo = recipients.filter((r) => preference(prefs.get(r.userId), input.type).email);
  if (mailTo.length) {
    const workspace = await repo.workspace(input.workspaceId);
    const mail = new MailService(ctx);
    for (const r of mailTo) {
      await mail.send({
        kind: `notification.${input.type}`,
        to: r.email,
        workspaceId: input.workspaceId,
        message: notificationMail(pickMailLocale(r.locale, workspace?.locale), {
          type: input.type,
          params: input.params,
          name: r.name,
          workspaceName: workspace?.name ?? '',
          link: `${ctx.config.publicUrl}${link}`,
        }),
      });
    }
  }
  return { inApp: rows.length, emails: mailTo.length };
}

/** Presents a row to its owner. */
export function presentNotification(r: NotificationRow): NotificationView {
  return {
    id: r.id,
    type: r.type,
    titleKey: r.title_key,
    params: JSON.parse(r.params) as Record<string, string | number>,
    link: r.link,
    readAt: r.read_at,
    createdAt: r.created_at,
  };
}

/** A person's own notifications and preferences in a workspace: nobody sees anyone else's. */
export class NotificationsService {
  private readonly repo: NotificationsRepository;
  constructor(private readonly ctx: AppContext) {
    this.repo = new NotificationsRepository(ctx.database.db);
  }

  async list(
    actor: Actor,
    opts: { unreadOnly: boolean; limit: number; before?: string },
  ): Promise<{ data: NotificationView[]; unreadCount: number; nextBefore: string | null }> {
    const rows = await this.repo.list(actor.workspaceId, actor.userId, { ...opts, limit: opts.limit + 1 });
    const page = rows.slice(0, opts.limit);
    return {
      data: page.map(presentNotification),
      unreadCount: await this.repo.countUnread(actor.workspaceId, actor.userId),
      nextBefore: rows.length > opts.limit ? page[page.length - 1]!.id : null,
    };
  }

  /**
   * Marks notifications read. Not audited: it is the reader's own state, changes on every glance at
   * the bell, and would bury the audit log's real changes.
   */
  async markRead(
    actor: Actor,
    input: { ids?: string[]; all?: boolean },
  ): Promise<{ updated: number; unreadCount: number }> {
    if (!input.all && !input.ids) throw invalid('ids', 'Give the ids to mark read, or all: true');
    const at = this.ctx.clock.now().toISOString();
    const updated = await this.repo.markRead(
      actor.workspaceId,
      actor.userId,
      at,
      input.all ? undefined : input.ids,
    );
    return { updated, unreadCount: await this.repo.countUnread(actor.workspaceId, actor.userId) };
  }

  /** Every type with the person's choice, or the default. */
  async preferences(actor: Actor): Promise<PreferenceView[]> {
    const stored = new Map(
      (await this.repo.preferences(actor.workspaceId, actor.userId)).map((p) => [p.type, p]),
    );
    return NOTIFICATION_TYPES.map((type) => ({
      type,
      ...preference(stored.get(type), type),
      default: !stored.has(type),
    }));
  }

  /** Saves the given types' choices (others keep theirs) and records the change. */
  async savePreferences(
    actor: Actor,
    input: { type: string; inApp: boolean; email: boolean }[],
  ): Promise<PreferenceView[]> {
    const before = await this.preferences(actor);
    const rows: PreferenceRow[] = input.map((p, i) => {
      if (!isNotificationType(p.type)) throw invalid(`preferences.${i}.type`, 'Unknown notification type');
      return {
        workspace_id: actor.workspaceId,
        user_id: actor.userId,
        type: p.type,
        in_app: p.inApp ? 1 : 0,
        email: p.email ? 1 : 0,
      };
    });
    await this.repo.upsertPreferences(rows);
    const after = await this.preferences(actor);
    await new AuditService(this.ctx.database.db, this.ctx.clock).record(actor, {
      action: 'notification_preferences.updated',
      objectType: 'notification_preferences',
      objectId: actor.userId,
      summary: `Changed their notification preferences (${rows.map((r) => r.type).join(', ')})`,
      before: before.filter((p) => rows.some((r) => r.type === p.type)),
      after: after.filter((p) => rows.some((r) => r.type === p.type)),
    });
    return after;
  }
}

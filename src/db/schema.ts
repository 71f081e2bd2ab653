import type { FoundationTables } from './tables/foundation.tables.js';
import type { StrategyTables } from '../modules/strategy/strategy.tables.js';
import type { MembersTables } from '../modules/members/members.tables.js';
import type { OrganisationTables } from '../modules/organisation/organisation.tables.js';
import type { BudgetTables } from '../modules/budget/budget.tables.js';
import type { JobsTables } from '../modules/jobs/jobs.tables.js';
import type { PublishingTables } from '../modules/publishing/scheduler/publishing.tables.js';
import type { WebhooksTables } from '../modules/webhooks/webhooks.tables.js';
import type { NotificationsTables } from '../modules/notifications/notifications.tables.js';
import type { SlotsTables } from '../modules/publishing/slots/slots.tables.js';
import type { LinksTables } from '../modules/links/links.tables.js';
import type { MediaTables } from '../modules/media/media.tables.js';
import type { InboxTables } from '../modules/inbox/inbox.tables.js';
import type { InboxHandlingTables } from '../modules/inbox/inbox-handling.tables.js';
import type { ApprovalsTables } from '../modules/approvals/approvals.tables.js';
import type { AnalyticsTables } from '../modules/analytics/analytics.tables.js';
import type { ConversionsTables } from '../modules/analytics/conversions/conversions.tables.js';
import type { ReportsTables } from '../modules/analytics/reports/reports.tables.js';
import type { RoniTables } from '../modules/analytics/roni/roni.tables.js';
import type { HeldRepliesTables } from '../modules/inbox/held-replies/held-replies.tables.js';

/**
 * The whole database as Kysely sees it: each module's tables joined here.
 * A module adds its tables in its own `*.tables.ts` and one `&` term below.
 */
export type DB = FoundationTables &
  MembersTables &
  StrategyTables &
  OrganisationTables &
  BudgetTables &
  JobsTables &
  PublishingTables &
  WebhooksTables &
  NotificationsTables &
  SlotsTables &
  LinksTables &
  MediaTables &
  InboxTables &
  InboxHandlingTables &
  ApprovalsTables &
  AnalyticsTables &
  ConversionsTables &
  ReportsTables &
  RoniTables &
  HeldRepliesTables;

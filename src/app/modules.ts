import type { FastifyInstance } from 'fastify';
import { inboxRoutes } from '../modules/inbox/inbox.routes.js';
import { publishingSettingsRoutes } from '../modules/publishing/settings/publishing-settings.routes.js';
import { inboxIndicatorsRoutes } from '../modules/inbox/indicators/indicators.routes.js';
import { identityRoutes } from '../modules/identity/identity.routes.js';
import { workspacesRoutes } from '../modules/workspaces/workspaces.routes.js';
import { auditRoutes } from '../modules/audit/audit.routes.js';
import { apiTokensRoutes } from '../modules/api-tokens/api-tokens.routes.js';
import { membersRoutes } from '../modules/members/members.routes.js';
import { departmentsRoutes } from '../modules/members/departments.routes.js';
import { invitationsRoutes } from '../modules/members/invitations.routes.js';
import { outboxRoutes } from '../modules/mail/outbox.routes.js';
import { passwordResetRoutes } from '../modules/identity/password-reset.routes.js';
import { strategyRoutes } from '../modules/strategy/strategy.routes.js';
import { organisationRoutes } from '../modules/organisation/organisation.routes.js';
import { budgetRoutes } from '../modules/budget/budget.routes.js';
import { accountsRoutes } from '../modules/publishing/accounts/accounts.routes.js';
import { postsRoutes } from '../modules/publishing/posts/posts.routes.js';
import { calendarRoutes } from '../modules/publishing/calendar/calendar.routes.js';
import { linksRoutes } from '../modules/links/links.routes.js';
import { mediaRoutes } from '../modules/media/media.routes.js';
import { slotsRoutes } from '../modules/publishing/slots/slots.routes.js';
import { icalRoutes } from '../modules/publishing/ical/ical.routes.js';
import { webhooksRoutes } from '../modules/webhooks/webhooks.routes.js';
import { notificationsRoutes } from '../modules/notifications/notifications.routes.js';
import { approvalsRoutes } from '../modules/approvals/approvals.routes.js';
import { reviewRoutes } from '../modules/approvals/review.routes.js';
import { analyticsMetricsRoutes } from '../modules/analytics/collection/metrics.routes.js';
import { conversionsRoutes } from '../modules/analytics/conversions/conversions.routes.js';
import { reportsRoutes } from '../modules/analytics/reports/reports.routes.js';
import { analyticsIndicatorsRoutes } from '../modules/analytics/indicators/analytics.routes.js';
import { dashboardsRoutes } from '../modules/analytics/dashboards/dashboards.routes.js';
import { roniRoutes } from '../modules/analytics/roni/roni.routes.js';
import { heldRepliesRoutes } from '../modules/inbox/held-replies/held-replies.routes.js';

/**
 * Every module's routes, in one list: a new module adds one line. Keeping the list explicit (rather
 * than scanning folders) makes the API surface reviewable in one place.
 */
export const MODULE_ROUTES: ((app: FastifyInstance) => void)[] = [
  inboxRoutes,
  heldRepliesRoutes,
  publishingSettingsRoutes,
  inboxIndicatorsRoutes,
  identityRoutes,
  workspacesRoutes,
  auditRoutes,
  apiTokensRoutes,
  membersRoutes,
  departmentsRoutes,
  invitationsRoutes,
  outboxRoutes,
  passwordResetRoutes,
  strategyRoutes,
  organisationRoutes,
  budgetRoutes,
  accountsRoutes,
  postsRoutes,
  calendarRoutes,
  linksRoutes,
  mediaRoutes,
  slotsRoutes,
  icalRoutes,
  webhooksRoutes,
  notificationsRoutes,
  approvalsRoutes,
  reviewRoutes,
  conversionsRoutes,
  analyticsIndicatorsRoutes,
  roniRoutes,
  analyticsMetricsRoutes,
  reportsRoutes,
  dashboardsRoutes,
];

import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Action } from '../api/types.js';
import {
  IconApproval,
  IconBell,
  IconBook,
  IconBuilding,
  IconCalendar,
  IconHistory,
  IconHome,
  IconInbox,
  IconKey,
  IconLink,
  IconMail,
  IconOrgChart,
  IconPencil,
  IconSettings,
  IconUser,
  IconUsers,
  IconWallet,
  IconWebhook,
  type IconComponent,
} from '../components/icons.js';
import { IconChart } from '../features/analytics/icon.js';

/**
 * What the workspace shell shows. A feature joins the product by adding ONE entry to WORKSPACE_ROUTES
 * (its page, under /w/:workspaceId/<path>, guarded by a policy action) and, when it belongs in the
 * sidebar, ONE entry to NAVIGATION (shown only when `can[action]` is true). Pages load lazily, so a
 * feature's code is fetched when first opened.
 */
export interface WorkspaceRoute {
  /** Path below /w/:workspaceId ('' is the workspace home); may hold parameters (`posts/:postId`). */
  path: string;
  /** The policy action needed to open the page; without it the page says so instead of loading. */
  action: Action;
  page: LazyExoticComponent<ComponentType>;
}

/** Sidebar sections, in display order; a feature picks the one it belongs to. */
export const NAV_SECTIONS = ['overview', 'plan', 'operate', 'measure', 'team', 'admin', 'account'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

export interface NavEntry {
  /** Path below /w/:workspaceId. */
  path: string;
  /** i18n key, `namespace:key` or a key of the common namespace. */
  label: string;
  icon: IconComponent;
  /** Shown only when the workspace's `can[action]` is true. */
  action: Action;
  section: NavSection;
}

/** A lazily loaded page module (default export). */
const page = (load: () => Promise<{ default: ComponentType }>) => lazy(load);

export const WORKSPACE_ROUTES: WorkspaceRoute[] = [
  { path: '', action: 'workspace.read', page: page(() => import('../features/home/HomePage.js')) },
  { path: 'members', action: 'members.read', page: page(() => import('../features/members/MembersPage.js')) },
  {
    path: 'departments',
    action: 'members.read',
    page: page(() => import('../features/departments/DepartmentsPage.js')),
  },
  {
    path: 'settings',
    action: 'workspace.update',
    page: page(() => import('../features/settings/SettingsPage.js')),
  },
  { path: 'audit', action: 'audit.read', page: page(() => import('../features/audit/AuditPage.js')) },
  {
    path: 'strategy/*',
    action: 'strategy.read',
    page: page(() => import('../features/strategy/StrategyPage.js')),
  },
  {
    path: 'organisation/*',
    action: 'organisation.read',
    page: page(() => import('../features/organisation/OrganisationPage.js')),
  },
  { path: 'budget/*', action: 'budget.read', page: page(() => import('../features/budget/BudgetPage.js')) },
  {
    path: 'accounts',
    action: 'accounts.read',
    page: page(() => import('../features/accounts/AccountsPage.js')),
  },
  { path: 'outbox', action: 'outbox.read', page: page(() => import('../features/outbox/OutboxPage.js')) },
  // One route for the desk (/inbox), a deep link to a conversation (/inbox/:itemId) and /inbox/settings.
  { path: 'inbox/*', action: 'inbox.read', page: page(() => import('../features/inbox/InboxPage.js')) },
  {
    path: 'calendar',
    action: 'posts.read',
    page: page(() => import('../features/calendar/CalendarPage.js')),
  },
  {
    path: 'approvals',
    action: 'posts.read',
    page: page(() => import('../features/approvals/ApprovalsPage.js')),
  },
  {
    path: 'approvals/circuits',
    action: 'approvals.configure',
    page: page(() => import('../features/approvals/CircuitsPage.js')),
  },
  {
    path: 'posts/new',
    action: 'posts.write',
    page: page(() => import('../features/posts/ComposerPage.js')),
  },
  {
    path: 'posts/:postId',
    action: 'posts.read',
    page: page(() => import('../features/posts/ComposerPage.js')),
  },
  {
    path: 'api-tokens',
    action: 'tokens.manage',
    page: page(() => import('../features/api-tokens/ApiTokensPage.js')),
  },
  {
    path: 'profile',
    action: 'workspace.read',
    page: page(() => import('../features/profile/ProfilePage.js')),
  },
  {
    path: 'webhooks',
    action: 'webhooks.manage',
    page: page(() => import('../features/webhooks/WebhooksPage.js')),
  },
  {
    path: 'notifications',
    action: 'workspace.read',
    page: page(() => import('../features/notifications/NotificationsPage.js')),
  },
  // Analytics: /analytics/<tab> (overview, objectives, networks, pillars, actions, posts, risk, reports).
  {
    path: 'analytics/*',
    action: 'analytics.read',
    page: page(() => import('../features/analytics/AnalyticsPage.js')),
  },
  // The RONI inputs (issue 8): outside analytics/ so the sidebar does not light up both entries.
  {
    path: 'analytics-settings/roni',
    action: 'analytics.configure',
    page: page(() => import('../features/analytics-settings/RoniSettingsPage.js')),
  },
];

export const NAVIGATION: NavEntry[] = [
  { path: '', label: 'nav.home', icon: IconHome, action: 'workspace.read', section: 'overview' },
  { path: 'strategy', label: 'strategy:nav.title', icon: IconBook, action: 'strategy.read', section: 'plan' },
  {
    path: 'organisation',
    label: 'organisation:nav.title',
    icon: IconOrgChart,
    action: 'organisation.read',
    section: 'plan',
  },
  { path: 'budget', label: 'budget:nav.title', icon: IconWallet, action: 'budget.read', section: 'plan' },
  {
    path: 'accounts',
    label: 'accounts:nav.title',
    icon: IconLink,
    action: 'accounts.read',
    section: 'operate',
  },
  {
    path: 'calendar',
    label: 'calendar:nav.title',
    icon: IconCalendar,
    action: 'posts.read',
    section: 'operate',
  },
  { path: 'inbox', label: 'inbox:nav.title', icon: IconInbox, action: 'inbox.read', section: 'operate' },
  {
    path: 'approvals',
    label: 'approvals:nav.title',
    icon: IconApproval,
    action: 'posts.read',
    section: 'operate',
  },
  {
    path: 'posts/new',
    label: 'posts:nav.new',
    icon: IconPencil,
    action: 'posts.write',
    section: 'operate',
  },
  { path: 'members', label: 'nav.members', icon: IconUsers, action: 'members.read', section: 'team' },
  {
    path: 'departments',
    label: 'nav.departments',
    icon: IconBuilding,
    action: 'members.read',
    section: 'team',
  },
  {
    path: 'settings',
    label: 'nav.settings',
    icon: IconSettings,
    action: 'workspace.update',
    section: 'admin',
  },
  { path: 'audit', label: 'nav.audit', icon: IconHistory, action: 'audit.read', section: 'admin' },
  { path: 'outbox', label: 'nav.outbox', icon: IconMail, action: 'outbox.read', section: 'admin' },
  { path: 'profile', label: 'nav.profile', icon: IconUser, action: 'workspace.read', section: 'account' },
  { path: 'api-tokens', label: 'nav.apiTokens', icon: IconKey, action: 'tokens.manage', section: 'account' },
  {
    path: 'webhooks',
    label: 'webhooks:nav.title',
    icon: IconWebhook,
    action: 'webhooks.manage',
    section: 'admin',
  },
  {
    path: 'notifications',
    label: 'notifications:nav.title',
    icon: IconBell,
    action: 'workspace.read',
    section: 'account',
  },
  {
    path: 'analytics',
    label: 'analytics:nav.title',
    icon: IconChart,
    action: 'analytics.read',
    section: 'measure',
  },
  {
    path: 'analytics-settings/roni',
    label: 'roni:nav.title',
    icon: IconSettings,
    action: 'analytics.configure',
    section: 'measure',
  },
];

import { newId } from '../../src/core/ids.js';
import { ConnectedAccountsRepository } from '../../src/modules/publishing/scheduler/connected-accounts.repository.js';
import type { TestApp } from '../support/app.js';

/**
 * Row builders of the dashboards suite: the rows the dashboards read, inserted as the modules that
 * own them would leave them (published variants, snapshots, clicks, conversions, budget).
 */

const NOW = '2026-09-01T00:00:00.000Z';

export async function account(t: TestApp, ws: string, network: 'bluesky' | 'mastodon'): Promise<string> {
  const id = newId();
  await new ConnectedAccountsRepository(t.ctx.database.db, t.ctx.secrets).create({
    id,
    workspaceId: ws,
    network,
    remoteId: `remote-${id}`,
    handle: `${network}-${id.slice(-6)}`,
    displayName: null,
    avatarUrl: null,
    profileUrl: null,
    credentials: { token: 'x' },
    now: NOW,
  });
  return id;
}

function positioned(ws: string) {
  return { id: newId(), workspace_id: ws, position: 0, created_at: NOW, updated_at: NOW };
}

export async function objective(t: TestApp, ws: string, title: string, type: string): Promise<string> {
  const row = {
    ...positioned(ws),
    type,
    custom_type: null,
    title,
    description: '',
    priority: 'high',
    period_start: null,
    period_end: null,
  };
  await t.ctx.database.db.insertInto('strategy_objectives').values(row).execute();
  return row.id;
}

export async function action(
  t: TestApp,
  ws: string,
  title: string,
  objectiveId: string | null,
): Promise<string> {
  const row = {
    ...positioned(ws),
    title,
    description: '',
    objective_id: objectiveId,
    owner_id: null,
    start_date: null,
    end_date: null,
    status: 'planned',
    budget_estimate: 0,
    no_obstacles_identified: 0,
  };
  await t.ctx.database.db.insertInto('strategy_actions').values(row).execute();
  return row.id;
}

export async function pillar(t: TestApp, ws: string, name: string, targetShare: number): Promise<string> {
  const row = {
    ...positioned(ws),
    name,
    description: '',
    target_share: targetShare,
    sensitive: 0,
    colour: null,
  };
  await t.ctx.database.db.insertInto('strategy_content_pillars').values(row).execute();
  return row.id;
}

export async function post(
  t: TestApp,
  ws: string,
  links: { objectiveId?: string; actionId?: string; pillarId?: string } = {},
): Promise<string> {
  const id = newId();
  await t.ctx.database.db
    .insertInto('posts')
    .values({
      id,
      workspace_id: ws,
      title: `Post ${id.slice(-4)}`,
      objective_id: links.objectiveId ?? null,
      action_id: links.actionId ?? null,
      pillar_id: links.pillarId ?? null,
      created_by: null,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  return id;
}

export async function variant(
  t: TestApp,
  ws: string,
  postId: string,
  accountId: string,
  publishedAt: string | null,
  text = 'Hello',
): Promise<string> {
  const id = newId();
  await t.ctx.database.db
    .insertInto('post_variants')
    .values({
      id,
      workspace_id: ws,
      post_id: postId,
      account_id: accountId,
      text,
      media: '[]',
      first_comment: null,
      thread: '[]',
      visibility: null,
      content_warning: null,
      attempt_base: 0,
      scheduled_at: publishedAt ?? '2026-12-01T00:00:00.000Z',
      status: publishedAt ? 'published' : 'scheduled',
      remote_id: publishedAt ? `r-${id}` : null,
      remote_url: publishedAt ? `https://social.example/${id}` : null,
      published_at: publishedAt,
      published_late: 0,
      failure_code: null,
      failure_reason: null,
      raw_error: null,
      idempotency_key: id,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  return id;
}

export async function snapshot(
  t: TestApp,
  ws: string,
  variantId: string,
  accountId: string,
  observedAt: string,
  metrics: Record<string, number>,
  gone = 0,
): Promise<void> {
  await t.ctx.database.db
    .insertInto('post_metric_snapshots')
    .values({
      id: newId(),
      workspace_id: ws,
      variant_id: variantId,
      account_id: accountId,
      network: 'bluesky',
      observed_at: observedAt,
      due_at: observedAt,
      metrics: JSON.stringify(metrics),
      unavailable: '[]',
      gone,
    })
    .execute();
}

export async function link(
  t: TestApp,
  ws: string,
  postId: string,
  variantId: string,
  network: string,
): Promise<string> {
  const id = newId();
  await t.ctx.database.db
    .insertInto('tracked_links')
    .values({
      id,
      workspace_id: ws,
      post_id: postId,
      variant_id: variantId,
      code: id.slice(-8),
      target_url: 'https://shop.example/',
      final_url: 'https://shop.example/?utm_source=x',
      network,
      created_at: NOW,
    })
    .execute();
  return id;
}

export async function click(t: TestApp, ws: string, linkId: string, at: string, bot = false): Promise<void> {
  await t.ctx.database.db
    .insertInto('link_clicks')
    .values({
      id: newId(),
      link_id: linkId,
      workspace_id: ws,
      clicked_at: at,
      is_bot: bot ? 1 : 0,
      bot_reason: bot ? 'empty_user_agent' : null,
      referrer_host: null,
      country: null,
      visitor_hash: newId(),
    })
    .execute();
}

export async function site(t: TestApp, ws: string): Promise<string> {
  const id = newId();
  await t.ctx.database.db
    .insertInto('conversion_sites')
    .values({
      id,
      workspace_id: ws,
      key: `pk_${id}`,
      label: 'Shop',
      allowed_origins: '[]',
      attribution_days: 30,
      created_at: NOW,
      revoked_at: null,
    })
    .execute();
  return id;
}

export async function conversion(
  t: TestApp,
  ws: string,
  siteId: string,
  c: {
    at: string;
    value: number | null;
    currency?: string;
    postId?: string;
    variantId?: string;
    linkId?: string;
    attribution?: string;
  },
): Promise<void> {
  await t.ctx.database.db
    .insertInto('conversions')
    .values({
      id: newId(),
      workspace_id: ws,
      site_id: siteId,
      type: 'sale',
      value_minor: c.value,
      currency: c.value === null ? null : (c.currency ?? 'EUR'),
      external_id: null,
      link_id: c.linkId ?? null,
      click_id: null,
      variant_id: c.variantId ?? null,
      post_id: c.postId ?? null,
      attribution: c.attribution ?? 'link_code',
      utm: null,
      link_code: null,
      occurred_at: c.at,
      received_at: c.at,
      visitor_hash: newId(),
    })
    .execute();
}

export async function budgetLine(
  t: TestApp,
  ws: string,
  l: { month: string; actual: number; category?: string; objectiveId?: string; actionId?: string },
): Promise<void> {
  await t.ctx.database.db
    .insertInto('budget_lines')
    .values({
      id: newId(),
      workspace_id: ws,
      category: l.category ?? 'content_production',
      label: 'Line',
      objective_id: l.objectiveId ?? null,
      action_id: l.actionId ?? null,
      month: l.month,
      planned: 0,
      committed: 0,
      actual: l.actual,
      currency: 'EUR',
      staff_resource_id: null,
      staff_hours: null,
      notes: '',
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
}

export async function campaign(
  t: TestApp,
  ws: string,
  c: {
    network: string;
    endDate: string;
    spend: number;
    conversions: number;
    value: number;
    objectiveId?: string;
  },
): Promise<void> {
  await t.ctx.database.db
    .insertInto('budget_campaigns')
    .values({
      id: newId(),
      workspace_id: ws,
      name: 'Campaign',
      network_id: c.network,
      objective_id: c.objectiveId ?? null,
      action_id: null,
      start_date: '2026-10-01',
      end_date: c.endDate,
      budget: c.spend,
      spend: c.spend,
      impressions: 0,
      clicks: 0,
      conversions: c.conversions,
      conversion_value: c.value,
      currency: 'EUR',
      external_ref: null,
      source: 'manual',
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
}

export async function indicator(
  t: TestApp,
  ws: string,
  objectiveId: string,
  i: { metric: string; kind: string; target: number | null },
): Promise<void> {
  await t.ctx.database.db
    .insertInto('strategy_indicators')
    .values({
      ...positioned(ws),
      objective_id: objectiveId,
      kind: i.kind,
      metric: i.metric,
      name: i.metric,
      baseline: null,
      target: i.target,
      unit: 'count',
      period_start: null,
      period_end: null,
      target_source: null,
      network_id: null,
    })
    .execute();
}

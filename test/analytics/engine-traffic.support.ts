import { newId } from '../../src/core/ids.js';
import type { TestApp } from '../support/app.js';

/** The instant the suite's rows are created at (the manual clock's now). */
export const NOW = '2026-11-10T09:00:00.000Z';

type Posted = { id: string; postId: string };

/**
 * The engine suite's clicks, conversions, costs, inbox messages and RONI assumptions for the posts
 * seeded by engine.support.ts (figures worked out in engine.test.ts).
 */
export async function seedTraffic(
  t: TestApp,
  ws: string,
  ids: { v1: Posted; v2: Posted; bsky: string; masto: string; objective: string },
): Promise<void> {
  const db = t.ctx.database.db;
  const stamp = { created_at: NOW, updated_at: NOW };
  const { v1, v2, bsky, masto, objective } = ids;

  const link = async (v: { id: string; postId: string }, network: string) => {
    const id = newId();
    await db
      .insertInto('tracked_links')
      .values({
        id,
        workspace_id: ws,
        post_id: v.postId,
        variant_id: v.id,
        code: id.slice(-8),
        target_url: 'https://shop.example/',
        final_url: 'https://shop.example/?utm_source=x',
        network,
        created_at: NOW,
      })
      .execute();
    return id;
  };
  const l1 = await link(v1, 'bluesky');
  const l2 = await link(v2, 'mastodon');
  const click = (linkId: string, at: string, bot = 0) =>
    db
      .insertInto('link_clicks')
      .values({
        id: newId(),
        link_id: linkId,
        workspace_id: ws,
        clicked_at: at,
        is_bot: bot,
        bot_reason: bot ? 'empty_user_agent' : null,
        referrer_host: null,
        country: null,
        visitor_hash: newId(),
      })
      .execute();
  for (const d of ['2026-10-06', '2026-10-07', '2026-10-21']) await click(l1, `${d}T08:00:00.000Z`);
  await click(l1, '2026-10-08T08:00:00.000Z', 1);
  await click(l1, '2026-09-15T08:00:00.000Z');
  await click(l1, '2026-11-02T08:00:00.000Z');
  for (const d of ['2026-10-13', '2026-10-14']) await click(l2, `${d}T08:00:00.000Z`);

  const site = newId();
  await db
    .insertInto('conversion_sites')
    .values({
      id: site,
      workspace_id: ws,
      key: `pk_${site}`,
      label: 'Shop',
      allowed_origins: '[]',
      attribution_days: 30,
      created_at: NOW,
      revoked_at: null,
    })
    .execute();
  const conversion = (
    v: { id: string; postId: string } | null,
    linkId: string | null,
    at: string,
    value: number,
    currency: string,
    attribution = 'link_code',
  ) =>
    db
      .insertInto('conversions')
      .values({
        id: newId(),
        workspace_id: ws,
        site_id: site,
        type: 'sale',
        value_minor: value,
        currency,
        external_id: null,
        link_id: linkId,
        click_id: null,
        variant_id: v?.id ?? null,
        post_id: v?.postId ?? null,
        attribution,
        utm: null,
        link_code: null,
        occurred_at: at,
        received_at: at,
        visitor_hash: newId(),
      })
      .execute();
  await conversion(v1, l1, '2026-10-06T12:00:00.000Z', 5000, 'EUR');
  await conversion(v2, l2, '2026-10-14T12:00:00.000Z', 3000, 'USD');
  await conversion(null, null, '2026-10-15T12:00:00.000Z', 7000, 'EUR', 'none');
  await conversion(v1, l1, '2026-11-02T12:00:00.000Z', 1000, 'EUR');

  const line = (
    month: string,
    category: string,
    actual: number,
    opts: { objective?: string; currency?: string; hours?: number } = {},
  ) =>
    db
      .insertInto('budget_lines')
      .values({
        id: newId(),
        workspace_id: ws,
        category,
        label: `${category} ${month}`,
        objective_id: opts.objective ?? null,
        action_id: null,
        month,
        planned: actual,
        committed: actual,
        actual,
        currency: opts.currency ?? 'EUR',
        staff_resource_id: null,
        staff_hours: opts.hours ?? null,
        notes: '',
        ...stamp,
      })
      .execute();
  await line('2026-10', 'production', 3100, { objective, hours: 31 });
  await line('2026-10', 'sponsored_campaigns', 10_000, { objective });
  await line('2026-10', 'tools', 620);
  await line('2026-10', 'tools', 5000, { currency: 'USD' });
  await line('2026-09', 'tools', 900);

  const campaign = (endDate: string, spend: number) =>
    db
      .insertInto('budget_campaigns')
      .values({
        id: newId(),
        workspace_id: ws,
        name: `Ads ${endDate}`,
        network_id: 'bluesky',
        objective_id: objective,
        action_id: null,
        start_date: '2026-10-01',
        end_date: endDate,
        budget: spend,
        spend,
        impressions: 0,
        clicks: 0,
        conversions: 2,
        conversion_value: 3000,
        currency: 'EUR',
        external_ref: null,
        source: 'manual',
        ...stamp,
      })
      .execute();
  await campaign('2026-10-28', 1000);
  await campaign('2026-11-15', 8000);

  const contact = newId();
  await db
    .insertInto('inbox_contacts')
    .values({
      id: contact,
      workspace_id: ws,
      network: 'bluesky',
      remote_id: `c-${contact}`,
      handle: 'someone',
      display_name: null,
      avatar_url: null,
      profile_url: null,
      followers: null,
      first_seen_at: NOW,
      last_seen_at: NOW,
    })
    .execute();
  const message = (
    accountId: string,
    network: string,
    occurredAt: string,
    dueAt: string,
    firstResponseAt: string | null,
  ) =>
    db
      .insertInto('inbox_items')
      .values({
        id: newId(),
        workspace_id: ws,
        account_id: accountId,
        network,
        remote_id: newId(),
        kind: 'reply',
        contact_id: contact,
        text: 'How much is it?',
        url: null,
        subject_remote_id: null,
        parent_remote_id: null,
        root_remote_id: null,
        thread_key: newId(),
        variant_id: null,
        occurred_at: occurredAt,
        received_at: occurredAt,
        language: 'en',
        is_question: 1,
        sentiment: 'neutral',
        sentiment_score: 0,
        state: firstResponseAt ? 'answered' : 'new',
        priority: 'normal',
        assignee_id: null,
        department_id: null,
        tags: '[]',
        target_minutes: 240,
        due_at: dueAt,
        first_response_at: firstResponseAt,
        first_response_by: null,
        first_response_source: firstResponseAt ? 'presence' : null,
        breached_at: null,
        ...stamp,
      })
      .execute();
  // In time (30 min), late (6 h), unanswered; one on Mastodon answered in 60 min.
  await message(
    bsky,
    'bluesky',
    '2026-10-05T08:00:00.000Z',
    '2026-10-05T12:00:00.000Z',
    '2026-10-05T08:30:00.000Z',
  );
  await message(
    bsky,
    'bluesky',
    '2026-10-06T08:00:00.000Z',
    '2026-10-06T12:00:00.000Z',
    '2026-10-06T14:00:00.000Z',
  );
  await message(bsky, 'bluesky', '2026-10-07T08:00:00.000Z', '2026-10-07T12:00:00.000Z', null);
  await message(
    masto,
    'mastodon',
    '2026-10-08T08:00:00.000Z',
    '2026-10-08T12:00:00.000Z',
    '2026-10-08T09:00:00.000Z',
  );

  await db
    .insertInto('roni_assumptions')
    .values({
      workspace_id: ws,
      unanswered_loss_probability: 0.5,
      late_loss_probability: null,
      value_per_contact_minor: 2000,
      updated_at: NOW,
    })
    .execute();
}

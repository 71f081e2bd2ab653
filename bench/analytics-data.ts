// The analytics benchmark's dataset (issue 8): one workspace (Europe/Paris, EUR) with a strategy, 20
// accounts on five networks, a year of published variants (Nov 2025 – Oct 2026) with ~25 metric snapshots
// each on the collector's own schedule, daily account snapshots, tracked links and their clicks,
// conversions, budget lines, campaigns, and an inbox of contacts and items. Deterministic: the same
// figures on every run and engine (ids differ, nothing reads them). Networks report what they really do:
// Mastodon and Bluesky give no impressions, only LinkedIn and Instagram give reach.
import { sql } from 'kysely';
import { newId } from '../src/core/ids.js';
import type { Database } from '../src/db/database.js';
import { DEFAULT_BUSINESS_HOURS } from '../src/modules/workspaces/workspaces.schemas.js';
import { dueInstants } from '../src/modules/analytics/collection/snapshot-schedule.js';
import { BulkWriter } from './analytics-bulk.js';
import {
  ACCOUNTS,
  ACCOUNT_SNAPSHOTS,
  CLICKS,
  CONTACTS,
  CONTACT_ROWS,
  CONVERSIONS,
  DATA_START,
  DAY,
  HOUR,
  ITEMS,
  KINDS,
  LINKS,
  NETWORKS,
  POSTS,
  SNAPSHOTS,
  SNAPSHOTS_PER_VARIANT,
  VARIANTS,
  YEAR_MS,
  fastId,
  finalMetrics,
  iso,
  prng,
  snapshotMetrics,
} from './analytics-rows.js';

export interface AnalyticsDataset {
  workspaceId: string;
  timeZone: string;
  currency: string;
  /** Rows written per table. */
  counts: Map<string, number>;
  /** Milliseconds spent writing per table (bulk tables only). */
  writeMs: Map<string, number>;
}

export interface DatasetSize {
  snapshots: number;
  interactions: number;
  clicks: number;
}

/** Workspace, strategy (3 objectives, 2 actions each, 4 pillars) and the 20 accounts, with Kysely. */
async function foundation(database: Database) {
  const db = database.db;
  const now = iso(DATA_START - 30 * DAY);
  const workspaceId = newId();
  await db
    .insertInto('workspaces')
    .values({
      id: workspaceId,
      name: 'Analytics bench',
      time_zone: 'Europe/Paris',
      currency: 'EUR',
      locale: 'fr',
      business_hours: JSON.stringify(DEFAULT_BUSINESS_HOURS),
      created_at: now,
      updated_at: now,
    })
    .execute();
  const base = { workspace_id: workspaceId, created_at: now, updated_at: now };
  const objectives = ['prospecting', 'customer_relations', 'institutional'].map((type, i) => ({
    ...base,
    id: fastId(),
    position: i,
    type,
    custom_type: null,
    title: `Objective ${i + 1}`,
    description: '',
    priority: 'high',
    period_start: null,
    period_end: null,
  }));
  await db.insertInto('strategy_objectives').values(objectives).execute();
  const actions = objectives.flatMap((o, i) =>
    [0, 1].map((k) => ({
      ...base,
      id: fastId(),
      position: i * 2 + k,
      title: `Action ${i + 1}.${k + 1}`,
      description: '',
      objective_id: o.id,
      owner_id: null,
      start_date: null,
      end_date: null,
      status: 'in_progress',
      budget_estimate: 0,
      no_obstacles_identified: 1,
    })),
  );
  await db.insertInto('strategy_actions').values(actions).execute();
  const pillars = ['Expertise', 'Behind the scenes', 'Customers', 'News'].map((name, i) => ({
    ...base,
    id: fastId(),
    position: i,
    name,
    description: '',
    target_share: 25,
    sensitive: 0,
    colour: null,
  }));
  await db.insertInto('strategy_content_pillars').values(pillars).execute();
  const accounts = Array.from({ length: ACCOUNTS }, (_, a) => ({
    id: fastId(),
    workspace_id: workspaceId,
    network: NETWORKS[a % NETWORKS.length]!,
    remote_id: `bench-${a}`,
    handle: `brand${a}`,
    display_name: null,
    avatar_url: null,
    profile_url: null,
    // Never opened: nothing in the benchmark talks to a network.
    credentials: 'unused',
    health_status: 'valid',
    health_reason: 'ok',
    health_detail: null,
    health_checked_at: null,
    rate_limited_until: null,
    created_at: now,
    updated_at: now,
  }));
  await db.insertInto('connected_accounts').values(accounts).execute();
  return { workspaceId, objectives, actions, pillars, accounts };
}

interface LinkedVariant {
  linkId: string;
  variantId: string;
  postId: string;
  code: string;
  publishedAt: number;
}

/** Posts, variants, their snapshots and tracked links, in blocks so foreign keys always hold. */
async function publishing(
  w: BulkWriter,
  rand: () => number,
  f: Awaited<ReturnType<typeof foundation>>,
  snapshots: number,
): Promise<LinkedVariant[]> {
  const ws = f.workspaceId;
  const variantCount = Math.max(2, Math.round(snapshots / SNAPSHOTS_PER_VARIANT));
  const postCount = Math.ceil(variantCount / 2);
  const linked: LinkedVariant[] = [];
  const BLOCK = 1_000;
  for (let first = 0; first < postCount; first += BLOCK) {
    const block: { postId: string; at: number; variants: number }[] = [];
    for (let p = first; p < Math.min(postCount, first + BLOCK); p++) {
      const at = DATA_START + Math.floor(((p + rand()) / postCount) * YEAR_MS);
      const o = rand() < 0.1 ? null : Math.floor(rand() * f.objectives.length);
      const action = o === null || rand() < 0.3 ? null : f.actions[o * 2 + Math.floor(rand() * 2)]!.id;
      const pillar = rand() < 0.15 ? null : f.pillars[Math.floor(rand() * f.pillars.length)]!.id;
      const postId = fastId(at);
      const created = iso(at - 2 * DAY);
      await w.add(POSTS, [postId, ws, `Post ${p}`, o === null ? null : f.objectives[o]!.id, action, pillar, created, created]); // prettier-ignore
      block.push({ postId, at, variants: p * 2 + 1 < variantCount ? 2 : 1 });
    }
    await w.flush(POSTS);
    const pending: { id: string; accountId: string; network: string; at: number; postId: string }[] = [];
    for (const { postId, at, variants } of block) {
      const a1 = Math.floor(rand() * ACCOUNTS);
      const accounts = [a1, (a1 + 1 + Math.floor(rand() * 4)) % ACCOUNTS];
      for (let k = 0; k < variants; k++) {
        const account = f.accounts[accounts[k]!]!;
        const id = fastId(at);
        // One variant in a hundred failed: no publication, no snapshot, never counted.
        const failed = rand() < 0.01;
        const publishedAt = at + k * Math.floor(rand() * 10 * 60_000);
        const t = iso(publishedAt);
        await w.add(VARIANTS, [id, ws, postId, account.id, `Variant text ${id.slice(-6)}`, '[]', iso(at), failed ? 'failed' : 'published', failed ? null : `r-${id}`, failed ? null : `https://${account.network}.example/p/${id}`, failed ? null : t, id, iso(at - DAY), t]); // prettier-ignore
        if (!failed)
          pending.push({ id, accountId: account.id, network: account.network, at: publishedAt, postId });
      }
    }
    await w.flush(VARIANTS);
    for (const v of pending) {
      const final = finalMetrics(rand);
      const gone = rand() < 0.005;
      const due = dueInstants(v.at).slice(0, SNAPSHOTS_PER_VARIANT);
      for (const [k, d] of due.entries()) {
        const observed = d + Math.floor(rand() * 120_000);
        const isGone = gone && k === due.length - 1;
        const m = isGone
          ? { metrics: '{}', unavailable: '[]' }
          : snapshotMetrics(v.network, final, observed - v.at, v.network === 'x' && rand() < 0.02);
        await w.add(SNAPSHOTS, [fastId(observed), ws, v.id, v.accountId, v.network, iso(observed), iso(d), m.metrics, m.unavailable, isGone ? 1 : 0]); // prettier-ignore
      }
      if (rand() < 0.25) {
        const code = `b${linked.length.toString(36).padStart(7, '0')}`;
        const linkId = fastId(v.at);
        const target = `https://shop.example/offer/${linked.length % 40}`;
        await w.add(LINKS, [linkId, ws, v.postId, v.id, code, target, `${target}?utm_source=${v.network}&utm_medium=social`, v.network, iso(v.at)]); // prettier-ignore
        linked.push({ linkId, variantId: v.id, postId: v.postId, code, publishedAt: v.at });
      }
    }
  }
  await w.flush(SNAPSHOTS);
  await w.flush(LINKS);
  return linked;
}

/** Daily follower counts per account, from the day before the data starts to 30 days after it ends. */
async function accountSnapshots(w: BulkWriter, f: Awaited<ReturnType<typeof foundation>>): Promise<void> {
  for (const [a, account] of f.accounts.entries()) {
    for (let day = -1; day <= 396; day++) {
      const at = DATA_START + day * DAY + 3 * HOUR + a * 60_000;
      const followers = 500 * (a + 1) + Math.floor(day * (2 + (a % 3)) + 20 * Math.sin(day / 9));
      const noFollows = account.network === 'instagram';
      const metrics = noFollows
        ? { followers, posts: 40 + day }
        : { followers, follows: 80 + a, posts: 40 + day };
      await w.add(ACCOUNT_SNAPSHOTS, [fastId(at), f.workspaceId, account.id, iso(at), JSON.stringify(metrics), noFollows ? '["follows"]' : '[]']); // prettier-ignore
    }
  }
  await w.flush(ACCOUNT_SNAPSHOTS);
}

/** Clicks on the links (5 % bots), then conversions: 3 % of human clicks, plus unattributed ones. */
async function traffic(
  database: Database,
  w: BulkWriter,
  rand: () => number,
  ws: string,
  linked: LinkedVariant[],
  clicks: number,
): Promise<void> {
  if (linked.length === 0) return;
  const siteId = fastId();
  await database.db
    .insertInto('conversion_sites')
    .values({
      id: siteId,
      workspace_id: ws,
      key: `pk_bench_${siteId}`,
      label: 'Shop',
      allowed_origins: '["https://shop.example"]',
      attribution_days: 30,
      created_at: iso(DATA_START),
    }) // prettier-ignore
    .execute();
  const conversions: (string | number | null)[][] = [];
  for (let i = 0; i < clicks; i++) {
    const l = linked[Math.floor(rand() * linked.length)]!;
    const at = l.publishedAt + Math.min(30 * DAY, Math.floor(-Math.log(1 - rand()) * 2 * DAY));
    const bot = rand() < 0.05;
    const id = fastId(at);
    await w.add(CLICKS, [id, l.linkId, ws, iso(at), bot ? 1 : 0, bot ? 'crawler' : null, bot ? null : 'm.example', 'FR', `v${Math.floor(rand() * 1e9)}`]); // prettier-ignore
    if (bot) continue;
    const roll = rand();
    const when = iso(at + Math.floor(rand() * 3 * HOUR));
    if (roll < 0.03) {
      const sale = rand() < 0.7;
      const currency = sale ? (rand() < 0.03 ? 'USD' : 'EUR') : null;
      const value = sale ? 1_000 + Math.floor(rand() * 20_000) : null;
      conversions.push([fastId(at), ws, siteId, sale ? 'sale' : 'lead', value, currency, `o${conversions.length}`, l.linkId, id, l.variantId, l.postId, 'link_code', l.code, when, when, `c${i}`]); // prettier-ignore
    } else if (roll < 0.033) {
      conversions.push([fastId(at), ws, siteId, 'sale', 5_000, 'EUR', `o${conversions.length}`, null, null, null, null, 'none', null, when, when, `c${i}`]); // prettier-ignore
    }
  }
  await w.flush(CLICKS);
  for (const c of conversions) await w.add(CONVERSIONS, c);
  await w.flush(CONVERSIONS);
}

/** Monthly budget lines (one sponsored and one in USD that costs must leave out) and campaigns. */
async function budget(
  database: Database,
  rand: () => number,
  f: Awaited<ReturnType<typeof foundation>>,
): Promise<void> {
  const now = iso(DATA_START);
  const lines = [];
  const campaigns = [];
  for (let m = 0; m < 12; m++) {
    const d = new Date(DATA_START);
    d.setUTCMonth(d.getUTCMonth() + m);
    const month = d.toISOString().slice(0, 7);
    const rows: [string, number, string, number | null][] = [
      ['content_production', 150_000 + Math.floor(rand() * 100_000), 'EUR', null],
      ['tools', 4_900, 'EUR', null],
      ['staff_time', 320_000 + Math.floor(rand() * 10_000), 'EUR', 80 + Math.floor(rand() * 20)],
      ['sponsored_campaigns', 50_000, 'EUR', null],
      ['other', 20_000, 'USD', null],
    ];
    for (const [category, actual, currency, hours] of rows) {
      const o = Math.floor(rand() * f.objectives.length);
      lines.push({ id: fastId(), workspace_id: f.workspaceId, category, label: `${category} ${month}`, objective_id: f.objectives[o]!.id, action_id: rand() < 0.5 ? f.actions[o * 2]!.id : null, month, planned: actual, committed: actual, actual, currency, staff_resource_id: null, staff_hours: hours, notes: '', created_at: now, updated_at: now }); // prettier-ignore
    }
    for (const endDay of [10, 28]) {
      const network = NETWORKS[(m + endDay) % NETWORKS.length]!;
      const o = Math.floor(rand() * f.objectives.length);
      campaigns.push({ id: fastId(), workspace_id: f.workspaceId, name: `Campaign ${month}-${endDay}`, network_id: network, objective_id: f.objectives[o]!.id, action_id: null, start_date: `${month}-01`, end_date: `${month}-${endDay}`, budget: 60_000, spend: 40_000 + Math.floor(rand() * 20_000), impressions: 90_000, clicks: 1_200, conversions: 10 + Math.floor(rand() * 30), conversion_value: 100_000 + Math.floor(rand() * 200_000), currency: 'EUR', external_ref: null, source: 'manual', created_at: now, updated_at: now }); // prettier-ignore
    }
  }
  await database.db.insertInto('budget_lines').values(lines).execute();
  await database.db.insertInto('budget_campaigns').values(campaigns).execute();
}

/** Contacts, then items over the year: 30 % questions, most answered within minutes to days. */
async function inbox(
  w: BulkWriter,
  rand: () => number,
  f: Awaited<ReturnType<typeof foundation>>,
  total: number,
): Promise<void> {
  const ws = f.workspaceId;
  const seen = iso(DATA_START);
  const contacts: string[] = [];
  for (let c = 0; c < CONTACTS; c++) {
    const id = fastId(DATA_START);
    contacts.push(id);
    const network = NETWORKS[c % NETWORKS.length]!;
    await w.add(CONTACT_ROWS, [id, ws, network, `u${c}`, `user${c}@${network}.example`, seen, seen]);
  }
  await w.flush(CONTACT_ROWS);
  const perNetwork = CONTACTS / NETWORKS.length;
  for (let i = 0; i < total; i++) {
    // In time order, as messages arrive: index inserts then append instead of landing at random pages.
    const occurred = DATA_START + Math.floor(((i + rand()) / total) * YEAR_MS);
    const a = Math.floor(rand() * ACCOUNTS);
    const account = f.accounts[a]!;
    // Contact c writes on network c % 5; a few write often (the squared pick favours low numbers).
    const contact =
      contacts[Math.floor(rand() * rand() * perNetwork) * NETWORKS.length + (a % NETWORKS.length)]!;
    const roll = rand();
    const state =
      roll < 0.55 ? 'answered' : roll < 0.7 ? 'closed' : roll < 0.8 ? 'new' : roll < 0.88 ? 'assigned' : roll < 0.93 ? 'waiting' : 'spam'; // prettier-ignore
    const answered =
      state === 'answered' || (state === 'closed' && rand() < 0.4) || (state === 'waiting' && rand() < 0.5);
    // Whole minutes: the wall-clock median is then exact on both engines.
    const response = answered ? occurred + (1 + Math.floor(rand() * rand() * rand() * 2_880)) * 60_000 : null;
    const due = rand() < 0.9 ? occurred + 240 * 60_000 : null;
    const breached =
      due !== null && (response === null ? state !== 'closed' || rand() < 0.5 : response > due + 60_000)
        ? iso(due + 60_000)
        : null;
    const t = iso(occurred);
    const remoteId = `m${i}`;
    await w.add(ITEMS, [fastId(occurred), ws, account.id, account.network, remoteId, KINDS[Math.floor(rand() * KINDS.length)]!, contact, 'Bonjour, une question ?', remoteId, t, iso(occurred + 60_000), rand() < 0.3 ? 1 : 0, 'neutral', 0, state, 'normal', '[]', due === null ? null : 240, due === null ? null : iso(due), response === null ? null : iso(response), response === null ? null : 'presence', breached, t, t]); // prettier-ignore
  }
  await w.flush(ITEMS);
}

/** Writes the whole dataset, then refreshes the planner statistics on both engines. */
export async function generateDataset(database: Database, size: DatasetSize): Promise<AnalyticsDataset> {
  const rand = prng(8);
  // Loading only: a page cache that holds the indexes being filled (random keys into a 1M-row
  // B-tree thrash the default 2 MB). Restored before anything is measured.
  const cacheSize = database.sqlite?.pragma('cache_size', { simple: true });
  database.sqlite?.pragma('cache_size = -262144');
  // The generator writes parents before children; checking every reference again only slows loading.
  database.sqlite?.pragma('foreign_keys = OFF');
  const f = await foundation(database);
  const w = new BulkWriter(database);
  const linked = await publishing(w, rand, f, size.snapshots);
  await accountSnapshots(w, f);
  await traffic(database, w, rand, f.workspaceId, linked, size.clicks);
  await budget(database, rand, f);
  await inbox(w, rand, f, size.interactions);
  if (database.dialect === 'postgres') await sql`vacuum analyze`.execute(database.db);
  else await sql`analyze`.execute(database.db);
  if (cacheSize !== undefined) database.sqlite?.pragma(`cache_size = ${Number(cacheSize)}`);
  database.sqlite?.pragma('foreign_keys = ON');
  return {
    workspaceId: f.workspaceId,
    timeZone: 'Europe/Paris',
    currency: 'EUR',
    counts: w.counts,
    writeMs: w.ms,
  };
}

// The inbox benchmark of issue 7, called by bench/run.ts once per engine on a fresh database.
// Ingest: N interactions (default 100,000; 20 % re-deliveries of earlier ones, as re-read pages bring;
// ~5,000 contacts; 10 accounts on three networks) stored page by page through InboxIngestor.ingest, the
// poller's own code path (classification, threading, routing, clock, deduplication). Printed: items/s and
// the ratio to a bare `insert … on conflict do nothing` of the same rows, same pages, same table, measured
// in the same run. Then the inbox list query (InboxItemsRepository.list) under a few filter combinations,
// 200 runs each, p50/p95 ms; and the indicators read over 30 days. A benchmark: it asserts nothing.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { systemClock } from '../src/core/clock.js';
import { newId } from '../src/core/ids.js';
import { SecretBox } from '../src/core/secrets.js';
import type { Database } from '../src/db/database.js';
import type { InboxItemsTable } from '../src/modules/inbox/inbox.tables.js';
import { groupIndicators } from '../src/modules/inbox/indicators/indicators.js';
import { InboxIndicatorsRepository } from '../src/modules/inbox/indicators/indicators.repository.js';
import { InboxIngestor } from '../src/modules/inbox/ingest/inbox-ingest.service.js';
import { InboxItemsRepository } from '../src/modules/inbox/triage/inbox-items.repository.js';
import { zInboxQuery, type InboxQuery } from '../src/modules/inbox/triage/inbox.schemas.js';
import type { Interaction } from '../src/modules/publishing/connectors/connector.port.js';
import { ConnectedAccountsRepository } from '../src/modules/publishing/scheduler/connected-accounts.repository.js';

const ACCOUNTS = 10;
const CONTACTS = 5_000;
const NETWORKS = ['mastodon', 'bluesky', 'x'] as const;
/** Interactions per page, as connectors return them (Mastodon and Bluesky pages hold 40–100). */
const PAGE = 100;
const LIST_RUNS = 200;
const DAY = 86_400_000;

const TEXTS = [
  'Bonjour, vous livrez en Belgique ?',
  'Great post, thanks for sharing!',
  'Where is my order? Two weeks already, this is unacceptable',
  'Super article, merci beaucoup',
  'Quand sort la prochaine version ?',
  'Do you have a discount code for students?',
  'Le service client ne répond jamais, très déçu',
  'Love this, keep going',
  'Est-ce que l’atelier de jeudi est complet ?',
  'Interesting point about the budget',
];

/** A small deterministic generator: the same dataset on every run and engine. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface BenchAccount {
  id: string;
  workspaceId: string;
  network: string;
  remoteId: string;
  createdAt: string;
}

/** Pages of interactions per account, oldest first; every fifth one re-delivers a recent earlier one. */
export function generateInteractions(total: number, now: number): Interaction[][][] {
  const rand = prng(7);
  const perAccount = Math.ceil(total / ACCOUNTS);
  return Array.from({ length: ACCOUNTS }, (_, a) => {
    const network = NETWORKS[a % NETWORKS.length]!;
    // Authors of this network: contact c writes on network c % 3, so the workspace holds ~5,000 contacts.
    const authors = Array.from({ length: CONTACTS }, (_, c) => c).filter(
      (c) => c % NETWORKS.length === a % NETWORKS.length,
    );
    const stream: Interaction[] = [];
    const unique: Interaction[] = [];
    const start = now - 30 * DAY;
    for (let k = 0; k < perAccount && a * perAccount + k < total; k++) {
      if (k % 5 === 4 && unique.length > 0) {
        stream.push(unique[Math.max(0, unique.length - 1 - Math.floor(rand() * PAGE * 2))]!);
        continue;
      }
      // A few authors write often: squaring skews the pick toward the start of the list.
      const c = authors[Math.floor(rand() * rand() * authors.length)]!;
      const roll = rand();
      const kind = roll < 0.6 ? 'reply' : roll < 0.8 ? 'mention' : roll < 0.9 ? 'quote' : 'direct_message';
      const post = `post-${a}-${Math.floor(rand() * 300)}`;
      const earlier =
        unique.length > 0 && rand() < 0.3
          ? unique[unique.length - 1 - Math.floor(rand() * Math.min(unique.length, 50))]
          : undefined;
      const remoteId = `${network}-${a}-${unique.length}`;
      const item: Interaction = {
        remoteId,
        kind,
        author: {
          remoteId: `u${c}`,
          handle: `user${c}@${network}.example`,
          displayName: `User ${c}`,
          avatarUrl: null,
          profileUrl: `https://${network}.example/@user${c}`,
        },
        text: TEXTS[Math.floor(rand() * TEXTS.length)]!,
        url: `https://${network}.example/s/${remoteId}`,
        subjectRemoteId: kind === 'direct_message' ? null : post,
        parentRemoteId: kind === 'reply' ? (earlier?.remoteId ?? post) : null,
        rootRemoteId: kind === 'reply' && network === 'bluesky' ? post : null,
        occurredAt: new Date(start + ((unique.length + 1) / perAccount) * 30 * DAY).toISOString(),
      };
      unique.push(item);
      stream.push(item);
    }
    const pages: Interaction[][] = [];
    for (let i = 0; i < stream.length; i += PAGE) pages.push(stream.slice(i, i + PAGE));
    return pages;
  });
}

async function makeWorkspace(database: Database, secrets: SecretBox, tag: string): Promise<BenchAccount[]> {
  const db = database.db;
  const now = new Date().toISOString();
  // Connected 60 days ago: every generated message arrived after, so every item runs a clock.
  const connectedAt = new Date(Date.now() - 60 * DAY).toISOString();
  const workspaceId = newId();
  await db
    .insertInto('workspaces')
    .values({
      id: workspaceId,
      name: `Inbox bench ${tag}`,
      time_zone: 'Europe/Paris',
      currency: 'EUR',
      locale: 'fr',
      business_hours: '{}',
      created_at: now,
      updated_at: now,
    })
    .execute();
  const repo = new ConnectedAccountsRepository(db, secrets);
  const accounts: BenchAccount[] = [];
  for (let a = 0; a < ACCOUNTS; a++) {
    const id = newId();
    const network = NETWORKS[a % NETWORKS.length]!;
    await repo.create({
      id,
      workspaceId,
      network,
      remoteId: `own-${tag}-${a}`,
      handle: `brand${a}`,
      displayName: null,
      avatarUrl: null,
      profileUrl: null,
      credentials: { token: 'x' },
      now: connectedAt,
    });
    accounts.push({ id, workspaceId, network, remoteId: `own-${tag}-${a}`, createdAt: connectedAt });
  }
  return accounts;
}

/**
 * The baseline: the same pages as rows already built (contacts inserted beforehand, untimed), one
 * `insert … on conflict (account_id, remote_id) do nothing` per page into the same table.
 */
async function bareInsert(
  database: Database,
  accounts: BenchAccount[],
  pages: Interaction[][][],
): Promise<{ ms: number; inserted: number }> {
  const db = database.db;
  const workspaceId = accounts[0]!.workspaceId;
  const now = new Date().toISOString();
  const contactIds = new Map<string, string>();
  const contactRows = [];
  for (const [a, accountPages] of pages.entries()) {
    for (const i of accountPages.flat()) {
      const key = `${accounts[a]!.network}|${i.author.remoteId}`;
      if (contactIds.has(key)) continue;
      const id = newId();
      contactIds.set(key, id);
      contactRows.push({
        id,
        workspace_id: workspaceId,
        network: accounts[a]!.network,
        remote_id: i.author.remoteId,
        handle: i.author.handle,
        display_name: i.author.displayName,
        avatar_url: null,
        profile_url: i.author.profileUrl,
        followers: null,
        first_seen_at: now,
        last_seen_at: now,
      });
    }
  }
  for (let i = 0; i < contactRows.length; i += 500) {
    await db
      .insertInto('inbox_contacts')
      .values(contactRows.slice(i, i + 500))
      .execute();
  }
  const rowsOf = (account: BenchAccount, page: Interaction[]): InboxItemsTable[] =>
    page.map((i) => ({
      id: newId(),
      workspace_id: workspaceId,
      account_id: account.id,
      network: account.network,
      remote_id: i.remoteId,
      kind: i.kind,
      contact_id: contactIds.get(`${account.network}|${i.author.remoteId}`)!,
      text: i.text ?? '',
      url: i.url,
      subject_remote_id: i.subjectRemoteId,
      parent_remote_id: i.parentRemoteId,
      root_remote_id: i.rootRemoteId,
      thread_key: i.rootRemoteId ?? i.parentRemoteId ?? i.remoteId,
      variant_id: null,
      occurred_at: i.occurredAt,
      received_at: now,
      language: null,
      is_question: 0,
      sentiment: 'neutral',
      sentiment_score: 0,
      state: 'new',
      priority: 'normal',
      assignee_id: null,
      department_id: null,
      tags: '[]',
      target_minutes: 240,
      due_at: new Date(Date.parse(i.occurredAt) + 240 * 60_000).toISOString(),
      first_response_at: null,
      first_response_by: null,
      first_response_source: null,
      breached_at: null,
      created_at: now,
      updated_at: now,
    }));
  // Rows are built before the clock starts: the baseline times the database alone.
  const built = pages.map((accountPages, a) => accountPages.map((page) => rowsOf(accounts[a]!, page)));
  let inserted = 0;
  const t0 = performance.now();
  for (let p = 0; p < Math.max(...built.map((b) => b.length)); p++) {
    for (const accountPages of built) {
      const rows = accountPages[p];
      if (!rows || rows.length === 0) continue;
      const r = await db
        .insertInto('inbox_items')
        .values(rows)
        .onConflict((oc) => oc.columns(['account_id', 'remote_id']).doNothing())
        .returning('id')
        .execute();
      inserted += r.length;
    }
  }
  return { ms: performance.now() - t0, inserted };
}

/** The application: each page through the ingestor, accounts taking turns as the poller does. */
async function appIngest(
  database: Database,
  secrets: SecretBox,
  accounts: BenchAccount[],
  pages: Interaction[][][],
): Promise<{ ms: number; inserted: number }> {
  const ingestor = new InboxIngestor({
    db: database.db,
    secrets,
    clock: systemClock,
    connectorFor: () => {
      throw new Error('The benchmark hands pages to the ingestor; it polls nothing');
    },
  });
  let inserted = 0;
  const t0 = performance.now();
  for (let p = 0; p < Math.max(...pages.map((b) => b.length)); p++) {
    for (const [a, accountPages] of pages.entries()) {
      const page = accountPages[p];
      if (page) inserted += await ingestor.ingest(accounts[a]!, page);
    }
  }
  return { ms: performance.now() - t0, inserted };
}

/** Moves most items out of "new" as a working team would, so state filters select a realistic share. */
async function triageMost(database: Database, workspaceId: string): Promise<void> {
  const db = database.db;
  const rows = await db
    .selectFrom('inbox_items')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  const byState: Record<string, string[]> = { answered: [], closed: [], assigned: [] };
  rows.forEach((r, k) => {
    const m = k % 10;
    if (m < 6) byState.answered!.push(r.id);
    else if (m === 6) byState.closed!.push(r.id);
    else if (m === 7) byState.assigned!.push(r.id);
  });
  for (const [state, ids] of Object.entries(byState)) {
    for (let i = 0; i < ids.length; i += 500) {
      await db
        .updateTable('inbox_items')
        .set({ state })
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
    }
  }
  if (database.dialect === 'postgres') await sql`analyze`.execute(db);
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn(); // warm the statement cache and pages once
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((x, y) => x - y);
  return { p50: pct(ms, 50), p95: pct(ms, 95) };
}

/** Runs the inbox benchmark on a fresh migrated database and writes its lines through `out`. */
export async function inboxBench(
  database: Database,
  total: number,
  out: (line: string) => void,
): Promise<void> {
  const engine = database.dialect.padEnd(8);
  const secrets = new SecretBox(crypto.randomBytes(32).toString('hex'));
  const pages = generateInteractions(total, Date.now());
  const count = pages.flat(2).length;

  const baseAccounts = await makeWorkspace(database, secrets, 'baseline');
  const base = await bareInsert(database, baseAccounts, pages);
  // The baseline's rows leave the table so the application starts from the same empty table.
  await database.db
    .deleteFrom('inbox_items')
    .where('workspace_id', '=', baseAccounts[0]!.workspaceId)
    .execute();
  await database.db
    .deleteFrom('inbox_contacts')
    .where('workspace_id', '=', baseAccounts[0]!.workspaceId)
    .execute();
  if (database.dialect === 'postgres') await sql`vacuum analyze inbox_items`.execute(database.db);

  const accounts = await makeWorkspace(database, secrets, 'app');
  const app = await appIngest(database, secrets, accounts, pages);
  const perSecond = (r: { ms: number }) => count / (r.ms / 1000);
  out(
    `${engine} inbox baseline (bare insert … on conflict do nothing): ${Math.round(perSecond(base)).toString().padStart(7)} items/s  (${base.inserted} new of ${count})\n`,
  );
  out(
    `${engine} inbox ingest (InboxIngestor.ingest):               ${Math.round(perSecond(app)).toString().padStart(7)} items/s  (${app.inserted} new of ${count})\n`,
  );
  out(`${engine} ratio ingest/baseline: ${(perSecond(app) / perSecond(base)).toFixed(2)}\n`);

  const workspaceId = accounts[0]!.workspaceId;
  await triageMost(database, workspaceId);
  const repo = new InboxItemsRepository(database.db);
  const now = new Date().toISOString();
  const first = await repo.list(workspaceId, zInboxQuery.parse({ state: 'new,assigned' }), now);
  const last = first[49]!;
  const combos: [string, InboxQuery][] = [
    ['state=new,assigned', zInboxQuery.parse({ state: 'new,assigned' })],
    ['(no filter)', zInboxQuery.parse({})],
    ['network=x&question=true', zInboxQuery.parse({ network: 'x', question: 'true' })],
    ['assigneeId=none&overdue=true', zInboxQuery.parse({ assigneeId: 'none', overdue: 'true' })],
    ['accountId&priority=high', zInboxQuery.parse({ accountId: accounts[3]!.id, priority: 'high' })],
    ['q=livrez', zInboxQuery.parse({ q: 'livrez' })],
    [
      'state=new,assigned page 2',
      zInboxQuery.parse({ state: 'new,assigned', before: `${last.occurred_at}|${last.id}` }),
    ],
  ];
  for (const [name, q] of combos) {
    const r = await timeRuns(LIST_RUNS, () => repo.list(workspaceId, q, now));
    out(
      `${engine} inbox list ${name.padEnd(30)} p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms\n`,
    );
  }
  const indicators = new InboxIndicatorsRepository(database.db);
  const from = new Date(Date.now() - 30 * DAY).toISOString();
  const r = await timeRuns(10, async () =>
    groupIndicators(await indicators.itemsBetween(workspaceId, from, now), 'network', new Date()),
  );
  out(
    `${engine} inbox indicators, 30 days by network (10 runs)  p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms\n`,
  );
}

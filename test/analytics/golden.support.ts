import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManualClock } from '../../src/core/clock.js';
import type { Dialect } from '../../src/db/database.js';
import type { DB } from '../../src/db/schema.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';

/**
 * Loads the golden analytics dataset (test/fixtures/analytics-golden/dataset.json) into a fresh
 * database of either engine. The dataset names only the columns that matter to the indicators; the
 * boilerplate columns every row needs (timestamps, empty JSON lists, flags) are filled here, so the
 * fixture stays readable next to EXPECTED.md.
 */

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const GOLDEN_DIR = path.join(HERE, '..', 'fixtures', 'analytics-golden');

/** Every row was "created" before the first period of the dataset, so no created_at leaks into a period. */
const CREATED = '2026-08-01T00:00:00.000Z';
/** "Now" for the API: after every due date of the dataset, so every inbox clock is decided. */
export const GOLDEN_NOW = '2026-11-28T12:00:00.000Z';

type Row = Record<string, unknown>;

interface Dataset {
  workspace: { timeZone: string; currency: string };
  tables: Record<string, Row[]>;
  /** Rows of a second workspace that must never show in the first one's figures. */
  otherWorkspace: { tables: Record<string, Row[]> };
}

const stamps = { created_at: CREATED, updated_at: CREATED };

/** Columns each table needs that the fixture leaves out (the fixture's own values win). */
const DEFAULTS: Record<string, Row> = {
  strategies: { ...stamps },
  strategy_objectives: {
    custom_type: null,
    description: '',
    period_start: null,
    period_end: null,
    ...stamps,
  },
  strategy_actions: {
    description: '',
    owner_id: null,
    start_date: null,
    end_date: null,
    status: 'in_progress',
    budget_estimate: 0,
    no_obstacles_identified: 1,
    ...stamps,
  },
  strategy_content_pillars: { description: '', sensitive: 0, colour: null, ...stamps },
  strategy_audiences: {
    segment: 'b2c',
    description: '',
    age_min: null,
    age_max: null,
    places: [],
    languages: [],
    interests: [],
    needs: [],
    pains: [],
    ...stamps,
  },
  strategy_indicators: { period_start: null, period_end: null, target_source: null, ...stamps },
  connected_accounts: {
    display_name: null,
    avatar_url: null,
    profile_url: null,
    credentials: 'golden-dataset-not-sealed',
    health_status: 'valid',
    health_reason: 'ok',
    health_detail: null,
    health_checked_at: null,
    rate_limited_until: null,
    ...stamps,
  },
  posts: { created_by: null, ...stamps },
  post_variants: {
    text: 'Golden post',
    media: [],
    thread: [],
    first_comment: null,
    visibility: null,
    content_warning: null,
    attempt_base: 0,
    remote_id: null,
    remote_url: null,
    published_late: 0,
    failure_code: null,
    failure_reason: null,
    raw_error: null,
    ...stamps,
  },
  post_metric_snapshots: {},
  account_metric_snapshots: {},
  tracked_links: { created_at: CREATED },
  link_clicks: { referrer_host: null, country: null },
  conversion_sites: { created_at: CREATED, revoked_at: null },
  conversions: { utm: null, link_code: null },
  budget_lines: { staff_resource_id: null, notes: '', ...stamps },
  budget_campaigns: { ...stamps },
  inbox_contacts: {
    display_name: null,
    avatar_url: null,
    profile_url: null,
    followers: null,
    first_seen_at: CREATED,
    last_seen_at: CREATED,
  },
  inbox_items: {
    url: null,
    subject_remote_id: null,
    parent_remote_id: null,
    root_remote_id: null,
    variant_id: null,
    language: 'en',
    sentiment: 'neutral',
    sentiment_score: 0,
    priority: 'normal',
    assignee_id: null,
    department_id: null,
    tags: [],
    first_response_by: null,
    ...stamps,
  },
  roni_assumptions: { updated_at: CREATED },
  roni_audience_gaps: { ...stamps },
  roni_competitors: { ...stamps },
};

/** Insert order: parents before the rows that reference them. */
const ORDER = Object.keys(DEFAULTS);

export function readGolden<T = unknown>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(GOLDEN_DIR, file), 'utf8')) as T;
}

/** JSON columns are text on SQLite and jsonb on PostgreSQL: both take the serialized text. */
function toColumns(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
  }
  return out;
}

/** Inserts `tables` into `workspaceId`, set to the dataset's zone and currency. */
async function insertTables(
  t: TestApp,
  workspaceId: string,
  data: Dataset,
  tables: Record<string, Row[]>,
): Promise<void> {
  const db = t.ctx.database.db;
  await db
    .updateTable('workspaces')
    .set({ time_zone: data.workspace.timeZone, currency: data.workspace.currency })
    .where('id', '=', workspaceId)
    .execute();
  for (const table of Object.keys(tables)) {
    if (!ORDER.includes(table)) throw new Error(`golden loader: unknown table ${table}`);
  }
  for (const table of ORDER) {
    const rows = tables[table];
    if (!rows?.length) continue;
    const values = rows.map((r) => toColumns({ ...DEFAULTS[table], ...r, workspace_id: workspaceId }));
    await db
      .insertInto(table as keyof DB)
      .values(values)
      .execute();
  }
}

/**
 * Inserts every row of the dataset into `workspaceId`, and the rows of `otherWorkspace` into
 * `otherWorkspaceId` when given. Fails loudly on a table the loader does not know.
 */
export async function loadGolden(t: TestApp, workspaceId: string, otherWorkspaceId?: string): Promise<void> {
  const data = readGolden<Dataset>('dataset.json');
  // The strategy row may already exist (sign-up); the fixture's own replaces it.
  await t.ctx.database.db.deleteFrom('strategies').where('workspace_id', '=', workspaceId).execute();
  await insertTables(t, workspaceId, data, data.tables);
  if (otherWorkspaceId) await insertTables(t, otherWorkspaceId, data, data.otherWorkspace.tables);
}

export interface Golden {
  t: TestApp;
  owner: Client;
  ws: string;
  /** The owner of the second workspace, and its id. */
  otherOwner: Client;
  other: string;
}

/**
 * The real server on a fresh `dialect` database, its clock at GOLDEN_NOW, the dataset loaded into the
 * owner's workspace and the other workspace's rows into a second person's workspace.
 */
export async function startGolden(dialect: Dialect): Promise<Golden> {
  const t = await createTestApp(dialect, { clock: 'manual' });
  (t.clock as ManualClock).set(GOLDEN_NOW);
  const { client: owner, workspaceId: ws } = await signUp(t.app);
  const { client: otherOwner, workspaceId: other } = await signUp(t.app, { workspaceName: 'Someone else' });
  await loadGolden(t, ws, other);
  return { t, owner, ws, otherOwner, other };
}

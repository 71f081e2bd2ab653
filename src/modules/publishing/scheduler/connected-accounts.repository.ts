import type { Kysely } from 'kysely';
import type { SecretBox } from '../../../core/secrets.js';
import type { DB } from '../../../db/schema.js';
import type { Credentials, HealthReason, HealthStatus } from '../connectors/connector.port.js';
import type { ConnectedAccountsTable } from './publishing.tables.js';

/** A connected account as the application sees it: never the credentials (see `openCredentials`). */
export interface ConnectedAccountRecord {
  id: string;
  workspaceId: string;
  network: string;
  remoteId: string;
  handle: string;
  displayName: string | null;
  avatarUrl: string | null;
  profileUrl: string | null;
  healthStatus: HealthStatus;
  healthReason: HealthReason;
  healthDetail: string | null;
  healthCheckedAt: string | null;
  rateLimitedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewConnectedAccount {
  id: string;
  workspaceId: string;
  network: string;
  remoteId: string;
  handle: string;
  displayName: string | null;
  avatarUrl: string | null;
  profileUrl: string | null;
  credentials: Credentials;
  now: string;
}

/** Maps a row to the record (credentials left out). */
export function toAccountRecord(r: ConnectedAccountsTable): ConnectedAccountRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    network: r.network,
    remoteId: r.remote_id,
    handle: r.handle,
    displayName: r.display_name,
    avatarUrl: r.avatar_url,
    profileUrl: r.profile_url,
    healthStatus: r.health_status as HealthStatus,
    healthReason: r.health_reason as HealthReason,
    healthDetail: r.health_detail,
    healthCheckedAt: r.health_checked_at,
    rateLimitedUntil: r.rate_limited_until,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Connected accounts of a workspace. Credentials are sealed with AES-256-GCM (`SecretBox`) bound to
 * the account id, so a sealed value copied onto another row does not open; they are only ever
 * decrypted by `openCredentials`, for a connector call.
 */
export class ConnectedAccountsRepository {
  readonly #db: Kysely<DB>;
  readonly #secrets: SecretBox;

  constructor(db: Kysely<DB>, secrets: SecretBox) {
    this.#db = db;
    this.#secrets = secrets;
  }

  /** Stores a new account (health `valid`) with its credentials sealed. */
  async create(a: NewConnectedAccount): Promise<ConnectedAccountRecord> {
    const row: ConnectedAccountsTable = {
      id: a.id,
      workspace_id: a.workspaceId,
      network: a.network,
      remote_id: a.remoteId,
      handle: a.handle,
      display_name: a.displayName,
      avatar_url: a.avatarUrl,
      profile_url: a.profileUrl,
      credentials: this.#secrets.seal(JSON.stringify(a.credentials), a.id),
      health_status: 'valid',
      health_reason: 'ok',
      health_detail: null,
      health_checked_at: a.now,
      rate_limited_until: null,
      created_at: a.now,
      updated_at: a.now,
    };
    await this.#db.insertInto('connected_accounts').values(row).execute();
    return toAccountRecord(row);
  }

  /** One account of the workspace, or null. */
  async get(workspaceId: string, id: string): Promise<ConnectedAccountRecord | null> {
    const r = await this.#db
      .selectFrom('connected_accounts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toAccountRecord(r) : null;
  }

  /** The workspace's accounts, by network then handle. */
  async list(workspaceId: string): Promise<ConnectedAccountRecord[]> {
    const rows = await this.#db
      .selectFrom('connected_accounts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('network')
      .orderBy('handle')
      .execute();
    return rows.map(toAccountRecord);
  }

  /** The decrypted credentials of an account, for a connector call only; null when not found. */
  async openCredentials(workspaceId: string, id: string): Promise<Credentials | null> {
    const r = await this.#db
      .selectFrom('connected_accounts')
      .select('credentials')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? (JSON.parse(this.#secrets.open(r.credentials, id)) as Credentials) : null;
  }

  /** Opens credentials sealed for account `id` (read with the account in one query by the scheduler). */
  openSealed(id: string, sealed: string): Credentials {
    return JSON.parse(this.#secrets.open(sealed, id)) as Credentials;
  }

  /** Replaces the sealed credentials (a refresh, a reconnect) and marks the account valid again. */
  async saveCredentials(
    workspaceId: string,
    id: string,
    credentials: Credentials,
    now: string,
  ): Promise<void> {
    await this.#db
      .updateTable('connected_accounts')
      .set({
        credentials: this.#secrets.seal(JSON.stringify(credentials), id),
        health_status: 'valid',
        health_reason: 'ok',
        health_detail: null,
        health_checked_at: now,
        updated_at: now,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** Records the account's health (a check, or `auth` errors: `needs_reconnect`). */
  async setHealth(
    workspaceId: string,
    id: string,
    health: { status: HealthStatus; reason: HealthReason; detail: string | null },
    now: string,
  ): Promise<void> {
    await this.#db
      .updateTable('connected_accounts')
      .set({
        health_status: health.status,
        health_reason: health.reason,
        health_detail: health.detail,
        health_checked_at: now,
        updated_at: now,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** The network asked us to wait: no call for this account before `until` (never moved earlier). */
  async setRateLimitedUntil(workspaceId: string, id: string, until: string, now: string): Promise<void> {
    await this.#db
      .updateTable('connected_accounts')
      .set({ rate_limited_until: until, updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where((eb) => eb.or([eb('rate_limited_until', 'is', null), eb('rate_limited_until', '<', until)]))
      .execute();
  }

  /** Removes the account and (by cascade) its variants. */
  async delete(workspaceId: string, id: string): Promise<boolean> {
    const res = await this.#db
      .deleteFrom('connected_accounts')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  }
}

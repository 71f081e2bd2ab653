import type { Kysely } from 'kysely';
import { newId } from '../../src/core/ids.js';
import type { SecretBox } from '../../src/core/secrets.js';
import type { DB } from '../../src/db/schema.js';
import { ConnectedAccountsRepository } from '../../src/modules/publishing/scheduler/connected-accounts.repository.js';
import type { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import type { EmuAccount } from '../connectors/mastodon/emulator-state.js';

/** The parameters of a status posted straight into the emulator's state (as another user would). */
export function emuStatus(text: string, inReplyToId: string | null = null) {
  return {
    status: text,
    inReplyToId,
    mediaIds: [],
    visibility: null,
    spoilerText: '',
    sensitive: false,
    language: null,
  };
}

/** A workspace with an emulator account connected at `connectedAt` (the clock runs from then). */
export async function connectEmulatorAccount(
  db: Kysely<DB>,
  secrets: SecretBox,
  emulator: MastodonEmulator,
  owner: { account: EmuAccount; token: string },
  opts: { connectedAt: string; token?: string; timeZone?: string; businessHours?: unknown },
): Promise<{ workspaceId: string; accountId: string }> {
  const workspaceId = newId();
  await db
    .insertInto('workspaces')
    .values({
      id: workspaceId,
      name: 'Acme',
      time_zone: opts.timeZone ?? 'Europe/Paris',
      currency: 'EUR',
      locale: 'en',
      business_hours: JSON.stringify(opts.businessHours ?? {}),
      created_at: opts.connectedAt,
      updated_at: opts.connectedAt,
    })
    .execute();
  const accountId = newId();
  await new ConnectedAccountsRepository(db, secrets).create({
    id: accountId,
    workspaceId,
    network: 'mastodon',
    remoteId: owner.account.id,
    handle: owner.account.username,
    displayName: owner.account.displayName,
    avatarUrl: null,
    profileUrl: null,
    credentials: { instanceUrl: emulator.baseUrl, accessToken: opts.token ?? owner.token },
    now: opts.connectedAt,
  });
  return { workspaceId, accountId };
}

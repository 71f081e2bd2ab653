import type { AppContext } from '../../../app/context.js';
import type { ConnectedAccount, NetworkConnector } from '../../publishing/connectors/connector.port.js';
import { ConnectorRegistry, isNetworkId } from '../../publishing/connectors/registry.js';
import { ConnectedAccountsRepository } from '../../publishing/scheduler/connected-accounts.repository.js';

/** How the collectors reach a network; tests may pass their own. */
export type ConnectorLookup = (network: string) => NetworkConnector;

/** The application's connectors, with the context's clock and logger. */
export function appConnectors(ctx: AppContext): ConnectorLookup {
  const registry = new ConnectorRegistry({
    logger: ctx.logger,
    now: () => ctx.clock.now(),
    timeoutMs: 20_000,
  });
  return (network) => {
    if (!isNetworkId(network)) throw new Error(`Unknown network ${network}`);
    return registry.get(network);
  };
}

/** An account's decrypted credentials as a connector takes them, or null when it has none. */
export async function openAccount(
  ctx: AppContext,
  workspaceId: string,
  accountId: string,
): Promise<ConnectedAccount | null> {
  const accounts = new ConnectedAccountsRepository(ctx.database.db, ctx.secrets);
  const credentials = await accounts.openCredentials(workspaceId, accountId);
  if (!credentials) return null;
  return {
    credentials,
    saveCredentials: (next) =>
      accounts.saveCredentials(workspaceId, accountId, next, ctx.clock.now().toISOString()),
  };
}

/** Flags an account whose credentials the network rejected, as the publisher and inbox poller do. */
export async function flagRejected(
  ctx: AppContext,
  workspaceId: string,
  accountId: string,
  detail: string,
): Promise<void> {
  await new ConnectedAccountsRepository(ctx.database.db, ctx.secrets).setHealth(
    workspaceId,
    accountId,
    { status: 'needs_reconnect', reason: 'credentials_rejected', detail },
    ctx.clock.now().toISOString(),
  );
}

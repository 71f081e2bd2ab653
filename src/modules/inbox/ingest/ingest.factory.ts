import type { AppContext } from '../../../app/context.js';
import { ConnectorRegistry, isNetworkId } from '../../publishing/connectors/registry.js';
import { InboxIngestor } from './inbox-ingest.service.js';

/** The application's inbox poller: real connectors, the context's clock, secrets and logger. */
export function createInboxIngestor(ctx: AppContext): InboxIngestor {
  const connectors = new ConnectorRegistry({
    logger: ctx.logger,
    now: () => ctx.clock.now(),
    timeoutMs: 20_000,
  });
  return new InboxIngestor({
    db: ctx.database.db,
    secrets: ctx.secrets,
    clock: ctx.clock,
    logger: ctx.logger,
    connectorFor: (network) => {
      if (!isNetworkId(network)) throw new Error(`Unknown network ${network}`);
      return connectors.get(network);
    },
  });
}

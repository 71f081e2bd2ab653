import type { AppContext } from '../../../app/context.js';
import type { JobQueue } from '../../jobs/job-queue.port.js';
import { ConnectorRegistry, isNetworkId } from '../connectors/registry.js';
import { PublishScheduler } from './scheduler.service.js';

/** The application's publish scheduler: real connectors, the context's clock, secrets and logger. */
export function createPublishScheduler(ctx: AppContext, queue: JobQueue): PublishScheduler {
  const connectors = new ConnectorRegistry({ logger: ctx.logger, now: () => ctx.clock.now() });
  return new PublishScheduler({
    db: ctx.database.db,
    secrets: ctx.secrets,
    clock: ctx.clock,
    queue,
    logger: ctx.logger,
    connectorFor: (network) => {
      if (!isNetworkId(network)) throw new Error(`Unknown network ${network}`);
      return connectors.get(network);
    },
  });
}

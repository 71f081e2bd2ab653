import type { AppContext } from '../../../app/context.js';
import type { JobQueue } from '../../jobs/job-queue.port.js';
import { ConnectorRegistry, isNetworkId } from '../connectors/registry.js';
import { TrackedLinks } from '../../links/tracked-links.js';
import { createMediaResolver } from '../../media/media.resolver.js';
import { publishOutcomes } from './publish-outcomes.js';
import { PublishScheduler } from './scheduler.service.js';

/**
 * The application's publish scheduler: real connectors, the context's clock, secrets and logger, the
 * media store for attachments and the link tracker for posts that track their links.
 */
export function createPublishScheduler(ctx: AppContext, queue: JobQueue): PublishScheduler {
  const links = new TrackedLinks(ctx);
  const connectors = new ConnectorRegistry({ logger: ctx.logger, now: () => ctx.clock.now() });
  return new PublishScheduler({
    db: ctx.database.db,
    secrets: ctx.secrets,
    clock: ctx.clock,
    queue,
    logger: ctx.logger,
    media: createMediaResolver(ctx),
    outcomes: publishOutcomes(ctx),
    links: (input) => links.rewrite(input),
    connectorFor: (network) => {
      if (!isNetworkId(network)) throw new Error(`Unknown network ${network}`);
      return connectors.get(network);
    },
  });
}

import type {
  NetworkConnector,
  PublishRequest,
  PublishResult,
} from '../src/modules/publishing/connectors/connector.port.js';
import { createConnector } from '../src/modules/publishing/connectors/registry.js';

/**
 * A network that accepts every post instantly: the benchmark measures the scheduler, not a network.
 * Used only by `bench/run.ts`.
 */
export function noopConnector(): NetworkConnector {
  const result = (r: PublishRequest): PublishResult => {
    const part = { remoteId: r.idempotencyKey, url: `https://noop.invalid/${r.idempotencyKey}` };
    return { ...part, parts: [part], firstComment: null };
  };
  const unused = async (): Promise<never> => {
    throw new Error('not used by the benchmark');
  };
  return {
    network: 'noop',
    capabilities: createConnector('bluesky').capabilities,
    connect: unused,
    checkCredentials: unused,
    validate: () => [],
    publish: async (_account, request) => result(request),
    findPublished: async () => ({ status: 'absent' }),
    delete: async () => undefined,
    readPostMetrics: unused,
    readAccountMetrics: unused,
    readInteractionsSince: unused,
    reply: unused,
  };
}

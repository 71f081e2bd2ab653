import type { ConnectorDeps, ConnectorFactory, NetworkConnector } from './connector.port.js';
import { createBlueskyConnector } from './bluesky/bluesky.connector.js';
import { createMastodonConnector } from './mastodon/mastodon.connector.js';

/**
 * Every network Presence can publish to: network id → factory. Adding a network is a folder under
 * `connectors/` and one line here; the id is what accounts store in their `network` column.
 */
export const CONNECTOR_FACTORIES = {
  bluesky: createBlueskyConnector,
  mastodon: createMastodonConnector,
} as const satisfies Record<string, ConnectorFactory>;

export type NetworkId = keyof typeof CONNECTOR_FACTORIES;

/** The ids of every registered network, for validation schemas and pickers. */
export const NETWORK_IDS = Object.keys(CONNECTOR_FACTORIES) as NetworkId[];

/** True when `id` names a registered network. */
export function isNetworkId(id: string): id is NetworkId {
  return Object.hasOwn(CONNECTOR_FACTORIES, id);
}

/** Builds the connector of `network` (throws for an unknown id: callers validate with `isNetworkId`). */
export function createConnector(network: NetworkId, deps: ConnectorDeps = {}): NetworkConnector {
  return CONNECTOR_FACTORIES[network](deps);
}

/** One connector per network, built once with the same dependencies; what the worker and API hold. */
export class ConnectorRegistry {
  readonly #deps: ConnectorDeps;
  readonly #built = new Map<NetworkId, NetworkConnector>();

  constructor(deps: ConnectorDeps = {}) {
    this.#deps = deps;
  }

  get(network: NetworkId): NetworkConnector {
    let connector = this.#built.get(network);
    if (!connector) {
      connector = createConnector(network, this.#deps);
      this.#built.set(network, connector);
    }
    return connector;
  }
}

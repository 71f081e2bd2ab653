import { describe, expect, it } from 'vitest';
import { ConnectorRegistry, createConnector, isNetworkId, NETWORK_IDS } from './registry.js';

describe('connector registry', () => {
  it('builds each registered network, once per registry', () => {
    expect(NETWORK_IDS).toContain('bluesky');
    expect(isNetworkId('bluesky')).toBe(true);
    expect(isNetworkId('myspace')).toBe(false);
    expect(isNetworkId('toString')).toBe(false);
    expect(createConnector('bluesky').network).toBe('bluesky');
    const registry = new ConnectorRegistry();
    expect(registry.get('bluesky')).toBe(registry.get('bluesky'));
  });
});

import { runConnectorContract } from './contract.js';
import { startBlueskyPeer } from './support/bluesky-peer.js';

// The Bluesky connector against a real local AT Protocol network (PLC + PDS + AppView from
// @atproto/dev-env, installed in test/peers by scripts/ensure-peers.mjs), started once for this file.
runConnectorContract('bluesky', (tools) => startBlueskyPeer(tools));

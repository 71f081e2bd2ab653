import { runConnectorContract } from './contract.js';
import { startMastodonPeer } from './mastodon/mastodon-peer.js';

// The Mastodon connector against the in-repo emulator of the Mastodon REST API (test/connectors/mastodon),
// started once for this file on 127.0.0.1.
runConnectorContract('mastodon', (tools) => startMastodonPeer(tools));

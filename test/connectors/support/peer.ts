import type {
  ConnectorLogger,
  Credentials,
  NetworkConnector,
} from '../../../src/modules/publishing/connectors/connector.port.js';
import type { FaultyFetch } from './faulty-fetch.js';

// What a network's test peer gives the connector contract suite (test/connectors/contract.ts): the
// connector wired to the suite's transport, accounts, and a way to look at what the peer really holds
// without going through the connector under test.

/** A post as the peer stores it, reduced to what the contract checks. */
export interface PeerPost {
  remoteId: string;
  text: string;
  links: string[];
  /** Remote ids of the accounts mentioned. */
  mentions: string[];
  /** Hashtags, without `#`. */
  tags: string[];
  images: { altText: string }[];
  /** The post this one answers, and the root of its thread; null when it is not a reply. */
  replyTo: string | null;
  root: string | null;
}

/** An account of the peer network. */
export interface PeerAccount {
  remoteId: string;
  handle: string;
  /** How a post mentions this account on the network (`@alice.test`, `@alice@example.social`). */
  mention: string;
}

/** Another account on the peer that reacts to ours, acting directly (not through our connector). */
export interface PeerActor extends PeerAccount {
  like(remoteId: string): Promise<void>;
  repost(remoteId: string): Promise<void>;
  /** Posts a reply; returns its remote id. */
  reply(remoteId: string, text: string): Promise<string>;
  quote(remoteId: string, text: string): Promise<string>;
  /** Posts a new post (a mention when the text holds one); returns its remote id. */
  post(text: string): Promise<string>;
  /** Follows the account (does nothing when it already follows it). */
  follow(remoteId: string): Promise<void>;
}

/** What the suite passes to a peer's setup. */
export interface ContractTools {
  /** The transport the connector must use: counts requests and injects faults. */
  faults: FaultyFetch;
  /** The logger the connector must use: the suite checks that no secret reaches it. */
  logger: ConnectorLogger;
}

export interface ContractPeer {
  connector: NetworkConnector;
  /** What a user enters to connect the main account. */
  connectInput: Credentials;
  /** The same with a wrong secret. */
  badConnectInput: Credentials;
  main: PeerAccount;
  other: PeerActor;
  /** The request that creates a post on this network (the one whose response the suite loses). */
  isPublishWrite(request: Request): boolean;
  /** The main account's post as the peer holds it; null when it does not exist. */
  readPost(remoteId: string): Promise<PeerPost | null>;
  /** How many of the main account's posts have exactly this text, as the peer holds them. */
  countPosts(text: string): Promise<number>;
  /** Every secret in these credentials, which must never reach a log. */
  secretsOf(credentials: Credentials): string[];
  /** The same credentials with the short-lived token broken, as after it expired; null if none. */
  spoilSession(credentials: Credentials): Credentials | null;
  /** Revokes, on the network, the secret `connectInput` holds (the user did it in the network's settings). */
  revokeAccess(): Promise<void>;
  /** A small image the network accepts, for media tests. */
  image: { mimeType: string; data: Uint8Array; width: number; height: number };
  /** Stops the peer (called once, after every test of the file). */
  stop(): Promise<void>;
}

/** The networks an account can be connected to (the server's connector registry). */
export const NETWORKS = ['bluesky', 'mastodon'] as const;
export type Network = (typeof NETWORKS)[number];

export type HealthStatus = 'valid' | 'expiring' | 'needs_reconnect';

/** A connected account as GET /accounts returns it (never its credentials). */
export interface ConnectedAccount {
  id: string;
  network: string;
  displayName: string | null;
  handle: string;
  avatarUrl?: string | null;
  profileUrl: string | null;
  health: { status: HealthStatus; reason: string; detail: string | null; checkedAt: string | null };
  createdAt: string;
}

/** What connect and reconnect send, per network. */
export type ConnectBody =
  | { network: 'bluesky'; handle: string; appPassword: string; service?: string }
  | { network: 'mastodon'; instanceUrl: string; accessToken: string };

/** The react-query key of the workspace's account list. */
export const accountsKey = (ws: string) => ['workspace', ws, 'accounts'] as const;

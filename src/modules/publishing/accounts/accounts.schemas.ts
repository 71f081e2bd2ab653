import { z } from 'zod';

/** The Bluesky server used when the person does not name their own PDS. */
export const DEFAULT_BLUESKY_SERVICE = 'https://bsky.social';

const zBlueskyConnect = z.object({
  network: z.literal('bluesky'),
  handle: z.string().trim().min(1).max(253),
  appPassword: z.string().min(1).max(200),
  service: z.url().max(500).optional(),
});

const zMastodonConnect = z.object({
  network: z.literal('mastodon'),
  instanceUrl: z.url().max(500),
  accessToken: z.string().trim().min(1).max(500),
});

/** What the connect and reconnect forms send: one shape per network. */
export const zAccountConnect = z.discriminatedUnion('network', [zBlueskyConnect, zMastodonConnect]);
export type AccountConnectInput = z.infer<typeof zAccountConnect>;

/** A connected account as the API shows it: never its credentials. */
export const zAccountView = z.object({
  id: z.string(),
  network: z.string(),
  displayName: z.string().nullable(),
  handle: z.string(),
  avatarUrl: z.string().nullable().optional(),
  profileUrl: z.string().nullable(),
  health: z.object({
    status: z.enum(['valid', 'expiring', 'needs_reconnect']),
    reason: z.string(),
    detail: z.string().nullable(),
    checkedAt: z.string().nullable(),
  }),
  createdAt: z.string(),
});
export type AccountView = z.infer<typeof zAccountView>;

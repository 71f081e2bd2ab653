import { z } from 'zod';
import { zRole } from '../workspaces/workspaces.schemas.js';

/** A token as listed: never the secret, only the prefix that helps a person recognise it. */
export const zApiToken = z.object({
  id: z.string(),
  name: z.string(),
  role: zRole,
  prefix: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Whose token it is: owners and admins see everyone's, others only their own. */
  userId: z.string(),
  userName: z.string(),
});
export type ApiTokenView = z.infer<typeof zApiToken>;

export const zApiTokenCreate = z
  .object({
    name: z.string().trim().min(1).max(120),
    role: zRole,
    expiresAt: z
      .union([z.iso.datetime({ offset: true }), z.iso.date()])
      .nullable()
      .optional()
      .describe('When the token stops working (a date means 00:00 UTC that day); omit for never'),
  })
  .strict();

export const zApiTokenCreated = z.object({
  data: zApiToken,
  secret: z.string().describe('The token itself (prs_…): shown this once, store it now'),
});

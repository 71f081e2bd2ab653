import { z } from 'zod';
import { zEmail } from '../identity/identity.schemas.js';
import { zLocale, zRole } from '../workspaces/workspaces.schemas.js';
import { zDepartmentIds } from './members.schemas.js';

export const zInvitationStatus = z.enum(['pending', 'accepted', 'revoked', 'expired']);

/** An invitation as admins see it; `invitedByName` is null when the inviter's account is gone. */
export const zInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: zRole,
  departmentIds: z.array(z.string()),
  status: zInvitationStatus,
  expiresAt: z.string(),
  createdAt: z.string(),
  invitedByName: z.string().nullable(),
});

export const zInvitationCreate = z
  .object({
    email: zEmail,
    role: zRole,
    departmentIds: zDepartmentIds.optional(),
    /** Language of the mail when the person has no account yet (else their own language wins). */
    locale: zLocale.optional(),
  })
  .strict();

/** What the acceptance page shows before the person sets a password. */
export const zInvitationPreview = z.object({
  workspaceId: z.string(),
  workspaceName: z.string(),
  email: z.string(),
  role: zRole,
  inviterName: z.string().nullable(),
  accountExists: z.boolean(),
  expiresAt: z.string(),
});

/** New account: name and password create it. Existing account: its password proves who accepts. */
export const zInvitationAccept = z
  .object({
    name: z.string().trim().min(1, 'Enter your name').max(120).optional(),
    password: z.string().min(1, 'Enter a password').max(200),
  })
  .strict();

export const zInvitationParams = { invitationId: z.string().max(64) };
// Any string up to the limit: an unknown token must answer 404 invitation_invalid, not a schema error.
export const zInvitationTokenParams = { token: z.string().max(200) };

/** Where an invitation stands. */
export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/** Invitation links are valid for a week. */
export const INVITATION_TTL_DAYS = 7;

/** The status from the row's dates; accepted and revoked win over expiry. */
export function invitationStatus(
  i: { accepted_at: string | null; revoked_at: string | null; expires_at: string },
  now: Date,
): InvitationStatus {
  if (i.accepted_at) return 'accepted';
  if (i.revoked_at) return 'revoked';
  return new Date(i.expires_at).getTime() <= now.getTime() ? 'expired' : 'pending';
}

// Columns the members migration (20261128010000_members) adds to foundation tables; joined into DB in
// src/db/schema.ts, where TypeScript merges them with the foundation row shapes.

export interface InvitationsLocaleColumn {
  /** Language of the invitation mail ('en' | 'fr'); null for rows written before the column existed. */
  locale: string | null;
}

export interface MembersTables {
  invitations: InvitationsLocaleColumn;
}

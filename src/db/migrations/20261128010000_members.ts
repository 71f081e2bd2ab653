import type { Kysely } from 'kysely';

// Invitations remember the language chosen for their mail, so a resend and the account created on
// acceptance speak the same language as the first message.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('invitations').addColumn('locale', 'text').execute();
  await db.schema
    .createIndex('invitations_workspace_email_idx')
    .on('invitations')
    .columns(['workspace_id', 'email'])
    .execute();
  await db.schema.createIndex('password_resets_user_idx').on('password_resets').column('user_id').execute();
  await db.schema
    .createIndex('mail_outbox_workspace_idx')
    .on('mail_outbox')
    .columns(['workspace_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('mail_outbox_workspace_idx').ifExists().execute();
  await db.schema.dropIndex('password_resets_user_idx').ifExists().execute();
  await db.schema.dropIndex('invitations_workspace_email_idx').ifExists().execute();
  await db.schema.alterTable('invitations').dropColumn('locale').execute();
}

import type { Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

/**
 * Issue 7, the rest of the inbox:
 * - people: a contact is one account on one network; `person_id` groups the contacts a team member
 *   recognised as the same person ("same person as…"). Null: the contact stands alone. The id is not a
 *   row of another table: a person is only the set of contacts that share it, so linking and unlinking
 *   never leave an empty person behind.
 * - answers seen on the network: `answer_checked_at` is when the periodic check last read the replies
 *   under an item, so each run reads the items it has looked at least recently (bounded work, no item
 *   starved by older ones).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('inbox_contacts').addColumn('person_id', t.id).execute();
  await db.schema
    .createIndex('inbox_contacts_person_idx')
    .on('inbox_contacts')
    .columns(['workspace_id', 'person_id'])
    .execute();
  await db.schema.alterTable('inbox_items').addColumn('answer_checked_at', t.timestamp).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('inbox_items').dropColumn('answer_checked_at').execute();
  await db.schema.dropIndex('inbox_contacts_person_idx').execute();
  await db.schema.alterTable('inbox_contacts').dropColumn('person_id').execute();
}

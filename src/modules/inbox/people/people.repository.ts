import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

export interface ContactRow {
  id: string;
  network: string;
  handle: string;
  display_name: string | null;
  avatar_url: string | null;
  profile_url: string | null;
  person_id: string | null;
  first_seen_at: string;
  last_seen_at: string;
}

const CONTACT_COLUMNS = [
  'id',
  'network',
  'handle',
  'display_name',
  'avatar_url',
  'profile_url',
  'person_id',
  'first_seen_at',
  'last_seen_at',
] as const;

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/gu, (c) => `\\${c}`);
}

/** The SQL of people: contacts grouped by `person_id`, scoped to one workspace in every query. */
export class InboxPeopleRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async contact(workspaceId: string, id: string): Promise<ContactRow | undefined> {
    return this.db
      .selectFrom('inbox_contacts')
      .select(CONTACT_COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Every contact of the person `contact` belongs to (itself alone when it is linked to nobody). */
  async linked(workspaceId: string, contact: ContactRow): Promise<ContactRow[]> {
    if (!contact.person_id) return [contact];
    return this.db
      .selectFrom('inbox_contacts')
      .select(CONTACT_COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .where('person_id', '=', contact.person_id)
      .orderBy('first_seen_at')
      .orderBy('id')
      .execute();
  }

  /** The ids of every contact linked to `contactId` (itself included); empty when it is not ours. */
  async linkedIds(workspaceId: string, contactId: string): Promise<string[]> {
    const c = await this.contact(workspaceId, contactId);
    return c ? (await this.linked(workspaceId, c)).map((x) => x.id) : [];
  }

  /**
   * Makes `a` and `b` (and everyone already linked to either) one person. Both rows are the
   * workspace's (the service checked); the update is scoped again so a wrong id changes nothing.
   */
  async link(workspaceId: string, a: ContactRow, b: ContactRow, newPersonId: string): Promise<string> {
    const person = a.person_id ?? b.person_id ?? newPersonId;
    const groups = [a.person_id, b.person_id].filter((p): p is string => p !== null);
    await this.db
      .updateTable('inbox_contacts')
      .set({ person_id: person })
      .where('workspace_id', '=', workspaceId)
      .where((eb) =>
        eb.or([eb('id', 'in', [a.id, b.id]), ...(groups.length > 0 ? [eb('person_id', 'in', groups)] : [])]),
      )
      .execute();
    return person;
  }

  /** Takes `contact` out of its person; a person left with one contact is no person any more. */
  async unlink(workspaceId: string, contact: ContactRow): Promise<void> {
    if (!contact.person_id) return;
    await this.db
      .updateTable('inbox_contacts')
      .set({ person_id: null })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', contact.id)
      .execute();
    const rest = await this.db
      .selectFrom('inbox_contacts')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('person_id', '=', contact.person_id)
      .limit(2)
      .execute();
    if (rest.length === 1) {
      await this.db
        .updateTable('inbox_contacts')
        .set({ person_id: null })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', rest[0]!.id)
        .execute();
    }
  }

  /**
   * Contacts that may be the same person: same lower-cased display name, or a handle starting with one
   * of `locals` followed by `@` or `.` (Mastodon, Bluesky). A coarse SQL filter; the pure rules
   * (people.rules.ts) decide and give the reason.
   */
  async candidates(
    workspaceId: string,
    names: readonly string[],
    locals: readonly string[],
    exceptIds: readonly string[],
    limit: number,
  ): Promise<ContactRow[]> {
    if (names.length === 0 && locals.length === 0) return [];
    return this.db
      .selectFrom('inbox_contacts')
      .select(CONTACT_COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .where('id', 'not in', [...exceptIds])
      .where((eb) =>
        eb.or([
          ...names.map((n) => eb(sql`lower(display_name)`, '=', n)),
          ...locals.flatMap((l) => {
            const p = likeLiteral(l);
            return [
              eb(sql`lower(handle)`, '=', l),
              eb(sql`lower(handle)`, 'like', sql`${`${p}@%`} escape '\\'`),
              eb(sql`lower(handle)`, 'like', sql`${`@${p}@%`} escape '\\'`),
              eb(sql`lower(handle)`, 'like', sql`${`${p}.%`} escape '\\'`),
            ];
          }),
        ]),
      )
      .orderBy('last_seen_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** Contacts whose handle or display name contains `q` (the "link to…" picker's search). */
  async search(
    workspaceId: string,
    q: string,
    exceptIds: readonly string[],
    limit: number,
  ): Promise<ContactRow[]> {
    const pattern = `%${likeLiteral(q.toLowerCase())}%`;
    return this.db
      .selectFrom('inbox_contacts')
      .select(CONTACT_COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .where('id', 'not in', [...exceptIds])
      .where((eb) =>
        eb.or([
          eb(sql`lower(handle)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(coalesce(display_name, ''))`, 'like', sql`${pattern} escape '\\'`),
        ]),
      )
      .orderBy('last_seen_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** Counts over every item of `contactIds`: by network, kind, sentiment; questions; first and last. */
  async stats(workspaceId: string, contactIds: readonly string[]) {
    const rows = await this.db
      .selectFrom('inbox_items')
      .select(['network', 'kind', 'sentiment'])
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.sum<number>('is_question').as('questions'),
        eb.fn.min('occurred_at').as('first_at'),
        eb.fn.max('occurred_at').as('last_at'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('contact_id', 'in', [...contactIds])
      .groupBy(['network', 'kind', 'sentiment'])
      .execute();
    return rows.map((r) => ({
      network: r.network,
      kind: r.kind,
      sentiment: r.sentiment,
      n: Number(r.n),
      questions: Number(r.questions ?? 0),
      firstAt: r.first_at,
      lastAt: r.last_at,
    }));
  }

  /** When and how each item of `contactIds` was written, newest first, for the sentiment trend. */
  async sentiments(workspaceId: string, contactIds: readonly string[], limit: number) {
    const rows = await this.db
      .selectFrom('inbox_items')
      .select(['occurred_at', 'sentiment'])
      .where('workspace_id', '=', workspaceId)
      .where('contact_id', 'in', [...contactIds])
      .orderBy('occurred_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ occurredAt: r.occurred_at, sentiment: r.sentiment }));
  }
}

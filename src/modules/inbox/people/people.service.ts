import type { AppContext } from '../../../app/context.js';
import { conflict, invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { localDateTime } from '../../../core/calendar.js';
import { newId } from '../../../core/ids.js';
import { AuditService } from '../../audit/audit.service.js';
import { InboxSettingsRepository } from '../settings/settings.repository.js';
import { InboxItemsRepository } from '../triage/inbox-items.repository.js';
import { presentItem } from '../triage/inbox.service.js';
import { InboxPeopleRepository, type ContactRow } from './people.repository.js';
import {
  handleLocalPart,
  matchReasons,
  normaliseName,
  sentimentTrend,
  type SuggestionReason,
} from './people.rules.js';
import type { ContactProfile, PersonContact } from './people.schemas.js';

const PROFILE_ITEMS = 100;
const TREND_ITEMS = 2_000;
const SUGGESTIONS = 10;

function presentContact(c: ContactRow): PersonContact {
  return {
    id: c.id,
    network: c.network,
    handle: c.handle,
    displayName: c.display_name,
    avatarUrl: c.avatar_url,
    profileUrl: c.profile_url,
    personId: c.person_id,
    firstSeenAt: c.first_seen_at,
    lastSeenAt: c.last_seen_at,
  };
}

function tally(rows: readonly { key: string; n: number }[]): { key: string; count: number }[] {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.key, (m.get(r.key) ?? 0) + r.n);
  return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count);
}

/**
 * Contact profiles across networks: a person is the contacts a team member linked as "the same person"
 * (never guessed: suggestions only propose), and the profile is their history on every network.
 */
export class InboxPeopleService {
  readonly #people: InboxPeopleRepository;

  constructor(private readonly ctx: AppContext) {
    this.#people = new InboxPeopleRepository(ctx.database.db);
  }

  async #get(workspaceId: string, id: string): Promise<ContactRow> {
    const c = await this.#people.contact(workspaceId, id);
    if (!c) throw notFound('contact');
    return c;
  }

  async profile(actor: Actor, contactId: string): Promise<ContactProfile> {
    const ws = actor.workspaceId;
    const contact = await this.#get(ws, contactId);
    const linked = await this.#people.linked(ws, contact);
    const ids = linked.map((c) => c.id);
    const [stats, sentiments, rows, settings] = await Promise.all([
      this.#people.stats(ws, ids),
      this.#people.sentiments(ws, ids, TREND_ITEMS),
      new InboxItemsRepository(this.ctx.database.db).byContacts(ws, ids, PROFILE_ITEMS),
      new InboxSettingsRepository(this.ctx.database.db).workspaceHours(ws),
    ]);
    const tz = settings?.timeZone ?? 'UTC';
    const bySentiment = { positive: 0, neutral: 0, negative: 0 };
    for (const s of stats) {
      const k = s.sentiment === 'positive' || s.sentiment === 'negative' ? s.sentiment : 'neutral';
      bySentiment[k] += s.n;
    }
    const now = this.ctx.clock.now();
    return {
      contact: presentContact(contact),
      linked: linked.map(presentContact),
      counts: {
        items: stats.reduce((n, s) => n + s.n, 0),
        questions: stats.reduce((n, s) => n + s.questions, 0),
        byNetwork: tally(stats.map((s) => ({ key: s.network, n: s.n }))),
        byKind: tally(stats.map((s) => ({ key: s.kind, n: s.n }))),
        bySentiment,
      },
      firstSeenAt: stats.length > 0 ? stats.map((s) => s.firstAt).sort()[0]! : null,
      lastSeenAt:
        stats.length > 0
          ? stats
              .map((s) => s.lastAt)
              .sort()
              .at(-1)!
          : null,
      sentimentTrend: sentimentTrend(sentiments, (iso) => localDateTime(Date.parse(iso), tz).slice(0, 7)),
      items: rows.map((r) => presentItem(r, now)),
    };
  }

  /**
   * Contacts on other networks with the same name or handle, not linked to this person yet; with `q`,
   * any contact of the workspace whose handle or name contains it (reasons still say what matches).
   */
  async suggestions(
    actor: Actor,
    contactId: string,
    q?: string,
  ): Promise<{ contact: PersonContact; reasons: SuggestionReason[] }[]> {
    const ws = actor.workspaceId;
    const linked = await this.#people.linked(ws, await this.#get(ws, contactId));
    if (q) {
      const found = await this.#people.search(
        ws,
        q,
        linked.map((c) => c.id),
        SUGGESTIONS * 2,
      );
      const who = linked.map((c) => ({ ...c, displayName: c.display_name }));
      return found.map((c) => ({
        contact: presentContact(c),
        reasons: matchReasons(who, { ...c, displayName: c.display_name }),
      }));
    }
    const names = [...new Set(linked.flatMap((c) => normaliseName(c.display_name) ?? []))];
    const locals = [...new Set(linked.flatMap((c) => handleLocalPart(c.handle) ?? []))];
    const networks = new Set(linked.map((c) => c.network));
    const person = linked.map((c) => ({ ...c, displayName: c.display_name }));
    // Read more than shown: the SQL filter is coarse (accents, same network) and the rules decide.
    const rows = await this.#people.candidates(
      ws,
      names,
      locals,
      linked.map((c) => c.id),
      SUGGESTIONS * 5,
    );
    return rows
      .filter((c) => !networks.has(c.network))
      .map((c) => ({
        contact: presentContact(c),
        reasons: matchReasons(person, { ...c, displayName: c.display_name }),
      }))
      .filter((s) => s.reasons.length > 0)
      .slice(0, SUGGESTIONS);
  }

  /** "Same person as…": links the two contacts, and everyone already linked to either. */
  async link(actor: Actor, contactId: string, otherId: string): Promise<ContactProfile> {
    const ws = actor.workspaceId;
    const contact = await this.#get(ws, contactId);
    const other = await this.#people.contact(ws, otherId);
    // 400 naming the field, not 404: the address names a contact that exists.
    if (!other) throw invalid('contactId', 'No such contact in this workspace');
    if (other.id === contact.id) throw invalid('contactId', 'A contact is already the same person as itself');
    if (contact.person_id && contact.person_id === other.person_id) {
      throw conflict('These contacts are already linked as the same person');
    }
    const person = await this.#people.link(ws, contact, other, newId());
    await new AuditService(this.ctx.database.db, this.ctx.clock).record(actor, {
      action: 'inbox.contact.link',
      objectType: 'inbox_contact',
      objectId: contact.id,
      summary: `Linked ${contact.handle} (${contact.network}) and ${other.handle} (${other.network}) as the same person`,
      after: { personId: person, contactIds: [contact.id, other.id] },
    });
    return this.profile(actor, contactId);
  }

  /** Takes the contact out of the person it was linked to. */
  async unlink(actor: Actor, contactId: string): Promise<ContactProfile> {
    const ws = actor.workspaceId;
    const contact = await this.#get(ws, contactId);
    if (!contact.person_id) throw conflict('This contact is not linked to anyone');
    await this.#people.unlink(ws, contact);
    await new AuditService(this.ctx.database.db, this.ctx.clock).record(actor, {
      action: 'inbox.contact.unlink',
      objectType: 'inbox_contact',
      objectId: contact.id,
      summary: `Unlinked ${contact.handle} (${contact.network}) from the person it was linked to`,
      before: { personId: contact.person_id },
    });
    return this.profile(actor, contactId);
  }
}

import type { AppContext } from '../../../app/context.js';
import { invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { AuditService } from '../../audit/audit.service.js';
import { SlotsRepository } from './slots.repository.js';
import { normaliseSlots, type PostingSlot } from './slots.rules.js';
import type { PostingSlotsView } from './slots.schemas.js';

/** Reads and replaces the weekly posting slots of a connected account. */
export class SlotsService {
  readonly #repo: SlotsRepository;
  readonly #audit: AuditService;

  constructor(private readonly ctx: Pick<AppContext, 'database' | 'clock'>) {
    this.#repo = new SlotsRepository(ctx.database.db);
    this.#audit = new AuditService(ctx.database.db, ctx.clock);
  }

  /** The account's slots and the workspace zone they are read in; 404 for an account of another workspace. */
  async get(actor: Actor, accountId: string): Promise<PostingSlotsView> {
    await this.#account(actor, accountId);
    return this.#view(actor.workspaceId, await this.#repo.list(actor.workspaceId, accountId));
  }

  /** Replaces the set; a slot listed twice is refused naming its second occurrence. */
  async replace(actor: Actor, accountId: string, slots: readonly PostingSlot[]): Promise<PostingSlotsView> {
    const account = await this.#account(actor, accountId);
    const seen = new Set<string>();
    slots.forEach((s, i) => {
      const key = `${s.weekday} ${s.time}`;
      if (seen.has(key)) throw invalid(`slots.${i}.time`, 'This slot is already in the list');
      seen.add(key);
    });
    const before = await this.#repo.list(actor.workspaceId, accountId);
    const after = normaliseSlots(slots);
    await this.#repo.replace(actor.workspaceId, accountId, after, this.ctx.clock.now().toISOString());
    await this.#audit.record(actor, {
      action: 'posting_slots.updated',
      objectType: 'connected_account',
      objectId: accountId,
      summary: `Set ${after.length} posting slot(s) for ${account.network} account ${account.handle}`,
      before,
      after,
    });
    return this.#view(actor.workspaceId, after);
  }

  async #account(actor: Actor, accountId: string) {
    const account = await this.#repo.findAccount(actor.workspaceId, accountId);
    if (!account) throw notFound('Account');
    return account;
  }

  async #view(workspaceId: string, slots: PostingSlot[]): Promise<PostingSlotsView> {
    const timeZone = await this.#repo.workspaceTimeZone(workspaceId);
    if (!timeZone) throw notFound('Workspace');
    return { timeZone, slots };
  }
}

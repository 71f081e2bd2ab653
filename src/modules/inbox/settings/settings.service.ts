import type { AppContext } from '../../../app/context.js';
import { invalid } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { AuditService } from '../../audit/audit.service.js';
import type { InboxSettings } from './response-targets.js';
import { InboxSettingsRepository } from './settings.repository.js';
import type { InboxSettingsInput } from './settings.schemas.js';

/**
 * Reads and changes a workspace's response targets. A change applies to items received afterwards:
 * the due time of an item already in the inbox is the promise made when it arrived.
 */
export class InboxSettingsService {
  readonly #repo: InboxSettingsRepository;
  readonly #audit: AuditService;

  constructor(private readonly ctx: AppContext) {
    this.#repo = new InboxSettingsRepository(ctx.database.db);
    this.#audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async get(actor: Actor) {
    return this.#repo.get(actor.workspaceId);
  }

  async put(actor: Actor, input: InboxSettingsInput) {
    const seen = new Set<string>();
    input.targets.forEach((t, i) => {
      const key = `${t.network}|${t.priority ?? ''}`;
      if (seen.has(key)) {
        throw invalid(`targets.${i}.priority`, 'This network already has a target for this priority');
      }
      seen.add(key);
    });
    const before = await this.#repo.get(actor.workspaceId);
    const next: InboxSettings = { clock: input.clock, targets: input.targets };
    await this.#repo.save(actor.workspaceId, next, this.ctx.clock.now().toISOString());
    await this.#audit.record(actor, {
      action: 'inbox.settings.update',
      objectType: 'inbox_settings',
      objectId: actor.workspaceId,
      summary: 'Changed the inbox response targets',
      before: { clock: before.clock, targets: before.targets },
      after: next,
    });
    return this.#repo.get(actor.workspaceId);
  }
}

import type { AppContext } from '../../app/context.js';
import type { Actor } from '../../app/http/principal.js';
import { actorCan } from '../../app/http/principal.js';
import { inStrategyTransaction } from './item.service.js';
import { SnapshotRepository } from './snapshot.repository.js';
import { StrategyRepository } from './strategy.repository.js';
import { VersionsRepository } from './versions/versions.repository.js';

/** The draft as a whole: read it, change its overview. */
export class StrategyService {
  constructor(private readonly ctx: AppContext) {}

  /** The whole draft, its meta (last change, latest published version) and what the caller may do. */
  async get(actor: Actor) {
    const db = this.ctx.database.db;
    const data = await new SnapshotRepository(db).load(actor.workspaceId);
    const meta = await new StrategyRepository(db).meta(actor.workspaceId);
    const latest = await new VersionsRepository(db).latest(actor.workspaceId);
    return {
      data,
      meta: {
        ...meta,
        latestVersion: latest
          ? { id: latest.id, number: latest.number, publishedAt: latest.publishedAt }
          : null,
      },
      can: {
        write: actorCan(actor, 'strategy.write'),
        publish: actorCan(actor, 'strategy.publish'),
      },
    };
  }

  /** Sets the title and/or the summary of the draft. */
  async updateOverview(actor: Actor, patch: { title?: string; summary?: string }): Promise<void> {
    await inStrategyTransaction(this.ctx, actor, async (trx, now) => {
      const repo = new StrategyRepository(trx);
      const before = await repo.meta(actor.workspaceId);
      await repo.setOverview(actor.workspaceId, patch, now);
      const after = await repo.meta(actor.workspaceId);
      return {
        result: undefined,
        audit: {
          action: 'strategy.overview.updated',
          objectType: 'strategy',
          objectId: actor.workspaceId,
          summary: `Changed the strategy overview: ${Object.keys(patch).join(', ')}`,
          before: { title: before.title, summary: before.summary },
          after: { title: after.title, summary: after.summary },
        },
      };
    });
  }
}

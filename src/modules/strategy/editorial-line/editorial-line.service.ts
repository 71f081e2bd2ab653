import type { z } from 'zod';
import type { AppContext } from '../../../app/context.js';
import { invalid } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import { inStrategyTransaction } from '../item.service.js';
import type { EditorialLine } from '../strategy.model.js';
import { EditorialLineRepository } from './editorial-line.repository.js';
import type { zEditorialLinePut } from './editorial-line.schemas.js';

/** Step 6: read and replace the editorial line. */
export class EditorialLineService {
  constructor(private readonly ctx: AppContext) {}

  /** The line with its pillars and frequencies. */
  async get(actor: Actor): Promise<EditorialLine> {
    return new EditorialLineRepository(this.ctx.database.db).get(actor.workspaceId);
  }

  /** Replaces the line; duplicate pillar names or networks are 400s naming the entry. */
  async put(actor: Actor, input: z.infer<typeof zEditorialLinePut>): Promise<EditorialLine> {
    return inStrategyTransaction(this.ctx, actor, async (trx, now) => {
      const repo = new EditorialLineRepository(trx);
      const before = await repo.get(actor.workspaceId);
      const known = new Set(before.pillars.map((p) => p.id));
      const names = new Set<string>();
      const pillars = input.pillars.map((p, i) => {
        if (p.id && !known.has(p.id))
          throw invalid(`pillars.${i}.id`, 'No pillar with this id in this workspace');
        const key = p.name.toLocaleLowerCase();
        if (names.has(key)) throw invalid(`pillars.${i}.name`, 'Two pillars have this name');
        names.add(key);
        return { ...p, id: p.id ?? newId() };
      });
      const seen = new Set<string>();
      input.frequencies.forEach((f, i) => {
        if (seen.has(f.networkId))
          throw invalid(`frequencies.${i}.networkId`, 'This network is listed twice');
        seen.add(f.networkId);
      });
      const line: EditorialLine = { ...input, pillars };
      await repo.put(actor.workspaceId, line, now);
      const after = await repo.get(actor.workspaceId);
      return {
        result: after,
        audit: {
          action: 'strategy.editorial_line.updated',
          objectType: 'strategy.editorial_line',
          objectId: actor.workspaceId,
          summary: 'Saved the editorial line',
          before,
          after,
        },
      };
    });
  }
}

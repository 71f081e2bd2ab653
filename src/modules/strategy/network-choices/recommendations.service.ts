import type { AppContext } from '../../../app/context.js';
import type { Actor } from '../../../app/http/principal.js';
import { recommendNetworks, reasonText } from '../recommendation.js';
import { SnapshotRepository } from '../snapshot.repository.js';

/**
 * Step 5: every catalogue network scored against the draft's objectives and personas, best first,
 * each reason written out in both languages and the current choice beside it.
 */
export async function networkRecommendations(ctx: AppContext, actor: Actor) {
  const snapshot = await new SnapshotRepository(ctx.database.db).load(actor.workspaceId);
  return recommendNetworks(snapshot).map((rec) => {
    const choice = snapshot.networkChoices.find((c) => c.networkId === rec.networkId);
    return {
      ...rec,
      reasons: rec.reasons.map((r) => ({ ...r, text: { en: reasonText(r, 'en'), fr: reasonText(r, 'fr') } })),
      choice: choice ? { id: choice.id, chosen: choice.chosen } : null,
    };
  });
}

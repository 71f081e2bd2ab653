import type { AppContext } from '../../app/context.js';
import type { Actor } from '../../app/http/principal.js';
import { WorkspacesRepository } from '../workspaces/workspaces.repository.js';

/** The language to write in when the caller did not ask: theirs, else the workspace's, else English. */
export async function preferredLocale(ctx: AppContext, actor: Actor): Promise<'en' | 'fr'> {
  const mine = actor.principal.locale;
  if (mine === 'en' || mine === 'fr') return mine;
  const ws = await new WorkspacesRepository(ctx.database.db).findById(actor.workspaceId);
  return ws?.locale === 'fr' ? 'fr' : 'en';
}

import type { AppContext } from '../../app/context.js';
import type { RenderOptions } from './documents/index.js';
import { actorCan, type Actor } from '../../app/http/principal.js';
import { preferredLocale } from './strategy-locale.js';
import type { StrategyDirectory, StrategySnapshot } from './strategy.model.js';
import { VersionsService } from './versions/versions.service.js';
import { organisationSummary } from '../organisation/organisation.summary.js';
import { budgetSummaryForDocuments } from '../budget/budget.summary-for-documents.js';

/** Everything a renderer needs for one download. */
export interface PreparedDocument {
  snapshot: StrategySnapshot;
  directory: StrategyDirectory;
  /** No version label for the draft: the renderers name it themselves. */
  options: RenderOptions;
  /** `strategy-v3-fr.pdf`, `briefing-draft-en.pdf`… */
  fileName(kind: string, ext: string): string;
}

/** Picks the strategy (draft or version N) and the language of a document download. */
export class StrategyDocumentsService {
  constructor(private readonly ctx: AppContext) {}

  /** Resolves `version` and `locale` (default: the caller's language, else the workspace's). */
  async prepare(actor: Actor, query: { locale?: 'en' | 'fr'; version?: number }): Promise<PreparedDocument> {
    const resolved = await new VersionsService(this.ctx).resolve(actor, query.version);
    const locale = query.locale ?? (await preferredLocale(this.ctx, actor));
    const tag = resolved.number === null ? 'draft' : `v${resolved.number}`;
    const now = this.ctx.clock.now();
    // Organisation and budget are live data: a version's document shows them as they are today.
    // Roles that may read the strategy but not the budget (editors…) or the organisation get documents
    // without those parts, as the policy hides them elsewhere.
    const [organisation, budget] = await Promise.all([
      actorCan(actor, 'organisation.read') ? organisationSummary(this.ctx, actor, now) : undefined,
      actorCan(actor, 'budget.read')
        ? budgetSummaryForDocuments(this.ctx, actor, resolved.snapshot, now)
        : undefined,
    ]);
    return {
      snapshot: resolved.snapshot,
      directory: {
        ...resolved.directory,
        locale,
        ...(organisation ? { organisation } : {}),
        ...(budget ? { budget } : {}),
      },
      options: {
        locale,
        generatedAt: now,
        ...(resolved.number === null ? {} : { versionLabel: `Version ${resolved.number}` }),
      },
      fileName: (kind, ext) => `${kind}-${tag}-${locale}.${ext}`,
    };
  }
}

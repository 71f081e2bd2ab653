import type { AppContext } from '../../../app/context.js';
import { invalid } from '../../../app/errors.js';
import { findUrls, shortLinkLength } from '../../links/tracked-links.js';
import { describeMedia } from '../../media/media.resolver.js';
import { EditorialLineRepository } from '../../strategy/editorial-line/editorial-line.repository.js';
import { ExistingActionsRepository } from '../../strategy/existing-actions/existing-actions.repository.js';
import { ConnectorRegistry, isNetworkId } from '../connectors/registry.js';
import {
  ConnectedAccountsRepository,
  type ConnectedAccountRecord,
} from '../scheduler/connected-accounts.repository.js';
import type { MediaRef, ThreadPart, VariantVisibility } from '../scheduler/publishing.types.js';
import { checkPost, type CheckedMedia, type Checks } from './post-checks.js';

/** The content of one variant, as the composer sends it or as stored. */
export interface VariantContent {
  accountId: string;
  text: string;
  media: MediaRef[];
  thread: ThreadPart[];
  firstComment: string | null;
  visibility: VariantVisibility | null;
  contentWarning: string | null;
}

/** What the live checks look at: the post's pillar, link tracking and its variants. */
export interface CheckSubject {
  pillarId: string | null;
  trackLinks: boolean;
  variants: VariantContent[];
}

/**
 * Gathers what the pure checks need (accounts, capabilities, media sizes, the editorial line, the
 * existing actions) and runs them. Also refuses what no check can describe: an account of another
 * workspace, or the same account twice.
 */
export class PostChecker {
  readonly #ctx: AppContext;
  readonly #accounts: ConnectedAccountsRepository;
  readonly #registry: ConnectorRegistry;

  constructor(ctx: AppContext, registry: ConnectorRegistry) {
    this.#ctx = ctx;
    this.#accounts = new ConnectedAccountsRepository(ctx.database.db, ctx.secrets);
    this.#registry = registry;
  }

  /** The accounts of the variants, in order; 400 naming `variants.N.accountId` for a bad one. */
  async accountsOf(
    workspaceId: string,
    variants: readonly { accountId: string }[],
  ): Promise<ConnectedAccountRecord[]> {
    const all = new Map((await this.#accounts.list(workspaceId)).map((a) => [a.id, a]));
    const seen = new Set<string>();
    return variants.map((v, i) => {
      const account = all.get(v.accountId);
      if (!account) throw invalid(`variants.${i}.accountId`, 'No such connected account in this workspace');
      if (seen.has(v.accountId)) throw invalid(`variants.${i}.accountId`, 'One variant per account');
      if (!isNetworkId(account.network)) {
        throw invalid(`variants.${i}.accountId`, `Publishing to ${account.network} is not supported`);
      }
      seen.add(v.accountId);
      return account;
    });
  }

  /** Runs every live check on `subject`. */
  async run(workspaceId: string, subject: CheckSubject): Promise<Checks> {
    const db = this.#ctx.database.db;
    const accounts = await this.accountsOf(workspaceId, subject.variants);
    const ids = subject.variants.flatMap((v) =>
      [...v.media, ...v.thread.flatMap((p) => p.media)].map((m) => m.mediaId),
    );
    const known = new Map(
      (ids.length ? await describeMedia(db, workspaceId, ids) : []).map((m) => [m.id, m]),
    );
    const media = (refs: readonly MediaRef[]): CheckedMedia[] =>
      refs.map((r) => {
        const m = known.get(r.mediaId);
        return {
          mediaId: r.mediaId,
          altText: r.altText,
          facts: m ? { kind: m.kind, mimeType: m.mimeType, sizeBytes: m.sizeBytes } : null,
        };
      });
    const line = await new EditorialLineRepository(db).get(workspaceId);
    const actions = await new ExistingActionsRepository(db).list(workspaceId);
    return checkPost({
      variants: subject.variants.map((v, i) => {
        const account = accounts[i]!;
        return {
          network: account.network,
          caps: this.#registry.get(account.network as Parameters<ConnectorRegistry['get']>[0]).capabilities,
          accountHealth: account.healthStatus,
          text: v.text,
          media: media(v.media),
          thread: v.thread.map((p) => ({ text: p.text, media: media(p.media) })),
          firstComment: v.firstComment,
          visibility: v.visibility,
          contentWarning: v.contentWarning,
        };
      }),
      editorial: {
        wordsToAvoid: line.wordsToAvoid,
        requiredHashtags: line.requiredHashtags,
        requiredMentions: line.requiredMentions,
        hasPillars: line.pillars.length > 0,
      },
      pillarId: subject.pillarId,
      existingActions: actions.map((a) => ({ name: a.name, description: a.description })),
      asPublished: subject.trackLinks ? shortened(this.#ctx.config.publicUrl) : (t) => t,
    });
  }
}

/**
 * The text as published with tracked links: each URL becomes a short link of the real length (a
 * placeholder URL, so a network that counts URLs at a fixed length still applies its rule).
 */
function shortened(publicUrl: string): (text: string) => string {
  const length = shortLinkLength(publicUrl);
  const prefix = `${publicUrl}/l/`;
  const placeholder = prefix + 'x'.repeat(Math.max(1, length - prefix.length));
  return (text) => {
    let out = '';
    let at = 0;
    for (const u of findUrls(text)) {
      out += text.slice(at, u.start) + placeholder;
      at = u.end;
    }
    return out + text.slice(at);
  };
}

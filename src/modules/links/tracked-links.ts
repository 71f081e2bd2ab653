import type { AppContext } from '../../app/context.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { isUniqueViolation } from '../jobs/sql-job-queue.js';
import { LinksRepository } from './links.repository.js';
import { isShortCode, newShortCode, shortUrl } from './short-code.js';
import { findUrls, replaceUrls } from './url-finder.js';
import { addUtmTags, utmTags } from './utm.js';

export { findUrls } from './url-finder.js';
export { shortLinkLength } from './short-code.js';

export interface RewriteInput {
  workspaceId: string;
  postId: string;
  variantId: string;
  network: string;
  text: string;
  /** The action title, else the objective title, else null. */
  campaign: string | null;
}

// Eight base62 characters collide about once in 10^14 draws; a few retries cover even a test that
// forces a clash, and anything more means the random source is broken.
const MAX_CODE_ATTEMPTS = 5;

/**
 * Longer URLs are left as written, untracked: PostgreSQL cannot index a key over ~2.7 kB, and Mastodon
 * counts any URL as 23 characters, so a post can carry one of any length.
 */
export const MAX_TRACKED_URL_LENGTH = 2048;

/**
 * Rewrites the links of a post's text into tracked short links at publish time (decision 0010): the
 * text the network receives carries `${publicUrl}/l/{code}`, which redirects to the author's URL with
 * UTM tags and counts the visit.
 */
export class TrackedLinks {
  readonly #ctx: Pick<AppContext, 'database' | 'config' | 'clock'>;
  readonly #repo: LinksRepository;
  readonly #newCode: () => string;

  /** `opts.newCode` replaces the random code source (tests force a collision with it). */
  constructor(ctx: Pick<AppContext, 'database' | 'config' | 'clock'>, opts: { newCode?: () => string } = {}) {
    this.#ctx = ctx;
    this.#repo = new LinksRepository(ctx.database.db);
    this.#newCode = opts.newCode ?? newShortCode;
  }

  /**
   * Replaces every http(s) URL in `text` by its short link `${publicUrl}/l/{code}`; the same
   * (variantId, url) always gets the same code (idempotent across retries).
   */
  async rewrite(input: RewriteInput): Promise<string> {
    const publicUrl = this.#ctx.config.publicUrl;
    // Our own short links (a text rewritten once already) are left alone rather than wrapped again.
    const urls = findUrls(input.text).filter(
      (u) => u.url.length <= MAX_TRACKED_URL_LENGTH && !this.#isOwnShortLink(u.url),
    );
    if (urls.length === 0) return input.text;
    const codes = new Map<string, string>();
    const created: { code: string; targetUrl: string }[] = [];
    for (const { url } of urls) {
      if (codes.has(url)) continue;
      const link = await this.#linkFor(input, url);
      codes.set(url, link.code);
      if (link.created) created.push({ code: link.code, targetUrl: url });
    }
    if (created.length > 0) {
      await new AuditService(this.#ctx.database.db, this.#ctx.clock).record(
        { workspaceId: input.workspaceId, userId: null, label: 'Publisher' },
        {
          action: 'links.create',
          objectType: 'post_variant',
          objectId: input.variantId,
          summary: `Created ${created.length} tracked link${created.length === 1 ? '' : 's'} for publishing`,
          after: created,
        },
      );
    }
    return replaceUrls(input.text, urls, (url) => shortUrl(publicUrl, codes.get(url)!));
  }

  #isOwnShortLink(url: string): boolean {
    const prefix = `${this.#ctx.config.publicUrl}/l/`;
    return url.startsWith(prefix) && isShortCode(url.slice(prefix.length));
  }

  /** The variant's link for `url`: the existing one, else a new one with a fresh code. */
  async #linkFor(input: RewriteInput, url: string): Promise<{ code: string; created: boolean }> {
    let inserted: string | null = null;
    for (let attempt = 0; attempt <= MAX_CODE_ATTEMPTS; attempt += 1) {
      const existing = await this.#repo.findForVariant(input.workspaceId, input.variantId, url);
      if (existing) return { code: existing.code, created: existing.code === inserted };
      if (attempt === MAX_CODE_ATTEMPTS) break;
      const code = this.#newCode();
      try {
        await this.#repo.insertIfAbsent({
          id: newId(),
          workspace_id: input.workspaceId,
          post_id: input.postId,
          variant_id: input.variantId,
          code,
          target_url: url,
          final_url: addUtmTags(url, { ...utmTags(input), utm_id: code }),
          network: input.network,
          created_at: this.#ctx.clock.now().toISOString(),
        });
        inserted = code;
      } catch (err) {
        // Another link already owns this code: draw again. Anything else is a real failure.
        if (!isUniqueViolation(err)) throw err;
      }
    }
    throw new Error(`No free short code after ${MAX_CODE_ATTEMPTS} attempts`);
  }
}

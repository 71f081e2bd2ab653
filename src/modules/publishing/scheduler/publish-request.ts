import { ConnectorError } from '../connectors/connector.errors.js';
import type { PostPart, PublishRequest } from '../connectors/connector.port.js';
import type { VariantRecord } from './posts.repository.js';
import type { MediaRef } from './publishing.types.js';
import type { LinkRewriter, MediaResolver } from './scheduler.service.js';

export interface RequestSources {
  media?: MediaResolver | undefined;
  links?: LinkRewriter | undefined;
  /** Whether the post tracks its links, and the campaign its UTM tags name. */
  context(
    workspaceId: string,
    postId: string,
  ): Promise<{ trackLinks: boolean; campaign: string | null } | null>;
}

// Without a media store, a variant with media cannot be published: it fails visibly, never silently.
const NO_MEDIA_STORE: MediaResolver = async () => {
  throw new ConnectorError('invalid_content', 'No media store is configured', { code: 'media_unavailable' });
};

/**
 * The request for a variant: its text and media, then its thread parts, its first comment, and
 * Mastodon's visibility and content warning on the first part. Links are rewritten here, at publish
 * time, so an edit up to the last minute is what gets tracked (decision 0009).
 */
export async function buildPublishRequest(
  variant: VariantRecord,
  network: string,
  sources: RequestSources,
): Promise<PublishRequest> {
  const { links } = sources;
  const resolve = async (refs: readonly MediaRef[]) =>
    refs.length > 0 ? await (sources.media ?? NO_MEDIA_STORE)(variant.workspaceId, refs) : [];
  const context = links ? await sources.context(variant.workspaceId, variant.postId) : null;
  const rewrite = async (text: string): Promise<string> =>
    links && context?.trackLinks
      ? links({
          workspaceId: variant.workspaceId,
          postId: variant.postId,
          variantId: variant.id,
          network,
          text,
          campaign: context.campaign,
        })
      : text;
  const part = async (text: string, refs: readonly MediaRef[]): Promise<PostPart> => {
    const media = await resolve(refs);
    return { text: await rewrite(text), ...(media.length > 0 ? { media } : {}) };
  };
  const first: PostPart = {
    ...(await part(variant.text, variant.media)),
    ...(variant.visibility ? { visibility: variant.visibility } : {}),
    ...(variant.contentWarning ? { contentWarning: variant.contentWarning } : {}),
  };
  const rest: PostPart[] = [];
  for (const p of variant.thread) rest.push(await part(p.text, p.media));
  return {
    idempotencyKey: variant.idempotencyKey,
    parts: [first, ...rest],
    ...(variant.firstComment ? { firstComment: { text: await rewrite(variant.firstComment) } } : {}),
  };
}

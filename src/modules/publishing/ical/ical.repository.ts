import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/** Variant statuses a calendar feed shows. */
export const FEED_STATUSES = ['scheduled', 'published', 'failed'] as const;

/** One variant as the feed needs it. */
export interface FeedVariant {
  id: string;
  title: string;
  text: string;
  status: string;
  scheduledAt: string | null;
  publishedAt: string | null;
  remoteUrl: string | null;
  updatedAt: string;
  network: string;
  handle: string;
}

// A feed is a planning view: past this many events a calendar app would choke before the reader does.
const MAX_EVENTS = 5000;

/**
 * The feed's own read of the publishing tables. It names only long-standing columns so the posts
 * module can add its own without breaking feeds.
 */
export class IcalRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Scheduled, published and failed variants of the workspace planned or published in [from, to]. */
  async variantsBetween(workspaceId: string, fromIso: string, toIso: string): Promise<FeedVariant[]> {
    const rows = await this.db
      .selectFrom('post_variants')
      .innerJoin('posts', 'posts.id', 'post_variants.post_id')
      .innerJoin('connected_accounts', 'connected_accounts.id', 'post_variants.account_id')
      .select([
        'post_variants.id',
        'posts.title',
        'post_variants.text',
        'post_variants.status',
        'post_variants.scheduled_at',
        'post_variants.published_at',
        'post_variants.remote_url',
        'post_variants.updated_at',
        'connected_accounts.network',
        'connected_accounts.handle',
      ])
      .where('post_variants.workspace_id', '=', workspaceId)
      .where('posts.workspace_id', '=', workspaceId)
      .where('post_variants.status', 'in', [...FEED_STATUSES])
      .where((eb) =>
        eb.or([
          eb.and([
            eb('post_variants.scheduled_at', '>=', fromIso),
            eb('post_variants.scheduled_at', '<=', toIso),
          ]),
          eb.and([
            eb('post_variants.published_at', '>=', fromIso),
            eb('post_variants.published_at', '<=', toIso),
          ]),
        ]),
      )
      .orderBy('post_variants.scheduled_at')
      .orderBy('post_variants.id')
      .limit(MAX_EVENTS)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      text: r.text,
      status: r.status,
      scheduledAt: r.scheduled_at,
      publishedAt: r.published_at,
      remoteUrl: r.remote_url,
      updatedAt: r.updated_at,
      network: r.network,
      handle: r.handle,
    }));
  }
}

import type { AppContext } from '../../../app/context.js';
import { scheduleSnapshots } from '../../analytics/collection/snapshot-planner.js';
import { notify } from '../../notifications/notifications.service.js';
import { emitEvent } from '../../webhooks/events.js';
import type { VariantRecord } from './posts.repository.js';
import type { PublishOutcomeListener } from './scheduler.service.js';

/** What the events and notifications say about a variant: its post, account and author. */
async function describe(ctx: AppContext, v: VariantRecord) {
  return ctx.database.db
    .selectFrom('post_variants as v')
    .innerJoin('posts as p', 'p.id', 'v.post_id')
    .innerJoin('connected_accounts as a', 'a.id', 'v.account_id')
    .where('v.workspace_id', '=', v.workspaceId)
    .where('v.id', '=', v.id)
    .select(['p.id as postId', 'p.title', 'p.created_by', 'a.network', 'a.handle'])
    .executeTakeFirst();
}

/**
 * Tells the outside world how publishing went: the `post.published` / `post.failed` webhooks, and the
 * post's author in the app (and by e-mail for failures, per their preferences). A failure is what
 * someone must act on, so it always reaches a person.
 */
export function publishOutcomes(ctx: AppContext): PublishOutcomeListener {
  return {
    published: async (v, url) => {
      // Metric snapshots at 1 h, 6 h, 24 h… after publication (decision 0016); never throws.
      await scheduleSnapshots(ctx, v);
      const d = await describe(ctx, v);
      if (!d) return;
      await emitEvent(ctx, v.workspaceId, 'post.published', {
        postId: d.postId,
        variantId: v.id,
        title: d.title,
        network: d.network,
        account: d.handle,
        url,
        late: v.scheduledAt !== null && Date.parse(v.scheduledAt) < ctx.clock.now().getTime() - 60_000,
      });
      if (d.created_by) {
        await notify(ctx, {
          workspaceId: v.workspaceId,
          userIds: [d.created_by],
          type: 'post.published',
          params: { title: d.title, network: d.network },
          link: `/w/${v.workspaceId}/posts/${d.postId}`,
        });
      }
    },
    failed: async (v, code, reason) => {
      const d = await describe(ctx, v);
      if (!d) return;
      await emitEvent(ctx, v.workspaceId, 'post.failed', {
        postId: d.postId,
        variantId: v.id,
        title: d.title,
        network: d.network,
        account: d.handle,
        code,
        reason,
      });
      if (d.created_by) {
        await notify(ctx, {
          workspaceId: v.workspaceId,
          userIds: [d.created_by],
          type: 'post.failed',
          params: { title: d.title, network: d.network, reason },
          link: `/w/${v.workspaceId}/posts/${d.postId}`,
        });
      }
    },
  };
}

import { newId } from '../../src/core/ids.js';
import { ConnectedAccountsRepository } from '../../src/modules/publishing/scheduler/connected-accounts.repository.js';
import { PostsRepository } from '../../src/modules/publishing/scheduler/posts.repository.js';
import type { TestApp } from '../support/app.js';
import { NOW, seedTraffic } from './engine-traffic.support.js';

/**
 * A small workspace for the engine suite, inserted with Kysely where no API exists (snapshots,
 * clicks, conversions, inbox items). Every figure it yields is worked out in engine.test.ts.
 */
export interface Seeded {
  objective: string;
  otherObjective: string;
  action: string;
  pillar: string;
  variants: { v1: string; v2: string; v3: string; v4: string };
  indicators: { roi: string; rate: string; custom: string; conversions: string };
}

export async function seedWorkspace(t: TestApp, ws: string): Promise<Seeded> {
  const db = t.ctx.database.db;
  await db
    .updateTable('workspaces')
    .set({ currency: 'EUR', time_zone: 'Europe/Paris' })
    .where('id', '=', ws)
    .execute();
  const stamp = { created_at: NOW, updated_at: NOW };

  const objective = newId();
  const otherObjective = newId();
  for (const [id, position, type] of [
    [objective, 0, 'sales'],
    [otherObjective, 1, 'awareness'],
  ] as const)
    await db
      .insertInto('strategy_objectives')
      .values({
        id,
        workspace_id: ws,
        position,
        type,
        custom_type: null,
        title: type,
        description: '',
        priority: 'high',
        period_start: null,
        period_end: null,
        ...stamp,
      })
      .execute();
  const action = newId();
  await db
    .insertInto('strategy_actions')
    .values({
      id: action,
      workspace_id: ws,
      position: 0,
      title: 'Campaign',
      description: '',
      objective_id: objective,
      owner_id: null,
      start_date: null,
      end_date: null,
      status: 'planned',
      budget_estimate: 0,
      no_obstacles_identified: 0,
      ...stamp,
    })
    .execute();
  const pillar = newId();
  await db
    .insertInto('strategy_content_pillars')
    .values({
      id: pillar,
      workspace_id: ws,
      position: 0,
      name: 'Tips',
      description: '',
      target_share: 50,
      sensitive: 0,
      colour: null,
      ...stamp,
    })
    .execute();
  await db
    .insertInto('strategy_audiences')
    .values({
      id: newId(),
      workspace_id: ws,
      position: 0,
      name: 'Students',
      segment: '',
      description: '',
      age_min: null,
      age_max: null,
      places: '[]',
      languages: '[]',
      interests: '[]',
      needs: '[]',
      pains: '[]',
      // bluesky has an account; tiktok and instagram do not: 2 audiences not reached.
      present_on: JSON.stringify(['bluesky', 'tiktok', 'instagram']),
      ...stamp,
    })
    .execute();

  const accounts = new ConnectedAccountsRepository(db, t.ctx.secrets);
  const account = async (network: string) => {
    const id = newId();
    await accounts.create({
      id,
      workspaceId: ws,
      network,
      remoteId: `r-${id}`,
      handle: `h-${id.slice(-6)}`,
      displayName: null,
      avatarUrl: null,
      profileUrl: null,
      credentials: { appPassword: 'abcd-efgh-ijkl-mnop' },
      now: NOW,
    });
    return id;
  };
  const bsky = await account('bluesky');
  const masto = await account('mastodon');

  const posts = new PostsRepository(db);
  const variant = async (
    accountId: string,
    publishedAt: string,
    post: { objectiveId?: string; actionId?: string; pillarId?: string },
    status = 'published',
  ) => {
    const postId = newId();
    const id = newId();
    await posts.createPost({
      id: postId,
      workspaceId: ws,
      title: `Post ${publishedAt.slice(0, 10)}`,
      now: NOW,
      ...post,
    });
    await posts.createVariants([{ id, workspaceId: ws, postId, accountId, text: 'Hello', now: NOW }]);
    await db
      .updateTable('post_variants')
      .set({ status, published_at: publishedAt })
      .where('id', '=', id)
      .execute();
    return { id, postId };
  };
  const v1 = await variant(bsky, '2026-10-05T10:00:00.000Z', { objectiveId: objective, pillarId: pillar });
  const v2 = await variant(masto, '2026-10-12T10:00:00.000Z', { actionId: action });
  const v3 = await variant(bsky, '2026-10-25T12:00:00.000Z', {});
  const v4 = await variant(bsky, '2026-09-10T10:00:00.000Z', { objectiveId: objective });
  await variant(bsky, '2026-10-07T10:00:00.000Z', { objectiveId: objective }, 'failed');

  const snapshot = async (
    v: { id: string },
    accountId: string,
    observedAt: string,
    metrics: object,
    gone = 0,
  ) =>
    db
      .insertInto('post_metric_snapshots')
      .values({
        id: newId(),
        workspace_id: ws,
        variant_id: v.id,
        account_id: accountId,
        network: accountId === bsky ? 'bluesky' : 'mastodon',
        observed_at: observedAt,
        due_at: observedAt,
        metrics: JSON.stringify(metrics),
        unavailable: '[]',
        gone,
      })
      .execute();
  await snapshot(v1, bsky, '2026-10-05T11:00:00.000Z', { likes: 2, replies: 1, impressions: 100 });
  await snapshot(v1, bsky, '2026-10-20T10:00:00.000Z', {
    likes: 10,
    replies: 2,
    reposts: 3,
    quotes: 1,
    impressions: 400,
  });
  await snapshot(v1, bsky, '2026-11-05T10:00:00.000Z', { likes: 99, impressions: 999 }); // after October: ignored
  await snapshot(v2, masto, '2026-10-13T10:00:00.000Z', { likes: 4, reposts: 1, bookmarks: 7 });
  await snapshot(v2, masto, '2026-10-30T10:00:00.000Z', {}, 1); // gone: ignored
  await snapshot(v4, bsky, '2026-09-11T10:00:00.000Z', { likes: 5, impressions: 50 });

  const followers = (accountId: string, observedAt: string, n: number) =>
    db
      .insertInto('account_metric_snapshots')
      .values({
        id: newId(),
        workspace_id: ws,
        account_id: accountId,
        observed_at: observedAt,
        metrics: JSON.stringify({ followers: n }),
        unavailable: '[]',
      })
      .execute();
  await followers(bsky, '2026-09-25T00:00:00.000Z', 900);
  await followers(bsky, '2026-10-01T00:00:00.000Z', 1000);
  await followers(bsky, '2026-10-31T12:00:00.000Z', 1100);
  await followers(masto, '2026-10-20T00:00:00.000Z', 200);

  await seedTraffic(t, ws, { v1, v2, bsky, masto, objective });

  const indicator = async (
    metric: string,
    kind: string,
    target: number | null,
    networkId: string | null = null,
  ) => {
    const id = newId();
    await db
      .insertInto('strategy_indicators')
      .values({
        id,
        workspace_id: ws,
        position: 0,
        objective_id: objective,
        kind,
        metric,
        name: metric,
        baseline: 10,
        target,
        unit: 'percent',
        period_start: null,
        period_end: null,
        target_source: null,
        network_id: networkId,
        ...stamp,
      })
      .execute();
    return id;
  };
  const indicators = {
    roi: await indicator('roi', 'roi', 50),
    rate: await indicator('engagement_rate_followers', 'roa', 2, 'bluesky'),
    custom: await indicator('newsletter_opens', 'roa', 30),
    conversions: await indicator('conversions', 'roi', 10),
  };
  // Positions: keep the insertion order readable in the answer.
  let p = 0;
  for (const id of Object.values(indicators))
    await db.updateTable('strategy_indicators').set({ position: p++ }).where('id', '=', id).execute();

  return {
    objective,
    otherObjective,
    action,
    pillar,
    variants: { v1: v1.id, v2: v2.id, v3: v3.id, v4: v4.id },
    indicators,
  };
}

import type { Kysely } from 'kysely';
import { newId } from '../../../src/core/ids.js';
import type { SecretBox } from '../../../src/core/secrets.js';
import type { DB } from '../../../src/db/schema.js';
import { ConnectedAccountsRepository } from '../../../src/modules/publishing/scheduler/connected-accounts.repository.js';
import { PostsRepository } from '../../../src/modules/publishing/scheduler/posts.repository.js';

export const TEST_SECRET = 'test-secret-key-of-at-least-32-characters!';

/** A workspace with one connected account on the fake network. */
export async function seedWorkspace(
  db: Kysely<DB>,
  secrets: SecretBox,
  now: string,
): Promise<{ workspaceId: string; accountId: string }> {
  const workspaceId = newId();
  await db
    .insertInto('workspaces')
    .values({
      id: workspaceId,
      name: 'Acme',
      time_zone: 'Europe/Paris',
      currency: 'EUR',
      locale: 'fr',
      business_hours: '{}',
      created_at: now,
      updated_at: now,
    })
    .execute();
  const accountId = newId();
  await new ConnectedAccountsRepository(db, secrets).create({
    id: accountId,
    workspaceId,
    network: 'fake',
    remoteId: `did:fake:${accountId}`,
    handle: 'acme.test',
    displayName: 'Acme',
    avatarUrl: null,
    profileUrl: null,
    credentials: { appPassword: 'abcd-efgh-ijkl-mnop' },
    now,
  });
  return { workspaceId, accountId };
}

/** `count` scheduled single-variant posts at `at`; returns the variant ids. */
export async function seedScheduled(
  db: Kysely<DB>,
  ws: { workspaceId: string; accountId: string },
  count: number,
  at: string,
  now: string,
): Promise<string[]> {
  const posts = new PostsRepository(db);
  const ids: string[] = [];
  const postRows = [];
  for (let i = 0; i < count; i++) postRows.push({ id: newId(), n: i });
  for (let i = 0; i < postRows.length; i += 500) {
    await db
      .insertInto('posts')
      .values(
        postRows.slice(i, i + 500).map((p) => ({
          id: p.id,
          workspace_id: ws.workspaceId,
          title: `Post ${p.n}`,
          objective_id: null,
          action_id: null,
          pillar_id: null,
          created_by: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  }
  const variants = postRows.map((p) => {
    const id = newId();
    ids.push(id);
    return {
      id,
      workspaceId: ws.workspaceId,
      postId: p.id,
      accountId: ws.accountId,
      text: `Hello ${p.n}`,
      scheduledAt: at,
      status: 'scheduled' as const,
      now,
    };
  });
  await posts.createVariants(variants);
  return ids;
}

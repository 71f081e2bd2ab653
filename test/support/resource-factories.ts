import type { FastifyInstance } from 'fastify';
import { newId } from '../../src/core/ids.js';
import type { Role } from '../../src/core/policy.js';
import { IdentityService } from '../../src/modules/identity/identity.service.js';
import { ConnectedAccountsRepository } from '../../src/modules/publishing/scheduler/connected-accounts.repository.js';
import { PostsRepository } from '../../src/modules/publishing/scheduler/posts.repository.js';
import { LinksRepository } from '../../src/modules/links/links.repository.js';
import { TrackedLinks } from '../../src/modules/links/tracked-links.js';
import { notify } from '../../src/modules/notifications/notifications.service.js';
import { Client, MemoryMailer, uniqueEmail } from './app.js';
import { solidPng } from '../connectors/support/png.js';

/** What a factory gets: the app, a signed-in owner of the workspace, and the workspace. */
export interface FactoryContext {
  app: FastifyInstance;
  ownerClient: Client;
  workspaceId: string;
}

/** Creates one real object of a kind in the workspace (through the API or services) and returns its id. */
export type ResourceFactory = (ctx: FactoryContext) => Promise<string>;

const PASSWORD = 'correct horse battery';
let ipCounter = 0;
/** A distinct client address per call, so factories never eat a route's per-IP rate limit budget. */
function freshIp(): Record<string, string> {
  ipCounter += 1;
  return { 'x-forwarded-for': `10.77.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}` };
}

async function expectCreated(res: { statusCode: number; body: string }, what: string): Promise<unknown> {
  if (res.statusCode !== 200 && res.statusCode !== 201) {
    throw new Error(`resource factory: creating ${what} answered ${res.statusCode} ${res.body}`);
  }
  return JSON.parse(res.body) as unknown;
}

/** The id of `{ data: { id } }`. */
function dataId(body: unknown, what: string): string {
  const id = (body as { data?: { id?: unknown } }).data?.id;
  if (typeof id !== 'string') throw new Error(`resource factory: ${what} answer has no data.id`);
  return id;
}

async function invite(ctx: FactoryContext, email: string, role: Role = 'editor'): Promise<string> {
  const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/invitations`, {
    email,
    role,
  });
  return dataId(await expectCreated(res, 'an invitation'), 'invitation');
}

/** The token of the last invitation mailed to `email` (tests use the in-memory mailer). */
function invitationToken(app: FastifyInstance, email: string): string {
  const mailer = app.ctx.mailer;
  if (!(mailer instanceof MemoryMailer)) throw new Error('resource factory: the app must use MemoryMailer');
  const text = mailer.lastTo(email)?.text ?? '';
  const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(text)?.[1];
  if (!token) throw new Error(`resource factory: no invitation link mailed to ${email}`);
  return token;
}

/** Makes each factory-uploaded image unique, so uploads are never deduplicated into one. */
let mediaCounter = 0;

/**
 * One entry per kind a route may declare in `resources`. A new kind of workspace-owned object adds
 * its factory here; the generated tenant-isolation suite fails until it does.
 */
export const RESOURCE_FACTORIES: Record<string, ResourceFactory> = {
  /** A colleague who joined through an invitation link (the real path). */
  membership: async (ctx) => {
    const email = uniqueEmail('member');
    await invite(ctx, email);
    const token = invitationToken(ctx.app, email);
    const accept = await new Client(ctx.app).request(
      'POST',
      `/api/v1/invitations/${token}/accept`,
      { name: 'Invited Colleague', password: PASSWORD },
      freshIp(),
    );
    await expectCreated(accept, 'a membership (accepting an invitation)');
    const members = await ctx.ownerClient.get(`/api/v1/workspaces/${ctx.workspaceId}/members`);
    const found = members
      .json<{ data: { id: string; email: string }[] }>()
      .data.find((m) => m.email === email);
    if (!found) throw new Error(`resource factory: ${email} accepted but is not listed as a member`);
    return found.id;
  },

  department: async (ctx) => {
    const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/departments`, {
      name: `Department ${newId().slice(-8)}`,
    });
    return dataId(await expectCreated(res, 'a department'), 'department');
  },

  invitation: async (ctx) => invite(ctx, uniqueEmail('invitee')),

  'api-token': async (ctx) => {
    const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/api-tokens`, {
      name: 'Factory token',
      role: 'analyst',
    });
    return dataId(await expectCreated(res, 'an API token'), 'api-token');
  },

  /** A message in the workspace outbox: inviting someone mails them. */
  mail: async (ctx) => {
    const email = uniqueEmail('outbox');
    await invite(ctx, email);
    const res = await ctx.ownerClient.get(`/api/v1/workspaces/${ctx.workspaceId}/outbox`);
    const found = res.json<{ data: { id: string; to: string }[] }>().data.find((m) => m.to === email);
    if (!found) throw new Error(`resource factory: the invitation mail to ${email} is not in the outbox`);
    return found.id;
  },

  // Strategy builder (issue 3): each object created through its own API.
  'strategy-objective': async (ctx) => strategyObjective(ctx),
  'strategy-audience': async (ctx) =>
    strategyPost(ctx, 'audiences', {
      name: 'Buyers',
      segment: 'b2b',
      objectiveIds: [await strategyObjective(ctx)],
    }),
  'strategy-existing-action': async (ctx) =>
    strategyPost(ctx, 'existing-actions', { name: 'Newsletter', channel: 'newsletter' }),
  'strategy-value-added': async (ctx) =>
    strategyPost(ctx, 'value-added', {
      objectiveId: await strategyObjective(ctx),
      networkId: 'linkedin',
      statement: 'Expert answers the newsletter cannot give',
    }),
  'strategy-network-choice': async (ctx) => {
    // One choice per network and workspace: pick a network this workspace has not chosen yet.
    const res = await ctx.ownerClient.get(`/api/v1/workspaces/${ctx.workspaceId}/network-choices`);
    const taken = new Set(res.json<{ data: { networkId: string }[] }>().data.map((c) => c.networkId));
    const networkId = [
      'linkedin',
      'instagram',
      'facebook',
      'x',
      'tiktok',
      'youtube',
      'pinterest',
      'threads',
      'bluesky',
      'mastodon',
      'telegram',
      'discord',
    ].find((n) => !taken.has(n));
    if (!networkId) throw new Error('resource factory: every network is already chosen in this workspace');
    return strategyPost(ctx, 'network-choices', { networkId });
  },
  'strategy-indicator': async (ctx) =>
    strategyPost(ctx, 'indicators', {
      objectiveId: await strategyObjective(ctx),
      metric: 'reach',
      target: 1000,
    }),
  'strategy-action': async (ctx) => strategyPost(ctx, 'actions', { title: 'Monthly webinar' }),
  'strategy-obstacle': async (ctx) =>
    strategyPost(ctx, 'obstacles', {
      family: 'budget',
      description: 'No video budget',
      likelihood: 3,
      impact: 4,
    }),
  'strategy-version': async (ctx) => strategyPost(ctx, 'strategy/versions', { note: 'Factory version' }),

  // Organisation and budget (issue 5).
  resource: async (ctx) => organisationResource(ctx),
  'resource-absence': async (ctx) => {
    const resourceId = await organisationResource(ctx);
    const res = await ctx.ownerClient.post(
      `/api/v1/workspaces/${ctx.workspaceId}/resources/${resourceId}/absences`,
      {
        startDate: '2030-01-07',
        endDate: '2030-01-11',
      },
    );
    const absences = ((await expectCreated(res, 'an absence')) as { data: { absences: { id: string }[] } })
      .data.absences;
    return absences[absences.length - 1]!.id;
  },
  'budget-line': async (ctx) =>
    strategyPost(ctx, 'budget/lines', {
      category: 'tools',
      label: 'Scheduling tool',
      month: '2030-01',
      planned: 4900,
    }),
  /** An expense with a receipt attached, so the attachment routes find something to serve. */
  'budget-expense': async (ctx) => {
    const id = await strategyPost(ctx, 'budget/expenses', {
      supplier: 'Print shop',
      date: '2030-01-15',
      amount: 12000,
    });
    const res = await ctx.ownerClient.put(
      `/api/v1/workspaces/${ctx.workspaceId}/budget/expenses/${id}/attachment`,
      {
        fileName: 'receipt.pdf',
        contentType: 'application/pdf',
        dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
      },
    );
    await expectCreated(res, 'an expense receipt');
    return id;
  },
  campaign: async (ctx) =>
    strategyPost(ctx, 'campaigns', {
      name: `Campaign ${newId().slice(-6)}`,
      networkId: 'linkedin',
      startDate: '2030-01-01',
      endDate: '2030-01-31',
      budget: 50000,
    }),
  /**
   * A Mastodon account stored as connect stores it (connecting for real needs a reachable network).
   * Its credentials are deliberately incomplete: a health check then answers "needs reconnecting"
   * without calling any network, so the suites never depend on one.
   */
  'connected-account': async (ctx) => {
    const id = newId();
    const repo = new ConnectedAccountsRepository(ctx.app.ctx.database.db, ctx.app.ctx.secrets);
    await repo.create({
      id,
      workspaceId: ctx.workspaceId,
      network: 'mastodon',
      remoteId: `remote-${id}`,
      handle: `factory-${id.slice(-6)}@mastodon.example`,
      displayName: 'Factory Account',
      avatarUrl: null,
      profileUrl: 'https://mastodon.example/@factory',
      credentials: { instanceUrl: 'https://mastodon.example' },
      now: new Date().toISOString(),
    });
    return id;
  },
  /** An inbox item as ingestion stores it (a reply from a contact on a connected account). */
  'inbox-item': async (ctx) => inboxItem(ctx),
  /** A contact of the inbox: the author of an item stored as ingestion stores it. */
  'inbox-contact': async (ctx) => {
    const itemId = await inboxItem(ctx);
    const row = await ctx.app.ctx.database.db
      .selectFrom('inbox_items')
      .select('contact_id')
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    return row.contact_id;
  },
  /** A routing rule, through the API. */
  'inbox-rule': async (ctx) => {
    const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/inbox/rules`, {
      name: 'Factory rule',
      conditions: { keywords: ['refund'] },
      actions: { tags: ['refund'] },
    });
    return dataId(await expectCreated(res, 'an inbox rule'), 'inbox-rule');
  },
  /** A saved reply, through the API. */
  'inbox-saved-reply': async (ctx) => {
    const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/inbox/saved-replies`, {
      title: 'Factory reply',
      body: 'Hello {{contact.name}}, thanks for writing.',
    });
    return dataId(await expectCreated(res, 'a saved reply'), 'inbox-saved-reply');
  },
  /**
   * A reply sent from Presence, through the API. The factory account has no reachable network (its
   * credentials are refused before any call), so the reply is recorded as failed: a retry candidate.
   */
  'inbox-reply': async (ctx) => {
    const itemId = await inboxItem(ctx);
    const res = await ctx.ownerClient.post(
      `/api/v1/workspaces/${ctx.workspaceId}/inbox/items/${itemId}/reply`,
      { text: 'Yes, we ship to Canada.' },
    );
    return dataId(await expectCreated(res, 'an inbox reply'), 'inbox-reply');
  },
  /**
   * A reply held for approval, stored as the reply circuit stores it (directly: a reply circuit in the
   * factory's workspace would hold every later `inbox-reply` the suites create there).
   */
  'held-reply': async (ctx) => {
    const itemId = await inboxItem(ctx);
    const now = new Date().toISOString();
    const id = newId();
    await ctx.app.ctx.database.db
      .insertInto('held_replies')
      .values({
        id,
        workspace_id: ctx.workspaceId,
        item_id: itemId,
        author_id: ctx.ownerClient.userId,
        text: 'Yes, we ship to Canada.',
        circuit_id: newId(),
        status: 'pending',
        decided_by: null,
        decided_at: null,
        reason: null,
        idempotency_key: newId(),
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  },
  /** A draft post for a connected account, created through the composer API. */
  post: async (ctx) => {
    const made = await composedPost(ctx);
    lastPost.set(ctx.workspaceId, made);
    return made.postId;
  },
  /**
   * A variant: of the post the `post` factory just made in this workspace when there is one (routes
   * address a variant under its post), else of a new post.
   */
  'post-variant': async (ctx) => (lastPost.get(ctx.workspaceId) ?? (await composedPost(ctx))).variantId,
  // Approvals (issue 6). Versions, comments and review links hang under a post: of the post the `post`
  // factory just made when there is one (routes name the post first), else of a new post.
  'approval-circuit': async (ctx) => {
    const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/approval-circuits`, {
      name: `Factory circuit ${newId().slice(-6)}`,
      steps: [{ name: 'Review', approvers: [{ kind: 'role', id: 'approver' }], rule: 'any' }],
    });
    return dataId(await expectCreated(res, 'an approval circuit'), 'approval-circuit');
  },
  'review-link': async (ctx) => {
    const { postId } = lastPost.get(ctx.workspaceId) ?? (await composedPost(ctx));
    const res = await ctx.ownerClient.post(
      `/api/v1/workspaces/${ctx.workspaceId}/posts/${postId}/review-links`,
      { reviewerName: 'Factory Reviewer' },
    );
    return dataId(await expectCreated(res, 'a review link'), 'review-link');
  },
  'post-comment': async (ctx) => {
    const { postId } = lastPost.get(ctx.workspaceId) ?? (await composedPost(ctx));
    const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/posts/${postId}/comments`, {
      text: 'Factory comment',
    });
    return dataId(await expectCreated(res, 'a post comment'), 'post-comment');
  },
  /** A version: submitting the post records one (no circuit: the post is simply released). */
  'post-version': async (ctx) => {
    const { postId } = lastPost.get(ctx.workspaceId) ?? (await composedPost(ctx));
    const base = `/api/v1/workspaces/${ctx.workspaceId}/posts/${postId}`;
    await expectCreated(await ctx.ownerClient.post(`${base}/submit`, {}), 'a post submission');
    const res = await ctx.ownerClient.get(`${base}/versions`);
    const id = res.json<{ data: { id: string }[] }>().data[0]?.id;
    if (!id) throw new Error('resource factory: submitting the post recorded no version');
    return id;
  },
  /** A tracked link, made the way publishing makes it: TrackedLinks.rewrite on a real post and variant. */
  'tracked-link': async (ctx) => trackedLink(ctx),
  /** A conversion site key, through the API (issue 8). */
  'conversion-site': async (ctx) => {
    const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/conversion-sites`, {
      label: 'Factory shop',
      allowedOrigins: ['https://shop.example'],
    });
    return dataId(await expectCreated(res, 'a conversion site'), 'conversion-site');
  },
  /** A competitor entered for the risk of non-investment, through the API (issue 8). */
  'roni-competitor': async (ctx) =>
    strategyPost(ctx, 'analytics/roni/competitors', { name: 'Factory rival', networkId: 'instagram' }),
  /** A gap estimate: a new persona on TikTok, where no factory ever connects an account. */
  'roni-audience-gap': async (ctx) => {
    const audienceId = await strategyPost(ctx, 'audiences', {
      name: `Persona ${newId().slice(-6)}`,
      segment: 'b2c',
      presentOn: ['tiktok'],
    });
    return strategyPost(ctx, 'analytics/roni/audience-gaps', { audienceId, networkId: 'tiktok' });
  },
  /** One of the owner's iCalendar feeds (feeds are personal: only their owner can address them). */
  'calendar-feed': async (ctx) => {
    const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/calendar/feeds`, {
      label: 'Factory feed',
    });
    return dataId(await expectCreated(res, 'a calendar feed'), 'calendar-feed');
  },
  /** An uploaded image (raw PNG bytes, as the composer sends them); unique pixels avoid deduplication. */
  media: async (ctx) => {
    mediaCounter += 1;
    const n = mediaCounter;
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${ctx.workspaceId}/media?filename=factory.png`,
      headers: {
        cookie: ctx.ownerClient.cookie,
        'x-csrf-token': ctx.ownerClient.csrf,
        'content-type': 'image/png',
      },
      payload: Buffer.from(solidPng(1 + (n % 200), 1 + Math.floor(n / 200), [n % 256, 64, 128])),
    });
    return dataId(await expectCreated(res, 'a media file'), 'media');
  },
  // Webhooks (issue 6). The address is a documentation IP (TEST-NET-1): it passes the SSRF guard
  // without a DNS lookup, and nothing is sent from a test unless it fetches the queue by hand.
  webhook: async (ctx) => webhook(ctx),
  /** A monthly report schedule mailed to the owner (issue 8, analytics/reports). */
  'report-schedule': async (ctx) => {
    const members = await ctx.ownerClient.get(`/api/v1/workspaces/${ctx.workspaceId}/members`);
    const me = members
      .json<{ data: { id: string; userId: string }[] }>()
      .data.find((m) => m.userId === ctx.ownerClient.userId);
    const res = await ctx.ownerClient.post(
      `/api/v1/workspaces/${ctx.workspaceId}/analytics/report-schedules`,
      {
        kind: 'monthly_report',
        cadence: 'monthly',
        recipients: [me?.id ?? 'missing-owner'],
      },
    );
    return dataId(await expectCreated(res, 'a report schedule'), 'report-schedule');
  },
  /**
   * A delivery (a `ping` sent through the test route) of the newest webhook of the workspace, so a
   * route naming both `webhookId` and then `deliveryId` gets a delivery of that webhook.
   */
  'webhook-delivery': async (ctx) => {
    const list = await ctx.ownerClient.get(`/api/v1/workspaces/${ctx.workspaceId}/webhooks`);
    const hooks = list.json<{ data: { id: string; active: boolean }[] }>().data.filter((h) => h.active);
    const hookId = hooks[hooks.length - 1]?.id ?? (await webhook(ctx));
    const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/webhooks/${hookId}/test`);
    if (res.statusCode !== 202)
      throw new Error(`resource factory: a webhook test answered ${res.statusCode} ${res.body}`);
    return dataId(res.json(), 'webhook-delivery');
  },
  /** An in-app notification for the owner, made by `notify` as the publishing and approvals code will. */
  notification: async (ctx) => {
    await notify(ctx.app.ctx, {
      workspaceId: ctx.workspaceId,
      userIds: [ctx.ownerClient.userId],
      type: 'post.published',
      params: { title: 'Factory post' },
      link: null,
    });
    const res = await ctx.ownerClient.get(`/api/v1/workspaces/${ctx.workspaceId}/notifications?limit=1`);
    const id = res.json<{ data: { id: string }[] }>().data[0]?.id;
    if (!id) throw new Error('resource factory: notify wrote no notification for the owner');
    return id;
  },
};

/** A generic webhook of the workspace, created through the API. */
async function webhook(ctx: FactoryContext): Promise<string> {
  const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/webhooks`, {
    url: `https://192.0.2.10/presence/${newId().slice(-8)}`,
    events: ['post.published'],
  });
  return dataId(await expectCreated(res, 'a webhook'), 'webhook');
}

const lastPost = new Map<string, { postId: string; variantId: string }>();

/** A post composed through the API for a fresh connected account; its id and its variant's. */
async function composedPost(ctx: FactoryContext): Promise<{ postId: string; variantId: string }> {
  const accountId = await RESOURCE_FACTORIES['connected-account']!(ctx);
  const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/posts`, {
    variants: [{ accountId, text: `Factory post ${newId().slice(-8)}` }],
  });
  const body = (await expectCreated(res, 'a post')) as { data: { id: string; variants: { id: string }[] } };
  return { postId: body.data.id, variantId: body.data.variants[0]!.id };
}

/** A post with one variant linking to a page, rewritten into a tracked link; returns the link id. */
async function trackedLink(ctx: FactoryContext): Promise<string> {
  const { database, secrets } = ctx.app.ctx;
  const now = new Date().toISOString();
  const accountId = newId();
  await new ConnectedAccountsRepository(database.db, secrets).create({
    id: accountId,
    workspaceId: ctx.workspaceId,
    network: 'bluesky',
    remoteId: `did:plc:${accountId}`,
    handle: `factory-${accountId.slice(-6)}.bsky.social`,
    displayName: 'Factory Account',
    avatarUrl: null,
    profileUrl: null,
    credentials: { appPassword: 'abcd-efgh-ijkl-mnop' },
    now,
  });
  const posts = new PostsRepository(database.db);
  const postId = newId();
  const variantId = newId();
  await posts.createPost({ id: postId, workspaceId: ctx.workspaceId, title: 'Factory post', now });
  const text = `Read https://example.com/factory/${variantId}`;
  await posts.createVariants([{ id: variantId, workspaceId: ctx.workspaceId, postId, accountId, text, now }]);
  await new TrackedLinks(ctx.app.ctx).rewrite({
    workspaceId: ctx.workspaceId,
    postId,
    variantId,
    network: 'bluesky',
    text,
    campaign: null,
  });
  const url = `https://example.com/factory/${variantId}`;
  const link = await new LinksRepository(database.db).findForVariant(ctx.workspaceId, variantId, url);
  if (!link) throw new Error('resource factory: rewriting the variant made no tracked link');
  return link.id;
}

/** An outside provider of the workspace (organisation resources). */
async function organisationResource(ctx: FactoryContext): Promise<string> {
  return strategyPost(ctx, 'resources', {
    kind: 'provider',
    name: `Agency ${newId().slice(-6)}`,
    providerType: 'agency',
    capacityHoursPerWeek: 20,
  });
}

/** POSTs to a strategy collection of the workspace and returns the new id. */
async function strategyPost(ctx: FactoryContext, path: string, body: unknown): Promise<string> {
  const res = await ctx.ownerClient.post(`/api/v1/workspaces/${ctx.workspaceId}/${path}`, body);
  return dataId(await expectCreated(res, `a strategy ${path} item`), path);
}

/** A fresh objective of the workspace's strategy. */
async function strategyObjective(ctx: FactoryContext): Promise<string> {
  return strategyPost(ctx, 'objectives', { type: 'sales', title: `Objective ${newId().slice(-6)}` });
}

/** The factory for `kind`, or an error that says where to add it. */
export function factoryFor(kind: string, route: string): ResourceFactory {
  const factory = RESOURCE_FACTORIES[kind];
  if (!factory) {
    throw new Error(
      `No resource factory for kind '${kind}' (declared by ${route}): add an entry '${kind}' to RESOURCE_FACTORIES in test/support/resource-factories.ts that creates one in the workspace and returns its id`,
    );
  }
  return factory;
}

export interface TestMember {
  client: Client;
  userId: string;
  membershipId: string;
  email: string;
}

/** Creates a person (services) and signs them in through the API, without any membership yet. */
export async function createSignedInUser(app: FastifyInstance, name = 'Test Person'): Promise<Client> {
  const email = uniqueEmail('person');
  await new IdentityService(app.ctx).createUser({ email, name, password: PASSWORD });
  const client = new Client(app);
  const res = await client.request('POST', '/api/v1/auth/sign-in', { email, password: PASSWORD }, freshIp());
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return client.adopt(res);
}

/**
 * Makes an existing signed-in person a member with `role`. Written straight to the memberships table:
 * suites that need a member of every role test authorisation, not the invitation flow (which the
 * `membership` factory and the members tests exercise).
 */
export async function grantMembership(
  app: FastifyInstance,
  client: Client,
  workspaceId: string,
  role: Role,
): Promise<string> {
  const now = app.ctx.clock.now().toISOString();
  const id = newId();
  await app.ctx.database.db
    .insertInto('memberships')
    .values({ id, workspace_id: workspaceId, user_id: client.userId, role, created_at: now, updated_at: now })
    .execute();
  return id;
}

/** A new person signed in and made a member of the workspace with `role`. */
export async function addMember(app: FastifyInstance, workspaceId: string, role: Role): Promise<TestMember> {
  const client = await createSignedInUser(app, `Test ${role}`);
  const membershipId = await grantMembership(app, client, workspaceId, role);
  const email = (await client.get('/api/v1/session')).json<{ user: { email: string } }>().user.email;
  return { client, userId: client.userId, membershipId, email };
}

/**
 * Valid bodies for routes whose body the suites cannot generate from the schema (a pattern, or a
 * refinement such as a time zone that JSON Schema does not show), keyed `METHOD /api/v1/...`. The
 * tenant-isolation suite needs a body that passes validation, so the request reaches the object lookup.
 */
export const REQUEST_SAMPLES: Record<string, unknown> = {
  'POST /api/v1/workspaces/:workspaceId/approval-circuits': {
    name: 'Sample circuit',
    steps: [{ name: 'Review', approvers: [{ kind: 'role', id: 'approver' }], rule: 'any' }],
  },
  'PUT /api/v1/workspaces/:workspaceId/approval-circuits/:circuitId': {
    name: 'Sample circuit',
    steps: [{ name: 'Review', approvers: [{ kind: 'role', id: 'approver' }], rule: 'any' }],
  },
  'POST /api/v1/workspaces/:workspaceId/posts/:postId/review-links': { reviewerName: 'Sample Reviewer' },
  'POST /api/v1/workspaces/:workspaceId/resources/:resourceId/absences': {
    startDate: '2030-02-02',
    endDate: '2030-02-03',
  },
  'PUT /api/v1/workspaces/:workspaceId/accounts/:accountId/slots': {
    slots: [{ weekday: 1, time: '09:00' }],
  },
  'POST /api/v1/workspaces/:workspaceId/posts/:postId/schedule': { scheduledAt: '2030-01-07T09:00:00.000Z' },
  'POST /api/v1/workspaces/:workspaceId/posts/:postId/reschedule': {
    scheduledAt: '2030-01-07T09:00:00.000Z',
  },
  'PATCH /api/v1/workspaces/:workspaceId/posts/:postId': { title: 'Sample title' },
  'PATCH /api/v1/workspaces/:workspaceId/inbox/items/:itemId': { priority: 'high' },
  'POST /api/v1/workspaces/:workspaceId/inbox/items/:itemId/reply': { text: 'Sample reply' },
  'PATCH /api/v1/workspaces/:workspaceId/inbox/saved-replies/:savedReplyId': { title: 'Sample title' },
  'PATCH /api/v1/workspaces/:workspaceId/inbox/rules/:ruleId': { enabled: false },
  'POST /api/v1/workspaces/:workspaceId/accounts/:accountId/reconnect': {
    network: 'mastodon',
    instanceUrl: 'https://mastodon.example',
    accessToken: 'sample-token',
  },
};

/** A contact's reply stored the way the inbox poller stores it; returns the item id. */
async function inboxItem(ctx: FactoryContext): Promise<string> {
  const db = ctx.app.ctx.database.db;
  const accountId = await RESOURCE_FACTORIES['connected-account']!(ctx);
  const now = new Date().toISOString();
  const contactId = newId();
  await db
    .insertInto('inbox_contacts')
    .values({
      id: contactId,
      workspace_id: ctx.workspaceId,
      network: 'mastodon',
      remote_id: `contact-${contactId}`,
      handle: `reader-${contactId.slice(-6)}@mastodon.example`,
      display_name: 'Reader',
      avatar_url: null,
      profile_url: null,
      followers: null,
      first_seen_at: now,
      last_seen_at: now,
    })
    .execute();
  const id = newId();
  await db
    .insertInto('inbox_items')
    .values({
      id,
      workspace_id: ctx.workspaceId,
      account_id: accountId,
      network: 'mastodon',
      remote_id: `status-${id}`,
      kind: 'reply',
      contact_id: contactId,
      text: 'Do you ship to Canada?',
      url: null,
      subject_remote_id: null,
      parent_remote_id: null,
      root_remote_id: null,
      thread_key: `status-${id}`,
      variant_id: null,
      occurred_at: now,
      received_at: now,
      language: 'en',
      is_question: 1,
      sentiment: 'neutral',
      sentiment_score: 0,
      state: 'new',
      priority: 'normal',
      assignee_id: null,
      department_id: null,
      tags: '[]',
      target_minutes: 240,
      due_at: new Date(Date.parse(now) + 240 * 60_000).toISOString(),
      first_response_at: null,
      first_response_by: null,
      first_response_source: null,
      breached_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

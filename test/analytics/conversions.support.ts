import type { LightMyRequestResponse } from 'fastify';
import { newId } from '../../src/core/ids.js';
import { LinksRepository } from '../../src/modules/links/links.repository.js';
import { TrackedLinks } from '../../src/modules/links/tracked-links.js';
import { ConnectedAccountsRepository } from '../../src/modules/publishing/scheduler/connected-accounts.repository.js';
import { PostsRepository } from '../../src/modules/publishing/scheduler/posts.repository.js';
import type { Client, TestApp } from '../support/app.js';

/** Shared helpers of the conversion suites: a published tracked link, visits, reports, site keys. */

export const SHOP = 'https://shop.example';
export const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
export const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

let ipCounter = 0;
/** A fresh client address: visits never share a visitor hash, reports never share a rate-limit budget. */
export const freshIp = () => `198.51.${Math.floor((ipCounter += 1) / 250) % 250}.${(ipCounter % 250) + 1}`;

export interface PublishedLink {
  linkId: string;
  code: string;
  postId: string;
  variantId: string;
  finalUrl: string;
}

/** A post and variant whose text links to a page, rewritten by TrackedLinks as publishing does. */
export async function publishLink(
  t: TestApp,
  workspaceId: string,
  campaign: string | null = null,
): Promise<PublishedLink> {
  const { database, secrets } = t.ctx;
  const now = t.clock.now().toISOString();
  const accountId = newId();
  await new ConnectedAccountsRepository(database.db, secrets).create({
    id: accountId,
    workspaceId,
    network: 'bluesky',
    remoteId: `did:plc:${accountId}`,
    handle: `shop-${accountId.slice(-6)}.bsky.social`,
    displayName: 'Shop',
    avatarUrl: null,
    profileUrl: null,
    credentials: { appPassword: 'abcd-efgh-ijkl-mnop' },
    now,
  });
  const posts = new PostsRepository(database.db);
  const postId = newId();
  const variantId = newId();
  const url = `${SHOP}/p/${variantId}`;
  const text = `New in: ${url}`;
  await posts.createPost({ id: postId, workspaceId, title: 'Launch', now });
  await posts.createVariants([{ id: variantId, workspaceId, postId, accountId, text, now }]);
  await new TrackedLinks(t.ctx).rewrite({
    workspaceId,
    postId,
    variantId,
    network: 'bluesky',
    text,
    campaign,
  });
  const link = await new LinksRepository(database.db).findForVariant(workspaceId, variantId, url);
  if (!link) throw new Error('no tracked link made');
  return { linkId: link.id, code: link.code, postId, variantId, finalUrl: link.final_url };
}

/** Follows /l/{code} like a browser (or a crawler) and returns the id of the click it recorded. */
export async function visit(t: TestApp, code: string, userAgent = CHROME): Promise<string> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/l/${code}`,
    headers: { 'user-agent': userAgent, 'x-forwarded-for': freshIp() },
  });
  if (res.statusCode !== 302) throw new Error(`visit answered ${res.statusCode}`);
  const row = await t.ctx.database.db
    .selectFrom('link_clicks as c')
    .innerJoin('tracked_links as l', 'l.id', 'c.link_id')
    .select('c.id')
    .where('l.code', '=', code)
    .orderBy('c.id', 'desc')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** POSTs a report as a page of `origin` would (no origin: a site's server). */
export function report(
  t: TestApp,
  body: Record<string, unknown>,
  origin: string | null = SHOP,
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: '/c/v1/conversions',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': freshIp(),
      'user-agent': CHROME,
      ...(origin ? { origin } : {}),
    },
    payload: JSON.stringify(body),
  });
}

export interface SiteJson {
  id: string;
  key: string;
  label: string;
  allowedOrigins: string[];
  attributionDays: number;
  createdAt: string;
  revokedAt: string | null;
}

/** Creates a site key through the API. */
export async function createSite(
  client: Client,
  workspaceId: string,
  body: Record<string, unknown> = { label: 'Shop', allowedOrigins: [SHOP] },
): Promise<SiteJson> {
  const res = await client.post(`/api/v1/workspaces/${workspaceId}/conversion-sites`, body);
  if (res.statusCode !== 201) throw new Error(`creating a site answered ${res.statusCode} ${res.body}`);
  return res.json<{ data: SiteJson }>().data;
}

/** The stored conversion row. */
export async function conversionRow(t: TestApp, id: string) {
  return t.ctx.database.db
    .selectFrom('conversions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

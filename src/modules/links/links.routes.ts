import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../app/errors.js';
import { registerRouteInfo } from '../../app/http/registry.js';
import { workspaceRoute } from '../../app/http/routes.js';
import { zClickSeries, zClicksQuery, zLinksQuery, zTrackedLink } from './links.schemas.js';
import { LinksService } from './links.service.js';

const tags = ['links'];

/** Tracked links: the public redirect /l/{code}, and the workspace's link lists and click series. */
export function linksRoutes(app: FastifyInstance): void {
  const links = () => new LinksService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/links',
    action: 'posts.read',
    tags,
    query: zLinksQuery,
    response: z.object({ data: z.array(zTrackedLink) }),
    summary: 'Tracked links with their human and bot click counts (filter by post or variant)',
    handler: async ({ actor, query }) => ({ data: await links().list(actor, query) }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/links/:linkId/clicks',
    action: 'posts.read',
    tags,
    params: { linkId: z.string().max(64) },
    resources: { linkId: 'tracked-link' },
    query: zClicksQuery,
    response: z.object({ data: zClickSeries }),
    summary: 'Clicks of a tracked link per day of the workspace time zone',
    handler: async ({ actor, params, query }) => ({
      data: await links().clickSeries(actor, params.linkId, query),
    }),
  });

  redirectRoute(app, links);
}

/**
 * `GET /l/:code`, outside /api/v1 on purpose: the short link is what a post carries, so it must be as
 * short as `${PUBLIC_URL}/l/{code}` (shortLinkLength counts exactly that). Anonymous, no session and
 * no CSRF (it changes nothing a person owns); rate limited per address, generously, since a shared
 * office or mobile-carrier address can carry many real readers. HEAD is answered too (Fastify adds
 * it) and counted as a bot.
 */
function redirectRoute(app: FastifyInstance, links: () => LinksService): void {
  const url = '/l/:code';
  registerRouteInfo({ method: 'GET', url, scope: 'public' });
  app.route({
    method: 'GET',
    url,
    schema: {
      summary: 'Follow a tracked short link: 302 to the destination with UTM tags, counting the visit',
      tags,
      params: z.object({ code: z.string().max(64) }),
    },
    config: { rateLimit: { max: 600, timeWindow: 60_000 } },
    handler: async (req, reply) => {
      const { code } = req.params as { code: string };
      const target = await links().visit({
        code,
        method: req.method,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        referer: req.headers.referer,
      });
      if (!target) throw notFound('Link');
      return (
        reply
          // Every visit must reach us to be counted: no browser or proxy may answer from a cache.
          .header('cache-control', 'no-store')
          // Helmet's default (no-referrer) would hide from the destination that the visit came from a
          // social network; this keeps the origin for HTTPS destinations like a plain link would.
          .header('referrer-policy', 'no-referrer-when-downgrade')
          // The author may have typed non-ASCII characters; a header needs the percent-encoded form.
          .redirect(new URL(target).href, 302)
      );
    },
  });
}

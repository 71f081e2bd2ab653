import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerRouteInfo } from '../../../app/http/registry.js';
import { workspaceRoute } from '../../../app/http/routes.js';
import { FEED_PATH, FeedsService } from './feeds.service.js';
import { zCalendarFeedCreate, zCalendarFeedView } from './ical.schemas.js';
import { IcalService } from './ical.service.js';

const tags = ['calendar-feeds'];

/** Personal iCalendar feeds of the workspace's posts, and the public address calendar apps poll. */
export function icalRoutes(app: FastifyInstance): void {
  const ctx = app.ctx;

  workspaceRoute(app, {
    method: 'GET',
    url: '/calendar/feeds',
    action: 'posts.read',
    tags,
    response: z.object({ data: z.array(zCalendarFeedView) }),
    summary: 'Your calendar feeds in this workspace (addresses masked: they are shown once)',
    handler: async ({ actor }) => ({ data: await new FeedsService(ctx).list(actor) }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/calendar/feeds',
    action: 'posts.read',
    tags,
    body: zCalendarFeedCreate,
    response: z.object({ data: zCalendarFeedView }),
    status: 201,
    summary: 'Create a calendar feed; its secret address is in this answer only',
    handler: async ({ actor, body, reply }) => {
      const data = await new FeedsService(ctx).create(actor, body.label);
      void reply.header('cache-control', 'no-store');
      return { data };
    },
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/calendar/feeds/:feedId',
    action: 'posts.read',
    tags,
    params: { feedId: z.string().max(64) },
    resources: { feedId: 'calendar-feed' },
    status: 204,
    summary: 'Revoke one of your calendar feeds',
    handler: async ({ actor, params }) => {
      await new FeedsService(ctx).revoke(actor, params.feedId);
      return null;
    },
  });

  feedRoute(app);
}

/**
 * `GET /ical/{secret}.ics`, outside /api/v1 like the short links: the address is what people paste into
 * Google Calendar, Outlook or Apple Calendar, so it stays short and reads as a calendar file. Anonymous
 * (the secret is the credential), no session, no CSRF (it only reads). Rate limited per client address:
 * calendar services poll from few addresses, and guessing a 256-bit secret is hopeless anyway, so the
 * limit only keeps a runaway client from loading the database.
 */
function feedRoute(app: FastifyInstance): void {
  const url = `${FEED_PATH}/:token.ics`;
  registerRouteInfo({ method: 'GET', url, scope: 'public' });
  app.route({
    method: 'GET',
    url,
    schema: {
      summary: 'iCalendar (RFC 5545) of the workspace’s scheduled, published and failed posts',
      tags,
      params: z.object({ token: z.string().max(200) }),
    },
    config: { rateLimit: { max: 120, timeWindow: 60_000 } },
    handler: async (req, reply) => {
      const { token } = req.params as { token: string };
      const text = await new IcalService(app.ctx).render(token);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('x-robots-tag', 'noindex')
        .send(text);
    },
  });
}

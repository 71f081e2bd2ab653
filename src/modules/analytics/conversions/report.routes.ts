import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { invalid } from '../../../app/errors.js';
import { registerRouteInfo } from '../../../app/http/registry.js';
import { isValidCurrency } from '../../../core/time-zones.js';
import {
  zConversionReport,
  zPixelQuery,
  zReportResult,
  type ConversionReport,
  type PixelQuery,
} from './conversions.schemas.js';
import { ConversionsService, type ReportSource } from './conversions.service.js';
import { conversionScript } from './script.js';

const tags = ['conversions'];
const BASE = '/c/v1';
const REPORT_BODY_LIMIT = 16 * 1024;
// A transparent 1×1 GIF, the smallest image every browser and mail client shows without complaint.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Per address and key: one busy site cannot spend another's budget, nor one visitor a site's. */
const rateLimit = {
  max: 120,
  timeWindow: 60_000,
  hook: 'preHandler' as const,
  keyGenerator: (req: FastifyRequest) => {
    const key = (req.body as { key?: unknown } | undefined)?.key ?? (req.query as { key?: unknown }).key;
    return `${req.ip}|${typeof key === 'string' ? key : ''}`;
  },
};

function sourceOf(req: FastifyRequest): ReportSource {
  return {
    origin: req.headers.origin,
    referer: req.headers.referer,
    ip: req.ip,
    userAgent: req.headers['user-agent'],
  };
}

/** The answer may be read by the reporting page, and must reach us every time. */
function corsFor(reply: FastifyReply, origin: string | undefined): FastifyReply {
  if (origin) reply.header('access-control-allow-origin', origin);
  return reply.header('vary', 'Origin').header('cache-control', 'no-store');
}

/**
 * The public report routes under /c/v1, outside /api/v1 like /l/{code}: websites call them from their
 * own pages, with a public site key instead of a session (so no CSRF token either). The key only
 * reports conversions to its workspace; CORS and the origin check keep other sites' pages out.
 */
export function reportRoutes(app: FastifyInstance): void {
  const service = () => new ConversionsService(app.ctx);
  const reportUrl = `${BASE}/conversions`;

  // A preflight carries no body, hence no key: the origin must be listed by some live site; the
  // report itself then checks it against its own key's list.
  app.route({
    method: 'OPTIONS',
    url: reportUrl,
    schema: { hide: true },
    config: { rateLimit: { max: 600, timeWindow: 60_000 } },
    handler: async (req, reply) => {
      const origin = req.headers.origin;
      if (!origin || !(await service().anySiteAllows(origin))) {
        return reply.status(403).header('vary', 'Origin').send();
      }
      return reply
        .status(204)
        .header('access-control-allow-origin', origin)
        .header('access-control-allow-methods', 'POST')
        .header('access-control-allow-headers', 'content-type')
        .header('access-control-max-age', '600')
        .header('vary', 'Origin')
        .send();
    },
  });

  registerRouteInfo({ method: 'POST', url: reportUrl, scope: 'public', bodyLimit: REPORT_BODY_LIMIT });
  app.route({
    method: 'POST',
    url: reportUrl,
    bodyLimit: REPORT_BODY_LIMIT,
    schema: {
      summary: 'Report a conversion from a website (public site key; CORS for the site’s origins)',
      tags,
      body: zConversionReport,
      response: { 202: zReportResult },
    },
    config: { rateLimit },
    handler: async (req, reply) => {
      const body = req.body as ConversionReport;
      const source = sourceOf(req);
      const site = await service().siteFor(body.key, source);
      const data = await service().report(site, body, source);
      return corsFor(reply, source.origin).status(202).send({ data });
    },
  });

  const pixelUrl = `${BASE}/pixel.gif`;
  registerRouteInfo({ method: 'GET', url: pixelUrl, scope: 'public' });
  app.route({
    method: 'GET',
    url: pixelUrl,
    schema: {
      summary: 'Report a conversion with an image (for pages that cannot run scripts): a 1×1 GIF',
      tags,
      querystring: zPixelQuery,
    },
    config: { rateLimit },
    handler: async (req, reply) => {
      const source = sourceOf(req);
      const report = pixelReport(req.query as PixelQuery);
      const site = await service().siteFor(report.key, source);
      await service().report(site, report, source);
      return (
        reply
          .header('cache-control', 'no-store')
          // Helmet's same-origin default would stop the shop's page from showing our image.
          .header('cross-origin-resource-policy', 'cross-origin')
          .type('image/gif')
          .send(PIXEL)
      );
    },
  });

  const scriptUrl = `${BASE}/script.js`;
  registerRouteInfo({ method: 'GET', url: scriptUrl, scope: 'public' });
  app.route({
    method: 'GET',
    url: scriptUrl,
    schema: { summary: 'The conversion script a website adds (data-key="pk_…")', tags },
    handler: async (_req, reply) =>
      reply
        .header('cache-control', 'public, max-age=3600')
        .header('cross-origin-resource-policy', 'cross-origin')
        .type('text/javascript; charset=utf-8')
        .send(conversionScript(`${app.ctx.config.publicUrl}${reportUrl}`)),
  });
}

/** The pixel's flat query → the same report the JSON endpoint validates, fields named alike. */
export function pixelReport(q: PixelQuery): ConversionReport {
  let value: number | undefined;
  if (q.value !== undefined && q.value !== '') {
    if (!/^\d{1,12}(\.\d{1,6})?$/.test(q.value))
      throw invalid('value', 'value is a decimal amount like 49.90');
    value = Number(q.value);
  }
  const currency = q.currency?.toUpperCase();
  if (currency !== undefined && !isValidCurrency(currency)) {
    throw invalid('currency', 'Unknown ISO 4217 currency code');
  }
  if (value !== undefined && currency === undefined)
    throw invalid('currency', 'currency is required with value');
  const utm = {
    ...(q.utm_source ? { source: q.utm_source } : {}),
    ...(q.utm_medium ? { medium: q.utm_medium } : {}),
    ...(q.utm_campaign ? { campaign: q.utm_campaign } : {}),
    ...(q.utm_content ? { content: q.utm_content } : {}),
  };
  return {
    key: q.key,
    type: q.type,
    ...(value !== undefined ? { value } : {}),
    ...(currency !== undefined ? { currency } : {}),
    ...(q.code ? { linkCode: q.code } : {}),
    ...(q.externalId ? { externalId: q.externalId } : {}),
    ...(Object.keys(utm).length ? { utm } : {}),
  };
}

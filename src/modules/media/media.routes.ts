import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../app/errors.js';
import { requirePrincipal } from '../../app/http/auth.js';
import { API, workspaceRoute } from '../../app/http/routes.js';
import { MediaService } from './media.service.js';
import { zMediaView, zUploadQuery } from './media.schemas.js';
import { MAX_MEDIA_BYTES, MEDIA_MIME_TYPES } from './media-types.js';

const tags = ['media'];
const params = { mediaId: z.string().max(64) };
const resources = { mediaId: 'media' };
const UPLOAD_URL = `${API}/workspaces/:workspaceId/media`;

/** `inline` with the uploader's file name, ASCII-safe, for "save as" in the browser. */
function contentDisposition(filename: string | null): string {
  if (!filename) return 'inline';
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Media upload (raw bytes), metadata, serving and deletion. */
export function mediaRoutes(app: FastifyInstance): void {
  const media = () => new MediaService(app.ctx);

  // Uploads are the raw file as the body, kept as a Buffer; the route's body limit allows the largest
  // kind, and the service applies the limit of the declared kind.
  app.addContentTypeParser([...MEDIA_MIME_TYPES], { parseAs: 'buffer' }, (_req, body, done) => {
    done(null, body);
  });

  // The body is parsed before the route's authentication runs; for uploads of up to 100 MB an
  // anonymous caller (or a forged cross-site post, without the CSRF token) is refused before the
  // server reads a byte of it. Membership and role are checked after, as for every workspace route.
  app.addHook('onRequest', async (req) => {
    if (req.method === 'POST' && req.routeOptions.url === UPLOAD_URL) await requirePrincipal(app.ctx, req);
  });

  workspaceRoute(app, {
    method: 'POST',
    url: '/media',
    action: 'posts.write',
    tags,
    query: zUploadQuery,
    bodyLimit: MAX_MEDIA_BYTES,
    status: 201,
    response: z.object({ data: zMediaView }),
    summary: `Upload a media file: the raw bytes as the body, Content-Type one of ${MEDIA_MIME_TYPES.join(', ')}; ?filename= names it. The same bytes again answer 200 with the existing file.`,
    handler: async ({ actor, req, query, reply }) => {
      const { media: view, created } = await media().upload(actor, {
        contentType: req.headers['content-type'],
        body: req.body,
        filename: query.filename,
      });
      if (!created) return reply.status(200).send({ data: view });
      return { data: view };
    },
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/media/:mediaId',
    action: 'posts.read',
    tags,
    params,
    resources,
    response: z.object({ data: zMediaView }),
    summary: 'What a media file is: kind, type, size, pixel size, file name',
    handler: async ({ actor, params: p }) => ({ data: await media().get(actor, p.mediaId) }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/media/:mediaId/content',
    action: 'posts.read',
    tags,
    params,
    resources,
    summary: 'The bytes of a media file, with its content type',
    handler: async ({ actor, params: p, req, reply }) => {
      const file = await media()
        .content(actor, p.mediaId, req.headers.range)
        .catch((e: unknown) => {
          // RFC 9110: a 416 tells the client the file's length.
          if (e instanceof AppError && e.code === 'range_not_satisfiable')
            reply.header('content-range', `bytes */${String(e.extra?.size)}`);
          throw e;
        });
      if (file.range) {
        reply
          .status(206)
          .header('content-range', `bytes ${file.range.start}-${file.range.end}/${file.size}`)
          .header('content-length', file.range.end - file.range.start + 1);
      } else {
        reply.header('content-length', file.size);
      }
      return (
        reply
          .type(file.mimeType)
          .header('accept-ranges', 'bytes')
          .header('content-disposition', contentDisposition(file.filename))
          // Served from our own origin: the browser must never guess another type (HTML, script).
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, max-age=3600')
          .header('etag', `"${file.sha256}"`)
          .send(file.stream)
      );
    },
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/media/:mediaId',
    action: 'posts.write',
    tags,
    params,
    resources,
    status: 204,
    summary:
      'Delete a media file (409 media_in_use while a variant past the draft stage — scheduled, published… — uses it)',
    handler: async ({ actor, params: p }) => media().remove(actor, p.mediaId),
  });
}

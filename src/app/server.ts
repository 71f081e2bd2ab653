import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { installProblemHandlers, sendProblem } from './http/problem.js';
import { MODULE_ROUTES } from './modules.js';
import { healthRoutes } from '../modules/health/health.routes.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the built single-page app lives (dist/web), from sources or from the compiled server. */
export function webRoot(): string {
  // From src/app (tsx) or dist/server/app (compiled).
  const candidates = [path.resolve(here, '../../dist/web'), path.resolve(here, '../../web')];
  return candidates.find((p) => fs.existsSync(path.join(p, 'index.html'))) ?? candidates[0]!;
}

/** Builds the HTTP server: plugins, problem handlers, every module's routes, the web app. */
export async function buildServer(
  ctx: AppContext,
  opts: { serveWeb?: boolean } = {},
): Promise<FastifyInstance> {
  // Typed as Fastify's logger so the instance keeps Fastify's default generics.
  const logger: FastifyBaseLogger = ctx.logger;
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    // Errors raised before routing (an over-long path parameter, a malformed URL) still get a problem document.
    frameworkErrors: (error, req, reply) => {
      const status = error.statusCode ?? 400;
      void sendProblem(reply, req, {
        status,
        code: status === 414 ? 'uri_too_long' : 'bad_request',
        detail: error.message,
      });
    },
  });
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installProblemHandlers(app);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine injects CSS variables in style tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // Same-origin isolation would block the swagger UI assets and downloads for no gain here.
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Presence API',
        version: '1',
        description: 'Plan, run and measure a social media presence. Errors are RFC 9457 problem documents.',
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'A personal API token (Settings → API tokens)',
          },
          cookie: { type: 'apiKey', in: 'cookie', name: 'presence_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  healthRoutes(app);
  for (const register of MODULE_ROUTES) register(app);

  if (opts.serveWeb !== false) {
    const root = webRoot();
    if (fs.existsSync(path.join(root, 'index.html'))) {
      await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: false });
      const indexHtml = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
      // Client-side routes get the app shell; unknown /api paths keep their 404 problem document.
      app.get('/*', { schema: { hide: true } }, async (req, reply) => {
        if (req.url.startsWith('/api/')) return reply.callNotFound();
        const file = path.join(root, req.url.split('?')[0] ?? '');
        if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile())
          return reply.sendFile(path.relative(root, file));
        return reply.type('text/html').header('cache-control', 'no-store').send(indexHtml);
      });
    } else {
      ctx.logger.warn({ root }, 'web app not built: run `npm run build:web` (npm start does it)');
    }
  }
  await app.ready();
  return app;
}

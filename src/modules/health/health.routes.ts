import type { FastifyInstance } from 'fastify';
import client from 'prom-client';
import { ping } from '../../db/database.js';
import { pendingMigrations } from '../../db/migrator.js';

/** Liveness, readiness and Prometheus metrics: outside /api so probes need no auth. */
export function healthRoutes(app: FastifyInstance): void {
  const ctx = app.ctx;
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'presence_' });
  const requests = new client.Counter({
    name: 'presence_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new client.Histogram({
    name: 'presence_http_request_duration_seconds',
    help: 'HTTP request duration by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.decorate('metrics', registry);

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    requests.inc({ method: req.method, route, status: String(reply.statusCode) });
    duration.observe({ method: req.method, route }, reply.elapsedTime / 1000);
  });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    const dbUp = await ping(ctx.database);
    const pending = dbUp ? await pendingMigrations(ctx.database) : [];
    const ready = dbUp && pending.length === 0;
    return reply.status(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'not_ready',
      database: { engine: ctx.database.dialect, reachable: dbUp },
      migrations: { pending },
    });
  });

  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) =>
    reply.header('content-type', registry.contentType).send(await registry.metrics()),
  );
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: client.Registry;
  }
}

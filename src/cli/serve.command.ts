import { createContext } from '../app/bootstrap.js';
import { buildServer } from '../app/server.js';
import { loadConfig } from '../config.js';
import { startJobConsumers, startWorker } from '../worker/worker.js';
import { JOB_CATALOG, WORKER_JOBS, WORKER_TASKS } from '../worker/tasks.js';
import type { Command } from './commands.js';

type ServeRole = 'all' | 'api' | 'worker';

/** Starts the web app and API, the worker, or both in one process (the embedded default). */
async function serve(role: ServeRole, port?: number): Promise<number> {
  const config = loadConfig(process.env, port !== undefined ? { port } : {});
  const ctx = await createContext(config);
  ctx.logger.info({ role, database: ctx.database.describe, mail: ctx.mailer.kind }, 'Presence starting');
  const app = role === 'worker' ? null : await buildServer(ctx);
  const worker = role === 'api' ? null : startWorker(ctx, WORKER_TASKS);
  const jobs = role === 'api' ? null : await startJobConsumers(ctx, JOB_CATALOG, WORKER_JOBS);
  if (app) {
    await app.listen({ port: config.port, host: config.host });
    ctx.logger.info(`Presence is ready at ${config.publicUrl}`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  ctx.logger.info('shutting down');
  await app?.close();
  await jobs?.stop();
  await worker?.stop();
  await ctx.close();
  return 0;
}

export const serveCommand: Command = {
  summary: 'Serve the web app and API (and the worker, by default)',
  help: `presence serve [--port N] [--role all|api|worker]

  --port N      port to listen on (default: PORT or 3000)
  --role ROLE   all (default): web, API and worker in one process, the embedded set-up
                api: web and API only, for several processes behind a load balancer
                worker: background jobs only (same as \`presence worker\`)

Environment: PORT, PRESENCE_DATA_DIR (./data), DATABASE_URL (postgres://… switches from SQLite),
PRESENCE_SECRET (key for secrets at rest), SMTP_URL, MAIL_FROM, PUBLIC_URL, LOG_LEVEL.`,
  options: { port: { type: 'string' }, role: { type: 'string', default: 'all' } },
  run: async (v) => {
    const role = String(v.role ?? 'all');
    if (role !== 'all' && role !== 'api' && role !== 'worker') {
      process.stderr.write(`--role must be all, api or worker (got ${role})\n`);
      return 1;
    }
    const port = v.port !== undefined ? Number(v.port) : undefined;
    if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
      process.stderr.write('--port must be a whole number from 0 to 65535\n');
      return 1;
    }
    return serve(role, port);
  },
};

export const workerCommand: Command = {
  summary: 'Run background jobs only (same as serve --role worker)',
  help: 'presence worker\n\nRuns the background jobs (scheduled publishing, mail, reminders) without serving HTTP.',
  options: {},
  run: async () => serve('worker'),
};

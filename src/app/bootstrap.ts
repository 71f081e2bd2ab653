import fs from 'node:fs';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import type { AppConfig } from '../config.js';
import { systemClock, type Clock } from '../core/clock.js';
import { randomToken, SecretBox } from '../core/secrets.js';
import { closeDatabase, openDatabase, type Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import { createJobQueue, startOnFirstUse } from '../modules/jobs/queue.factory.js';
import type { Mailer } from '../modules/mail/mail.port.js';
import { LogMailer, SmtpMailer } from '../modules/mail/mailers.js';
import type { AppContext } from './context.js';

/** Log paths pino blanks out wherever they appear: secrets never reach a log line. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.appPassword',
  '*.secret',
];

/** The application logger (pino) with redaction. */
export function createLogger(config: Pick<AppConfig, 'logLevel' | 'testing'>): Logger {
  return pino({
    level: config.testing ? 'silent' : config.logLevel,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  });
}

/**
 * Reads PRESENCE_SECRET, or the key file in the data dir, or creates that file (mode 0600) on first
 * start and says so: secrets at rest need a stable key across restarts.
 */
export function loadSecret(config: AppConfig, logger: Logger): string {
  if (config.secret) return config.secret;
  const file = path.join(config.dataDir, 'secret.key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = randomToken(48);
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  logger.warn(
    { file },
    'PRESENCE_SECRET is not set: generated a new key into the data directory (keep it with your backups)',
  );
  return secret;
}

/** The mail adapter for this configuration. */
export function createMailer(config: AppConfig, logger: Logger): Mailer {
  return config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new LogMailer(logger);
}

/** Opens everything the app needs, migrates the database, and returns the context plus a closer. */
export async function createContext(
  config: AppConfig,
  opts: { logger?: Logger; clock?: Clock; database?: Database; mailer?: Mailer; migrate?: boolean } = {},
): Promise<AppContext & { close(): Promise<void> }> {
  const logger = opts.logger ?? createLogger(config);
  const database =
    opts.database ??
    openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      onPoolError: (err) => logger.warn({ err }, 'PostgreSQL connection lost; the pool will reconnect'),
    });
  if (opts.migrate !== false) await migrateToLatest(database);
  const mailer = opts.mailer ?? createMailer(config, logger);
  const secrets = new SecretBox(loadSecret(config, logger));
  const clock = opts.clock ?? systemClock;
  const queue = startOnFirstUse(createJobQueue({ config, database, clock }));
  return {
    config,
    database,
    secrets,
    mailer,
    clock,
    logger,
    queue,
    close: async () => {
      await queue.stop();
      await mailer.close();
      if (!opts.database) await closeDatabase(database);
    },
  };
}

import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import type { Clock } from '../core/clock.js';
import type { SecretBox } from '../core/secrets.js';
import type { Database } from '../db/database.js';
import type { JobQueue } from '../modules/jobs/job-queue.port.js';
import type { Mailer } from '../modules/mail/mail.port.js';

/** What the composition root builds once and hands to routes and services. */
export interface AppContext {
  config: AppConfig;
  database: Database;
  secrets: SecretBox;
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
  /**
   * The durable job queue (started on first use). The API sends to it (scheduling a post); the worker
   * role consumes from the same instance, so in the embedded set-up a send wakes the consumer at once.
   */
  queue: JobQueue;
}

import path from 'node:path';
import { z } from 'zod';

/** Settings read from the environment once at start; everything else receives this object. */
export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  secret: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  publicUrl: string;
  logLevel: string;
  /** True under `npm test`: relaxes nothing security-related, only quiets logs. */
  testing: boolean;
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PRESENCE_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  PRESENCE_SECRET: z.string().min(32, 'PRESENCE_SECRET must be at least 32 characters').optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Presence <no-reply@presence.local>'),
  PUBLIC_URL: z.string().optional(),
  LOG_LEVEL: z.string().default('info'),
});

/** Parses the environment; a bad value stops the process with the variable's name. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<AppConfig> = {},
): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  const port = overrides.port ?? e.PORT;
  const databaseUrl = e.DATABASE_URL && e.DATABASE_URL.trim() !== '' ? e.DATABASE_URL : null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('Invalid environment variable DATABASE_URL: only postgres:// URLs are supported');
  }
  return {
    port,
    host: e.HOST,
    dataDir: path.resolve(e.PRESENCE_DATA_DIR),
    databaseUrl,
    secret: e.PRESENCE_SECRET ?? null,
    smtpUrl: e.SMTP_URL && e.SMTP_URL.trim() !== '' ? e.SMTP_URL : null,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    testing: false,
    ...overrides,
  };
}

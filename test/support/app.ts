import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Logger } from 'pino';
import { createContext, createLogger } from '../../src/app/bootstrap.js';
import type { AppContext } from '../../src/app/context.js';
import { buildServer } from '../../src/app/server.js';
import { loadConfig } from '../../src/config.js';
import { ManualClock, systemClock, type Clock } from '../../src/core/clock.js';
import type { Dialect } from '../../src/db/database.js';
import type { Mailer, MailMessage, MailDelivery } from '../../src/modules/mail/mail.port.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

/** A mailer that keeps messages in memory, for tests that read links from mail without SMTP. */
export class MemoryMailer implements Mailer {
  readonly kind = 'log' as const;
  readonly sent: MailMessage[] = [];
  async deliver(m: MailMessage): Promise<MailDelivery> {
    this.sent.push(m);
    return { status: 'logged' };
  }
  async close(): Promise<void> {}
  /** The last message to `to`. */
  lastTo(to: string): MailMessage | undefined {
    return [...this.sent].reverse().find((m) => m.to === to);
  }
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  db: TestDatabase;
  mailer: Mailer;
  clock: Clock;
  close(): Promise<void>;
}

/** The real server on a fresh database of `dialect`, driven with fastify.inject (no port). */
export async function createTestApp(
  dialect: Dialect = 'sqlite',
  opts: { mailer?: Mailer; clock?: Clock | 'manual'; smtpUrl?: string; logger?: Logger } = {},
): Promise<TestApp> {
  const db = await createTestDatabase(dialect);
  const config = loadConfig(
    { PRESENCE_DATA_DIR: db.dataDir, PRESENCE_SECRET: 'test-secret-test-secret-test-secret-0000' },
    { testing: true, ...(opts.smtpUrl ? { smtpUrl: opts.smtpUrl } : {}) },
  );
  const clock = opts.clock === 'manual' ? new ManualClock() : (opts.clock ?? systemClock);
  const mailer = opts.mailer ?? new MemoryMailer();
  const ctx = await createContext(config, {
    database: db.database,
    mailer,
    clock,
    logger: opts.logger ?? createLogger(config),
    migrate: false,
  });
  const app = await buildServer(ctx, { serveWeb: false });
  return {
    app,
    ctx,
    db,
    mailer,
    clock,
    close: async () => {
      await app.close();
      await ctx.close();
      await db.drop();
    },
  };
}

/** A signed-in client: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  cookie = '';
  csrf = '';
  userId = '';
  constructor(readonly app: FastifyInstance) {}

  async request(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  patch(url: string, body?: unknown) {
    return this.request('PATCH', url, body ?? {});
  }
  put(url: string, body?: unknown) {
    return this.request('PUT', url, body ?? {});
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  /** Keeps the cookie and CSRF token of a sign-in or sign-up answer. */
  adopt(res: LightMyRequestResponse): this {
    const set = res.headers['set-cookie'];
    const first = Array.isArray(set) ? set[0] : set;
    if (first) this.cookie = first.split(';')[0]!;
    const body = res.json<{ csrfToken: string; user: { id: string } }>();
    this.csrf = body.csrfToken;
    this.userId = body.user.id;
    return this;
  }
}

let counter = 0;
/** A unique e-mail per call, so tests never collide on the same database. */
export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}.${counter}@example.test`;
}

/** Signs up a new person with their own workspace; returns the client and the workspace id. */
export async function signUp(
  app: FastifyInstance,
  opts: { email?: string; name?: string; workspaceName?: string } = {},
) {
  const client = new Client(app);
  const email = opts.email ?? uniqueEmail();
  const res = await client.post('/api/v1/auth/sign-up', {
    name: opts.name ?? 'Alice Martin',
    email,
    password: 'correct horse battery',
    workspaceName: opts.workspaceName ?? 'Acme',
    timeZone: 'Europe/Paris',
    locale: 'en',
  });
  if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
  client.adopt(res);
  const workspaceId = res.json<{ workspaces: { id: string }[] }>().workspaces[0]!.id;
  return { client, email, workspaceId };
}

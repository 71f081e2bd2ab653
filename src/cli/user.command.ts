import { destination, pino } from 'pino';
import { z } from 'zod';
import { createContext, REDACT_PATHS } from '../app/bootstrap.js';
import { AppError } from '../app/errors.js';
import { loadConfig } from '../config.js';
import { zEmail } from '../modules/identity/identity.schemas.js';
import { IdentityService } from '../modules/identity/identity.service.js';
import { zLocale, zTimeZone } from '../modules/workspaces/workspaces.schemas.js';
import { WorkspacesService } from '../modules/workspaces/workspaces.service.js';
import type { Command } from './commands.js';

const zUserCreate = z.object({
  email: zEmail,
  name: z.string().trim().min(1, 'Give a name').max(120),
  workspace: z.string().trim().min(1, 'Give a workspace name').max(120).optional(),
  locale: zLocale.optional(),
  timeZone: zTimeZone.optional(),
});

/** Reads a line without echoing it, for a person typing the password at a terminal. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new Error('Cancelled'));
          return;
        }
        value = ch === '\u007f' || ch === '\b' ? value.slice(0, -1) : value + ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** Everything piped on stdin, without the final line break `echo` or a file adds. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** The password from stdin or PRESENCE_USER_PASSWORD: never argv, which any local user can read in `ps`. */
async function readPassword(fromStdin: boolean): Promise<string | null> {
  if (fromStdin) return process.stdin.isTTY ? promptHidden('Password: ') : readStdin();
  return process.env.PRESENCE_USER_PASSWORD ?? null;
}

async function createUser(v: Record<string, string | boolean | undefined>): Promise<number> {
  const parsed = zUserCreate.safeParse({
    email: v.email,
    name: v.name,
    workspace: v.workspace,
    locale: v.locale,
    timeZone: v['time-zone'],
  });
  if (!parsed.success) {
    const option = (key: PropertyKey | undefined) => (key === 'timeZone' ? 'time-zone' : String(key ?? ''));
    const lines = parsed.error.issues.map((i) => `  --${option(i.path[0])}: ${i.message}`);
    process.stderr.write(`Invalid options:\n${lines.join('\n')}\n\n${userCreateCommand.help}\n`);
    return 1;
  }
  const input = parsed.data;
  const password = await readPassword(v['password-stdin'] === true);
  if (!password) {
    process.stderr.write(
      'Give the password on stdin with --password-stdin, or in the PRESENCE_USER_PASSWORD environment variable (never on the command line).\n',
    );
    return 1;
  }

  const config = loadConfig();
  // Logs go to stderr so stdout carries only the result, for scripts.
  const logger = pino(
    { level: 'warn', redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    destination(2),
  );
  const ctx = await createContext(config, { logger });
  try {
    const user = await new IdentityService(ctx).createUser({
      email: input.email,
      name: input.name,
      password,
      locale: input.locale ?? null,
      timeZone: input.timeZone ?? null,
    });
    process.stdout.write(`Created user ${user.email} (${user.id}).\n`);
    if (input.workspace) {
      const ws = await new WorkspacesService(ctx).create(user.id, `${user.email} (presence user create)`, {
        name: input.workspace,
        ...(input.timeZone ? { timeZone: input.timeZone } : {}),
        ...(input.locale ? { locale: input.locale } : {}),
      });
      process.stdout.write(`Created workspace "${ws.name}" (${ws.id}); ${user.email} is its owner.\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      process.stderr.write(`${err.field ? `${err.field}: ` : ''}${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await ctx.close();
  }
}

export const userCreateCommand: Command = {
  summary: 'Create an account (and optionally a workspace it owns)',
  help: `presence user create --email E --name N [--password-stdin] [--workspace NAME] [--locale en|fr] [--time-zone TZ]

Creates an account that can sign in with its e-mail and password. With --workspace, also creates a
workspace of that name (with the usual departments) and makes the new account its owner.

  --email E          the e-mail address to sign in with
  --name N           the person's name
  --password-stdin   read the password from standard input (piped, or typed without echo)
  --workspace NAME   also create a workspace owned by this account
  --locale en|fr     language of the account (and of the workspace)
  --time-zone TZ     IANA time zone, e.g. Europe/Paris

Without --password-stdin the password comes from the PRESENCE_USER_PASSWORD environment variable.
There is deliberately no --password option: the command line is visible to every local user in \`ps\`.

Example:
  printf '%s' "$PASSWORD" | presence user create --email ada@example.com --name "Ada" --workspace Acme --password-stdin`,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    workspace: { type: 'string' },
    locale: { type: 'string' },
    'time-zone': { type: 'string' },
  },
  run: async (v) => createUser(v),
};

export const userCommand: Command = {
  summary: 'Manage accounts: presence user create --help',
  help: `presence user <subcommand>

  create   create an account, optionally with a workspace it owns (presence user create --help)`,
  options: {},
  run: async () => {
    process.stderr.write(`${userCommand.help}\n`);
    return 1;
  },
};

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';
import { uniqueEmail } from '../support/app.js';
import { runCli, serverOn } from './run-cli.js';

const PASSWORD = 'a long enough password';
const dirs: string[] = [];
function dataDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'presence-cli-'));
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function signIn(env: Record<string, string>, email: string, password: string) {
  const server = await serverOn(env);
  try {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email, password }),
    });
    return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
  } finally {
    await server.close();
  }
}

// Each child process loads the whole app through tsx (seconds on a busy machine): independent runs go
// in parallel and the tests get room.
const SLOW = { timeout: 120_000 };

describe('presence --help', () => {
  it('documents each new command and lists them in the usage', SLOW, async () => {
    const cases = [['user', 'create'], ['backup'], ['restore'], ['user']];
    const results = await Promise.all([
      ...cases.map((words) => runCli([...words, '--help'])),
      runCli(['--help']),
    ]);
    cases.forEach((words, i) => {
      expect(results[i]!.code, words.join(' ')).toBe(0);
      expect(results[i]!.stdout).toContain(`presence ${words.join(' ')}`);
    });
    for (const c of ['user create', 'backup', 'restore'])
      expect(results[cases.length]!.stdout).toContain(`presence ${c}`);
  });
});

describe('presence user create on SQLite', () => {
  it('creates a person who owns a new workspace and can sign in through the API', SLOW, async () => {
    const env = { PRESENCE_DATA_DIR: dataDir() };
    const email = uniqueEmail('cli');
    const res = await runCli(
      [
        'user',
        'create',
        '--email',
        email.toUpperCase(),
        '--name',
        'Ada Lovelace',
        '--workspace',
        'Analytical',
        '--locale',
        'fr',
        '--time-zone',
        'Europe/Paris',
        '--password-stdin',
      ],
      { env, stdin: `${PASSWORD}\n` },
    );
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain(`Created user ${email}`);
    expect(res.stdout).toContain('Created workspace "Analytical"');
    expect(res.stdout).not.toContain(PASSWORD);
    const session = await signIn(env, email, PASSWORD);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({
      email,
      name: 'Ada Lovelace',
      locale: 'fr',
      timeZone: 'Europe/Paris',
    });
    expect(session.body.workspaces).toMatchObject([{ name: 'Analytical', role: 'owner' }]);
  });

  it('reads the password from PRESENCE_USER_PASSWORD without --password-stdin', SLOW, async () => {
    const env = { PRESENCE_DATA_DIR: dataDir() };
    const email = uniqueEmail('cli');
    const res = await runCli(['user', 'create', '--email', email, '--name', 'Grace'], {
      env: { ...env, PRESENCE_USER_PASSWORD: PASSWORD },
    });
    expect(res.code, res.stderr).toBe(0);
    const session = await signIn(env, email, PASSWORD);
    expect(session.status).toBe(200);
    expect(session.body.workspaces).toEqual([]);
  });

  it(
    'refuses a password on the command line, a missing password, bad options and a taken e-mail',
    SLOW,
    async () => {
      const env = { PRESENCE_DATA_DIR: dataDir() };
      const email = uniqueEmail('cli');
      const [argv, none, bad, short] = await Promise.all([
        runCli(['user', 'create', '--email', email, '--name', 'X', '--password', PASSWORD], { env }),
        runCli(['user', 'create', '--email', email, '--name', 'X'], { env }),
        runCli(['user', 'create', '--email', 'nope', '--name', 'X', '--time-zone', 'Mars/Base'], {
          env: { ...env, PRESENCE_USER_PASSWORD: PASSWORD },
        }),
        runCli(['user', 'create', '--email', email, '--name', 'X', '--password-stdin'], {
          env,
          stdin: 'short',
        }),
      ]);
      expect(argv.code).toBe(1);
      expect(argv.stderr).toContain("Unknown option '--password'");
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('PRESENCE_USER_PASSWORD');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('--email');
      expect(bad.stderr).toContain('--time-zone');
      expect(short.code).toBe(1);
      expect(short.stderr).toContain('password');
      const first = await runCli(['user', 'create', '--email', email, '--name', 'X', '--password-stdin'], {
        env,
        stdin: PASSWORD,
      });
      expect(first.code, first.stderr).toBe(0);
      const again = await runCli(['user', 'create', '--email', email, '--name', 'Y', '--password-stdin'], {
        env,
        stdin: PASSWORD,
      });
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already exists');
    },
  );
});

describe('presence user create on PostgreSQL', () => {
  let db: TestDatabase;
  afterAll(async () => db?.drop());

  it('creates the person and their workspace in the database named by DATABASE_URL', SLOW, async () => {
    db = await createTestDatabase('postgres');
    const env = { DATABASE_URL: db.url!, PRESENCE_DATA_DIR: dataDir() };
    const email = uniqueEmail('cli-pg');
    const res = await runCli(
      ['user', 'create', '--email', email, '--name', 'Pg Person', '--workspace', 'Pg Co', '--password-stdin'],
      {
        env,
        stdin: PASSWORD,
      },
    );
    expect(res.code, res.stderr).toBe(0);
    const session = await signIn(env, email, PASSWORD);
    expect(session.status).toBe(200);
    expect(session.body.workspaces).toMatchObject([{ name: 'Pg Co', role: 'owner' }]);
  });
});

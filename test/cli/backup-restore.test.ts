import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, serverOn } from './run-cli.js';

const PASSWORD = 'a long enough password';
// Each child process loads the whole app through tsx: seconds on a busy machine.
const SLOW = { timeout: 180_000 };
let dir: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presence-backup-'));
  env = { PRESENCE_DATA_DIR: path.join(dir, 'data') };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const createUser = (email: string) =>
  runCli(['user', 'create', '--email', email, '--name', email.split('@')[0]!, '--password-stdin'], {
    env,
    stdin: PASSWORD,
  });

async function canSignIn(email: string): Promise<boolean> {
  const server = await serverOn(env);
  try {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.8.0.${Math.floor(Math.random() * 250)}`,
      },
      payload: JSON.stringify({ email, password: PASSWORD }),
    });
    return res.statusCode === 200;
  } finally {
    await server.close();
  }
}

describe('presence backup and restore on SQLite', () => {
  it('backs up while the server runs and writes, then restore brings the data back', SLOW, async () => {
    expect((await createUser('before@example.test')).code).toBe(0);
    const file = path.join(dir, 'backups', 'presence-1.sqlite');

    // A running server holding the database open and writing during the backup.
    const server = await serverOn(env);
    const writes = (async () => {
      for (let i = 0; i < 20; i += 1) {
        await server.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.0.${i}` },
          payload: JSON.stringify({ email: 'before@example.test', password: PASSWORD }),
        });
      }
    })();
    const backup = await runCli(['backup', file], { env });
    await writes;
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`Backed up`);
    expect(backup.stdout).toContain('PRESENCE_SECRET');

    // Restoring under a running server is refused and changes nothing.
    const refused = await runCli(['restore', file], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('in use');
    await server.close();

    expect((await runCli(['backup', file], { env })).code).toBe(1); // exists: needs --force
    expect((await createUser('after@example.test')).code).toBe(0);
    expect(await canSignIn('after@example.test')).toBe(true);

    const restored = await runCli(['restore', file], { env });
    expect(restored.code, restored.stderr).toBe(0);
    const aside = /kept at (\S+presence\.sqlite\.before-restore-\d{8}T\d{6}Z)\./.exec(restored.stdout)?.[1];
    expect(aside, restored.stdout).toBeDefined();
    expect(fs.existsSync(aside!)).toBe(true);

    expect(await canSignIn('before@example.test')).toBe(true);
    expect(await canSignIn('after@example.test')).toBe(false);
    // The database moved aside still holds what the restore replaced.
    const old = new SQLite(aside, { readonly: true });
    expect(old.prepare('select count(*) as n from users where email = ?').get('after@example.test')).toEqual({
      n: 1,
    });
    old.close();
    // The backup file is a single self-contained file, untouched by the restore.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it(
    'refuses files that are not a usable Presence database, leaving the current one in place',
    SLOW,
    async () => {
      const current = fs.readFileSync(path.join(env.PRESENCE_DATA_DIR!, 'presence.sqlite'));
      const text = path.join(dir, 'notes.txt');
      fs.writeFileSync(text, 'these are not the droids you are looking for\n'.repeat(200));
      const foreign = path.join(dir, 'foreign.sqlite');
      const f = new SQLite(foreign);
      f.exec('create table t (x integer)');
      f.close();
      const newer = path.join(dir, 'newer.sqlite');
      expect((await runCli(['backup', newer], { env })).code).toBe(0);
      const n = new SQLite(newer);
      n.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run(
        '29991231000000_from_the_future',
        new Date().toISOString(),
      );
      n.close();

      const cases = [
        [text, 'not a SQLite database'],
        [foreign, 'not a Presence database'],
        [newer, 'newer version of Presence'],
        [path.join(dir, 'missing.sqlite'), 'No backup file'],
      ] as const;
      const results = await Promise.all(cases.map(([file]) => runCli(['restore', file], { env })));
      cases.forEach(([file, reason], i) => {
        expect(results[i]!.code, file).toBe(1);
        expect(results[i]!.stderr, file).toContain(reason);
      });
      expect(fs.readFileSync(path.join(env.PRESENCE_DATA_DIR!, 'presence.sqlite')).equals(current)).toBe(
        true,
      );
      expect(fs.readdirSync(env.PRESENCE_DATA_DIR!).filter((x) => x.includes('restoring'))).toEqual([]);
    },
  );

  it('asks for exactly one file', SLOW, async () => {
    const [none, two] = await Promise.all([
      runCli(['backup'], { env }),
      runCli(['restore', 'a', 'b'], { env }),
    ]);
    expect(none.code).toBe(1);
    expect(two.code).toBe(1);
  });
});

describe('presence backup and restore on PostgreSQL', () => {
  it('explains pg_dump and pg_restore and exits 2, without printing the password', SLOW, async () => {
    const pgEnv = {
      DATABASE_URL: 'postgres://presence:s3cret@db.internal:5432/presence',
      PRESENCE_DATA_DIR: dir,
    };
    const results = await Promise.all(
      ['backup', 'restore'].map((c) => runCli([c, 'presence.dump'], { env: pgEnv })),
    );
    for (const res of results) {
      expect(res.code).toBe(2);
      expect(res.stdout).toContain('pg_dump --format=custom');
      expect(res.stdout).toContain('pg_restore');
      expect(res.stdout).toContain('"$DATABASE_URL"');
      expect(res.stdout).not.toContain('s3cret');
    }
  });
});

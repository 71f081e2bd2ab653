import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type Dialect } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrator.js';

/** The PostgreSQL server tests use; CI starts it (see .ci/run). */
export const PG_ADMIN_URL = process.env.PRESENCE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Both engines; every repository suite runs once per entry. */
export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  database: Database;
  /** For PostgreSQL, the URL of the fresh database (for child processes). */
  url: string | null;
  dataDir: string;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of the given engine: a temp SQLite file, or a new PostgreSQL database
 * created for this test file and dropped after. PostgreSQL being down fails the test: it never skips.
 */
export async function createTestDatabase(
  dialect: Dialect,
  opts: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'presence-test-'));
  if (dialect === 'sqlite') {
    const database = openDatabase({ databaseUrl: null, dataDir });
    if (opts.migrate !== false) await migrateToLatest(database);
    return {
      database,
      url: null,
      dataDir,
      drop: async () => {
        await database.db.destroy();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `presence_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  // Dropping the database terminates any connection still idle in the pool (57P01): expected here.
  const database = openDatabase({
    databaseUrl: url.toString(),
    dataDir,
    onPoolError: (err) => {
      if ((err as Error & { code?: string }).code !== '57P01')
        process.stderr.write(`pool error: ${err.message}\n`);
    },
  });
  if (opts.migrate !== false) await migrateToLatest(database);
  return {
    database,
    url: url.toString(),
    dataDir,
    drop: async () => {
      await database.db.destroy();
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      try {
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.end();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

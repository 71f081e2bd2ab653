import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

/** The database handle every repository receives: Kysely plus which engine is behind it. */
export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** A label for logs and /readyz, never the password. */
  describe: string;
  /** The raw better-sqlite3 handle on the SQLite engine (online backup); absent on PostgreSQL. */
  sqlite?: SQLite.Database;
  destroy(): Promise<void>;
}

// pg returns timestamptz as Date and int8 as string; repositories expect ISO strings and numbers
// on both engines, so we normalise at the driver instead of in every query.
pg.types.setTypeParser(1184, (v) => new Date(v).toISOString()); // timestamptz
pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString()); // timestamp
pg.types.setTypeParser(20, (v) => Number(v)); // int8
pg.types.setTypeParser(1700, (v) => Number(v)); // numeric
pg.types.setTypeParser(3802, (v) => v); // jsonb stays text: repositories parse JSON on both engines
pg.types.setTypeParser(114, (v) => v); // json

/** Opens SQLite under the data dir, or PostgreSQL when a postgres:// URL is given. */
export function openDatabase(opts: {
  databaseUrl: string | null;
  dataDir: string;
  sqliteFile?: string;
  /** Told when an idle pooled connection dies (server restart, admin termination). */
  onPoolError?: (err: Error) => void;
}): Database {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // Without a listener, pg re-throws an idle connection's error and the process dies; the pool
    // replaces the connection on the next query, so logging is the right answer.
    pool.on('error', (err) => {
      if (opts.onPoolError) opts.onPoolError(err);
      else process.stderr.write(`PostgreSQL connection lost: ${err.message}\n`);
    });
    const url = new URL(opts.databaseUrl);
    return {
      db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
      describe: `postgres://${url.hostname}:${url.port || 5432}${url.pathname}`,
      destroy: async () => {
        /* Kysely.destroy ends the pool */
      },
    };
  }
  const file = opts.sqliteFile ?? path.join(opts.dataDir, 'presence.sqlite');
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return {
    db: new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) }),
    dialect: 'sqlite',
    describe: `sqlite:${file}`,
    sqlite,
    destroy: async () => {
      /* Kysely.destroy closes the file */
    },
  };
}

/** Closes the handle; safe to call twice. */
export async function closeDatabase(database: Database): Promise<void> {
  await database.db.destroy();
}

/** True when the database answers a trivial query. */
export async function ping(database: Database): Promise<boolean> {
  try {
    await sql`select 1`.execute(database.db);
    return true;
  } catch {
    return false;
  }
}

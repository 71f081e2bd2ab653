import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../db/database.js';
import { pendingMigrations } from '../db/migrator.js';

/** The SQLite file under the data directory (the same name `openDatabase` uses by default). */
export function sqlitePath(dataDir: string): string {
  return path.join(dataDir, 'presence.sqlite');
}

/** `20260115T090000Z`: sortable and safe in a file name on every system. */
export function fileTimestamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Names of every migration this build knows: what an empty database would still have to apply. */
export async function knownMigrations(): Promise<string[]> {
  const empty = openDatabase({ databaseUrl: null, dataDir: '', sqliteFile: ':memory:' });
  try {
    return await pendingMigrations(empty);
  } finally {
    await closeDatabase(empty);
  }
}

export type BackupCheck = { ok: true; applied: string[]; missing: string[] } | { ok: false; reason: string };

/**
 * Whether `file` is a Presence SQLite database this build can run: readable by SQLite, passing
 * integrity_check, with a migration table, and no migration newer than this build knows.
 */
export function checkPresenceDatabase(file: string, known: readonly string[]): BackupCheck {
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { fileMustExist: true, timeout: 0 });
  } catch (err) {
    return { ok: false, reason: `cannot open it: ${(err as Error).message}` };
  }
  try {
    let integrity: unknown;
    try {
      integrity = db.pragma('integrity_check', { simple: true });
    } catch (err) {
      return { ok: false, reason: `it is not a SQLite database (${(err as Error).message})` };
    }
    if (integrity !== 'ok') return { ok: false, reason: `integrity_check failed: ${String(integrity)}` };
    const table = db
      .prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    if (!table) return { ok: false, reason: 'it has no kysely_migration table: not a Presence database' };
    const applied = (
      db.prepare('select name from kysely_migration order by name').all() as { name: string }[]
    ).map((r) => r.name);
    const unknown = applied.filter((name) => !known.includes(name));
    if (unknown.length) {
      return {
        ok: false,
        reason: `it was made by a newer version of Presence (unknown migrations: ${unknown.join(', ')}); upgrade Presence first`,
      };
    }
    return { ok: true, applied, missing: known.filter((name) => !applied.includes(name)) };
  } finally {
    db.close();
  }
}

/**
 * Takes the database for ourselves, or says who has it. Every Presence process (serve, worker, a CLI
 * command) keeps the file open, and SQLite refuses an exclusive lock while any connection exists, in
 * any process: a lock file could go stale after a crash, the lock cannot. While we hold the lock we
 * fold the write-ahead log into the file and leave WAL mode, so the file alone is the whole database.
 */
export function detachDatabase(file: string): 'detached' | 'in-use' {
  const db = new SQLite(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    return 'detached';
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) return 'in-use';
    throw err;
  } finally {
    db.close();
  }
}

/** Removes a SQLite file and the sidecar files SQLite may have left beside it. */
export function removeSqliteFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/** What to run instead on PostgreSQL, where the server's own tools do online backups best. */
export function postgresAdvice(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return `Presence is using PostgreSQL (${url.toString()}): back it up and restore it with PostgreSQL's tools.

  Backup (online, consistent, while Presence runs):
    pg_dump --format=custom --no-owner --file=presence.dump "$DATABASE_URL"

  Restore (stop Presence first; replaces the objects of the dump in that database):
    pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$DATABASE_URL" presence.dump

Keep PRESENCE_SECRET (or the data directory's secret.key) with your backups: it decrypts the secrets
stored in the database.
`;
}

import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../config.js';
import { closeDatabase, openDatabase } from '../db/database.js';
import type { Command } from './commands.js';
import {
  checkPresenceDatabase,
  knownMigrations,
  postgresAdvice,
  removeSqliteFiles,
  sqlitePath,
} from './sqlite-files.js';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Copies the live SQLite database with SQLite's online backup, safe while the server is running. */
async function backupSqlite(dataDir: string, target: string, force: boolean): Promise<number> {
  const source = sqlitePath(dataDir);
  if (!fs.existsSync(source)) {
    process.stderr.write(`No database at ${source}: nothing to back up (check PRESENCE_DATA_DIR).\n`);
    return 1;
  }
  if (fs.existsSync(target) && !force) {
    process.stderr.write(`${target} already exists; choose another name or pass --force to replace it.\n`);
    return 1;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Written beside the target and renamed at the end, so a failed backup never leaves a half file
  // under the name the operator asked for.
  const partial = `${target}.partial-${process.pid}`;
  const database = openDatabase({ databaseUrl: null, dataDir });
  try {
    if (!database.sqlite) throw new Error('The SQLite handle is missing');
    // In WAL mode readers see one snapshot and never block the server's writers, so copying in as
    // few steps as possible gives a consistent copy without restarts.
    await database.sqlite.backup(partial, {
      progress: ({ remainingPages }) => Math.max(remainingPages, 100),
    });
  } catch (err) {
    removeSqliteFiles(partial);
    throw err;
  } finally {
    await closeDatabase(database);
  }
  // A self-contained file: leave WAL mode so copying the one file copies everything.
  const copy = new SQLite(partial);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const check = checkPresenceDatabase(partial, await knownMigrations());
  if (!check.ok) {
    removeSqliteFiles(partial);
    process.stderr.write(`The copy failed its check: ${check.reason}\n`);
    return 1;
  }
  fs.renameSync(partial, target);
  process.stdout.write(
    `Backed up ${source} to ${target} (${megabytes(fs.statSync(target).size)}, ${check.applied.length} migrations applied).
Keep PRESENCE_SECRET (or ${path.join(dataDir, 'secret.key')}) with it: it decrypts the secrets stored inside.
Restore with: presence restore ${target}
`,
  );
  return 0;
}

export const backupCommand: Command = {
  summary: 'Back up the SQLite database while Presence runs (PostgreSQL: prints pg_dump use)',
  help: `presence backup <file> [--force]

Writes a consistent copy of the SQLite database (PRESENCE_DATA_DIR/presence.sqlite) to <file> with
SQLite's online backup: the server may keep running and writing. The copy is one self-contained file,
checked with integrity_check before it takes its final name.

  --force   replace <file> if it exists

Keep PRESENCE_SECRET (or the data directory's secret.key) with your backups: without it the secrets
stored in the database (network tokens, SMTP passwords) cannot be decrypted.

With DATABASE_URL set (PostgreSQL) nothing is copied: the command prints how to use pg_dump and
pg_restore and exits with status 2.`,
  options: { force: { type: 'boolean' } },
  run: async (v, positionals) => {
    const config = loadConfig();
    if (config.databaseUrl) {
      process.stdout.write(postgresAdvice(config.databaseUrl));
      return 2;
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length) {
      process.stderr.write(`Give exactly one file to write.\n\n${backupCommand.help}\n`);
      return 1;
    }
    return backupSqlite(config.dataDir, path.resolve(file), v.force === true);
  },
};

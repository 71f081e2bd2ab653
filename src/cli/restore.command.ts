import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import type { Command } from './commands.js';
import {
  checkPresenceDatabase,
  detachDatabase,
  fileTimestamp,
  knownMigrations,
  postgresAdvice,
  removeSqliteFiles,
  sqlitePath,
} from './sqlite-files.js';

/** Puts a backup in place of the SQLite database, keeping the current one aside. */
async function restoreSqlite(dataDir: string, backup: string): Promise<number> {
  if (!fs.existsSync(backup) || !fs.statSync(backup).isFile()) {
    process.stderr.write(`No backup file at ${backup}.\n`);
    return 1;
  }
  const target = sqlitePath(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  // Checked on a copy in the data directory: the backup itself is never modified, and the final
  // rename stays on one file system, so it is atomic.
  const staged = `${target}.restoring-${process.pid}`;
  removeSqliteFiles(staged);
  fs.copyFileSync(backup, staged);
  const check = checkPresenceDatabase(staged, await knownMigrations());
  if (!check.ok) {
    removeSqliteFiles(staged);
    process.stderr.write(`Refusing to restore ${backup}: ${check.reason}.\n`);
    return 1;
  }

  let aside: string | null = null;
  try {
    if (fs.existsSync(target)) {
      if (detachDatabase(target) === 'in-use') {
        process.stderr.write(
          `The database ${target} is in use: stop \`presence serve\` and every worker or other presence command using this data directory, then run the restore again.\n`,
        );
        return 1;
      }
      aside = `${target}.before-restore-${fileTimestamp(new Date())}`;
      fs.renameSync(target, aside);
    }
    // Sidecar files of the old database must not be replayed into the restored one.
    removeSqliteFiles(target);
    fs.renameSync(staged, target);
  } finally {
    if (fs.existsSync(staged)) removeSqliteFiles(staged);
  }

  process.stdout.write(`Restored ${backup} into ${target}.\n`);
  if (aside) process.stdout.write(`The previous database is kept at ${aside}.\n`);
  if (check.missing.length) {
    process.stdout.write(
      `The backup predates ${check.missing.length} migration(s); they are applied when Presence starts (or run \`presence migrate\`).\n`,
    );
  }
  process.stdout.write(
    'Use the PRESENCE_SECRET (or secret.key) that was in use when the backup was made, or stored secrets cannot be decrypted.\n',
  );
  return 0;
}

export const restoreCommand: Command = {
  summary: 'Replace the SQLite database with a backup (the server must be stopped)',
  help: `presence restore <file>

Checks that <file> is a Presence SQLite database (integrity_check, a kysely_migration table, no migration
newer than this version knows), moves the current database aside as
presence.sqlite.before-restore-<timestamp> in PRESENCE_DATA_DIR, and puts the backup in its place.
Backups made by an older version are fine: the missing migrations run when Presence starts.

Stop the server and the workers first. The command refuses while any process has the database open:
it asks SQLite for an exclusive lock, which SQLite grants only when no other connection exists (this
needs no pid file, and a crashed server leaves no stale lock behind).

With DATABASE_URL set (PostgreSQL) nothing is changed: the command prints how to use pg_restore and exits
with status 2.`,
  options: {},
  run: async (_v, positionals) => {
    const config = loadConfig();
    if (config.databaseUrl) {
      process.stdout.write(postgresAdvice(config.databaseUrl));
      return 2;
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length) {
      process.stderr.write(`Give exactly one backup file.\n\n${restoreCommand.help}\n`);
      return 1;
    }
    return restoreSqlite(config.dataDir, path.resolve(file));
  },
};

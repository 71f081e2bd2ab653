import { loadConfig } from '../config.js';
import { closeDatabase, openDatabase } from '../db/database.js';
import { migrateToLatest, pendingMigrations } from '../db/migrator.js';
import type { Command } from './commands.js';

export const migrateCommand: Command = {
  summary: 'Apply pending database migrations (serve also does it at start)',
  help: `presence migrate [--status]

Applies every pending migration to the database named by DATABASE_URL (PostgreSQL) or the SQLite file
under PRESENCE_DATA_DIR. With --status, lists pending migrations and changes nothing.`,
  options: { status: { type: 'boolean' } },
  run: async (v) => {
    const config = loadConfig();
    const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      if (v.status) {
        const pending = await pendingMigrations(database);
        process.stdout.write(
          pending.length ? `Pending:\n${pending.map((p) => `  ${p}`).join('\n')}\n` : 'Up to date.\n',
        );
        return 0;
      }
      const result = await migrateToLatest(database);
      const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
      process.stdout.write(
        applied.length ? `Applied:\n${applied.map((p) => `  ${p}`).join('\n')}\n` : 'Up to date.\n',
      );
      return 0;
    } finally {
      await closeDatabase(database);
    }
  },
};

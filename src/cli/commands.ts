import type { ParseArgsConfig } from 'node:util';
import { serveCommand, workerCommand } from './serve.command.js';
import { migrateCommand } from './migrate.command.js';
import { backupCommand } from './backup.command.js';
import { restoreCommand } from './restore.command.js';
import { userCommand, userCreateCommand } from './user.command.js';

/** A CLI command: its options (node:util parseArgs), one-line summary, full help, and body. */
export interface Command {
  summary: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

/** Every command by name; two-word commands (`user create`) are keyed with their space. */
export const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  worker: workerCommand,
  migrate: migrateCommand,
  user: userCommand,
  'user create': userCreateCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

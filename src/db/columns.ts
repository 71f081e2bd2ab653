import { PostgresAdapter, type Kysely } from 'kysely';
import type { Dialect } from './database.js';

/**
 * Column types that mean the same thing on both engines. Timestamps are ISO-8601 UTC strings in the
 * application (text on SQLite, timestamptz on PostgreSQL); JSON is text on SQLite and jsonb on PostgreSQL;
 * booleans are integers 0/1 on both so repositories never branch on the engine.
 */
export interface ColumnTypes {
  id: 'text';
  timestamp: 'text' | 'timestamptz';
  json: 'text' | 'jsonb';
  bigint: 'integer' | 'bigint';
}

/** Which engine a Kysely instance talks to, for migrations that need engine-specific DDL. */
export function dialectOf(db: Kysely<unknown>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The column types for the engine behind `db`. */
export function columnTypes(db: Kysely<unknown>): ColumnTypes {
  const pg = dialectOf(db) === 'postgres';
  return {
    id: 'text',
    timestamp: pg ? 'timestamptz' : 'text',
    json: pg ? 'jsonb' : 'text',
    bigint: pg ? 'bigint' : 'integer',
  };
}

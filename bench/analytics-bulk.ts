// Bulk loading for the analytics benchmark: a million rows must go in within seconds, which neither the
// repositories (one statement per row) nor Kysely's multi-row inserts (a parameter per value) allow.
// SQLite: one prepared statement run per row inside a transaction on the raw better-sqlite3 handle.
// PostgreSQL: one `insert … select * from unnest($1::text[], …)` per chunk, a parameter per column.
import { sql } from 'kysely';
import type { Database } from '../src/db/database.js';

/** The PostgreSQL array type a column's values are sent as (SQLite stores them as they come). */
export type ColumnType = 'text' | 'timestamptz' | 'jsonb' | 'integer' | 'bigint' | 'float8';

export interface TableSpec {
  table: string;
  columns: readonly (readonly [name: string, type: ColumnType])[];
}

type Value = string | number | null;

/** Rows as positional arrays in the order of `spec.columns`: no object per row, no key lookups. */
export class BulkWriter {
  readonly #database: Database;
  readonly #chunk: number;
  #pending = new Map<TableSpec, Value[][]>();
  #superuser: boolean | undefined;
  /** Rows written per table, for the generation summary. */
  readonly counts = new Map<string, number>();
  /** Milliseconds spent writing per table. */
  readonly ms = new Map<string, number>();

  constructor(database: Database, chunk = 5_000) {
    this.#database = database;
    this.#chunk = chunk;
  }

  /** Queues a row; the table's queue is written once it holds a chunk. */
  async add(spec: TableSpec, row: Value[]): Promise<void> {
    const rows = this.#pending.get(spec) ?? [];
    rows.push(row);
    this.#pending.set(spec, rows);
    if (rows.length >= this.#chunk) await this.#write(spec);
  }

  /** Writes what is queued for `spec` (call before rows of another table reference these). */
  async flush(spec: TableSpec): Promise<void> {
    await this.#write(spec);
  }

  async #write(spec: TableSpec): Promise<void> {
    const t0 = performance.now();
    try {
      await this.#writeRows(spec);
    } finally {
      this.ms.set(spec.table, (this.ms.get(spec.table) ?? 0) + performance.now() - t0);
    }
  }

  async #writeRows(spec: TableSpec): Promise<void> {
    const rows = this.#pending.get(spec) ?? [];
    if (rows.length === 0) return;
    this.#pending.set(spec, []);
    this.counts.set(spec.table, (this.counts.get(spec.table) ?? 0) + rows.length);
    const { sqlite } = this.#database;
    if (this.#database.dialect === 'sqlite' && sqlite) {
      const names = spec.columns.map(([n]) => n).join(', ');
      const marks = spec.columns.map(() => '?').join(', ');
      const stmt = sqlite.prepare(`insert into ${spec.table} (${names}) values (${marks})`);
      sqlite.transaction((all: Value[][]) => {
        for (const r of all) stmt.run(r);
      })(rows);
      return;
    }
    if (this.#database.dialect === 'sqlite') {
      // No raw handle: Kysely batches small enough for SQLite's parameter limit.
      for (let i = 0; i < rows.length; i += 500) {
        const values = rows.slice(i, i + 500).map((r) => sql`(${sql.join(r.map((v) => sql`${v}`))})`);
        await sql`insert into ${sql.table(spec.table)} (${sql.join(spec.columns.map(([n]) => sql.ref(n)))}) values ${sql.join(values)}`.execute(
          this.#database.db,
        );
      }
      return;
    }
    // pg turns a JS array into an array literal; each column travels as one typed array parameter.
    const arrays = spec.columns.map(
      ([, type], c) => sql`${rows.map((r) => r[c] ?? null)}::${sql.raw(type)}[]`,
    );
    const insert = sql`insert into ${sql.table(spec.table)} (${sql.join(spec.columns.map(([n]) => sql.ref(n)))}) select * from unnest(${sql.join(arrays)})`;
    this.#superuser ??= await sql<{ on: string }>`select current_setting('is_superuser') as on`
      .execute(this.#database.db)
      .then((r) => r.rows[0]?.on === 'on');
    if (!this.#superuser) {
      await insert.execute(this.#database.db);
      return;
    }
    // Foreign keys are row triggers on PostgreSQL: three checks per snapshot row would dominate the
    // load. The generator writes parents first, so the replica role (no triggers) changes nothing else.
    await this.#database.db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await insert.execute(trx);
    });
  }
}

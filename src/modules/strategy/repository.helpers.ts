import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Strategy tables whose rows keep a display order. */
export type PositionedTable =
  | 'strategy_objectives'
  | 'strategy_audiences'
  | 'strategy_existing_actions'
  | 'strategy_value_added'
  | 'strategy_network_choices'
  | 'strategy_content_pillars'
  | 'strategy_indicators'
  | 'strategy_actions'
  | 'strategy_obstacles';

/** The position after the last row: new items go to the end of their list. */
export async function nextPosition(
  db: Kysely<DB>,
  table: PositionedTable,
  workspaceId: string,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('position').as('max'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  const max = row?.max;
  return max === null || max === undefined ? 0 : Number(max) + 1;
}

/** A JSON text column holding a list of strings; anything else reads as empty. */
export function parseStringList(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** 0/1 column → boolean. */
export const flag = (n: number): boolean => n === 1;
/** boolean → 0/1 column. */
export const bit = (b: boolean): number => (b ? 1 : 0);

import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Scope } from './indicator.types.js';

/**
 * A scope as the repositories apply it: the scope of the contract, optionally narrowed to one network
 * (a strategy indicator of an objective that names a network).
 */
export interface FactScope extends Scope {
  network?: string | null;
}

/** The network a scope narrows to: its own id for a network scope, else the optional narrowing. */
export function networkOf(scope: FactScope): string | null {
  return scope.kind === 'network' ? (scope.id ?? null) : (scope.network ?? null);
}

/** Whether costs can be attributed on this scope (not by network, except campaigns; never by pillar). */
export function costAttributable(scope: FactScope): boolean {
  return scope.kind !== 'pillar' && networkOf(scope) === null;
}

const TRUE = sql<SqlBool>`1 = 1`;

/**
 * The condition a row belongs to the scope, over a post (alias columns given) and a network
 * condition. Rows without a post (a deleted post's link) belong to the workspace scope only.
 */
export function postScopeSql(
  scope: FactScope,
  workspaceId: string,
  cols: {
    objectiveId: string;
    actionId: string;
    pillarId: string;
    onNetwork: (network: string) => RawBuilder<SqlBool>;
  },
): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [];
  const id = scope.id ?? '';
  if (scope.kind === 'objective')
    parts.push(
      sql<SqlBool>`(${sql.ref(cols.objectiveId)} = ${id} or ${sql.ref(cols.actionId)} in (select sa.id from strategy_actions sa where sa.workspace_id = ${workspaceId} and sa.objective_id = ${id}))`,
    );
  if (scope.kind === 'action') parts.push(sql<SqlBool>`${sql.ref(cols.actionId)} = ${id}`);
  if (scope.kind === 'pillar') parts.push(sql<SqlBool>`${sql.ref(cols.pillarId)} = ${id}`);
  const network = networkOf(scope);
  if (network !== null) parts.push(cols.onNetwork(network));
  if (parts.length === 0) return TRUE;
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/**
 * The condition a budget line or campaign belongs to the scope: its objective, or one of the
 * objective's actions; its action. Network narrowing applies to campaigns only (`networkCol`).
 */
export function costScopeSql(
  scope: FactScope,
  workspaceId: string,
  table: string,
  networkCol: string | null,
): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [];
  const id = scope.id ?? '';
  const col = (c: string) => sql.ref(`${table}.${c}`);
  if (scope.kind === 'objective')
    parts.push(
      sql<SqlBool>`(${col('objective_id')} = ${id} or ${col('action_id')} in (select sa.id from strategy_actions sa where sa.workspace_id = ${workspaceId} and sa.objective_id = ${id}))`,
    );
  if (scope.kind === 'action') parts.push(sql<SqlBool>`${col('action_id')} = ${id}`);
  const network = networkOf(scope);
  if (network !== null && networkCol) parts.push(sql<SqlBool>`${col(networkCol)} = ${network}`);
  if (parts.length === 0) return TRUE;
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

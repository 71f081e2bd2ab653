/** URL builders for the API, so pages never concatenate paths by hand. */
export const API = '/api/v1';

/** `/api/v1/workspaces/:ws` followed by `path`. */
export function wsPath(workspaceId: string, path = ''): string {
  return `${API}/workspaces/${encodeURIComponent(workspaceId)}${path}`;
}

/** A query string from the defined, non-empty values of `params` (with the leading `?`, or ''). */
export function queryString(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** TanStack Query keys, one place, so invalidation after a change hits every reader. */
export const keys = {
  session: ['session'] as const,
  workspace: (ws: string) => ['workspace', ws] as const,
  members: (ws: string) => ['workspace', ws, 'members'] as const,
  departments: (ws: string) => ['workspace', ws, 'departments'] as const,
  invitations: (ws: string) => ['workspace', ws, 'invitations'] as const,
  outbox: (ws: string) => ['workspace', ws, 'outbox'] as const,
  audit: (ws: string, filters: Record<string, string>) => ['workspace', ws, 'audit', filters] as const,
  apiTokens: (ws: string) => ['workspace', ws, 'api-tokens'] as const,
  invitation: (token: string) => ['invitation', token] as const,
};

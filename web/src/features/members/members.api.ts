import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post } from '../../api/client.js';
import { keys, wsPath } from '../../api/paths.js';
import type { DataOf, Department, Invitation, Locale, Member, Role } from '../../api/types.js';

/** GET /members (members.read). */
export function useMembers(ws: string, enabled = true) {
  return useQuery({
    queryKey: keys.members(ws),
    queryFn: () => get<DataOf<Member[]>>(wsPath(ws, '/members')),
    enabled,
  });
}

/** GET /departments (members.read). */
export function useDepartments(ws: string, enabled = true) {
  return useQuery({
    queryKey: keys.departments(ws),
    queryFn: () => get<DataOf<Department[]>>(wsPath(ws, '/departments')),
    enabled,
  });
}

/** GET /invitations (members.invite). */
export function useInvitations(ws: string, enabled = true) {
  return useQuery({
    queryKey: keys.invitations(ws),
    queryFn: () => get<DataOf<Invitation[]>>(wsPath(ws, '/invitations')),
    enabled,
  });
}

/** After any change to people: members, departments (they list member ids) and the caller's own view. */
function useRefreshPeople(ws: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: keys.members(ws) }),
      qc.invalidateQueries({ queryKey: keys.departments(ws) }),
      qc.invalidateQueries({ queryKey: keys.invitations(ws) }),
    ]);
}

/** PATCH /members/:id — role and/or departments. */
export function useUpdateMember(ws: string) {
  const refresh = useRefreshPeople(ws);
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; role?: Role; departmentIds?: string[] }) =>
      patch<DataOf<Member>>(wsPath(ws, `/members/${encodeURIComponent(id)}`), body),
    onSuccess: async () => {
      // One's own role may have changed: the workspace's `can` and the session's list follow.
      await Promise.all([
        refresh(),
        qc.invalidateQueries({ queryKey: keys.workspace(ws), exact: true }),
        qc.invalidateQueries({ queryKey: keys.session }),
      ]);
    },
  });
}

/** DELETE /members/:id. */
export function useRemoveMember(ws: string) {
  const refresh = useRefreshPeople(ws);
  return useMutation({
    mutationFn: (id: string) => del<void>(wsPath(ws, `/members/${encodeURIComponent(id)}`)),
    onSuccess: refresh,
  });
}

export interface InviteInput {
  email: string;
  role: Role;
  departmentIds: string[];
  locale: Locale;
}

/** POST /invitations — sends the e-mail. */
export function useInvite(ws: string) {
  const refresh = useRefreshPeople(ws);
  return useMutation({
    mutationFn: (body: InviteInput) => post<DataOf<Invitation>>(wsPath(ws, '/invitations'), body),
    onSuccess: refresh,
  });
}

/** POST /invitations/:id/resend — a new link, a new e-mail. */
export function useResendInvitation(ws: string) {
  const refresh = useRefreshPeople(ws);
  return useMutation({
    mutationFn: (id: string) =>
      post<DataOf<Invitation>>(wsPath(ws, `/invitations/${encodeURIComponent(id)}/resend`)),
    onSuccess: refresh,
  });
}

/** DELETE /invitations/:id — the link stops working. */
export function useRevokeInvitation(ws: string) {
  const refresh = useRefreshPeople(ws);
  return useMutation({
    mutationFn: (id: string) => del<void>(wsPath(ws, `/invitations/${encodeURIComponent(id)}`)),
    onSuccess: refresh,
  });
}

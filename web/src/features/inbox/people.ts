import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { get } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import type { Role } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { accountsKey, type ConnectedAccount } from '../accounts/accounts.api.js';
import { useDepartments, useMembers } from '../members/members.api.js';

export { initials } from './initials.js';

// The roles whose policy holds inbox.handle (src/core/policy.ts): only they can be given an item.
const HANDLER_ROLES: readonly Role[] = ['owner', 'admin', 'community_manager'];

export interface Option {
  value: string;
  label: string;
}

/** The people, departments and accounts the inbox names and offers in its pickers. */
export function useInboxPeople() {
  const { id, may } = useWorkspace();
  const members = useMembers(id, may('members.read'));
  const departments = useDepartments(id, may('members.read'));
  const accounts = useQuery({
    queryKey: accountsKey(id),
    queryFn: () => get<{ data: ConnectedAccount[] }>(wsPath(id, '/accounts')),
    enabled: may('accounts.read'),
  });
  return useMemo(() => {
    const memberList = members.data?.data ?? [];
    const names = new Map(memberList.map((m) => [m.userId, m.name]));
    const deptList = departments.data?.data ?? [];
    const deptNames = new Map(deptList.map((d) => [d.id, d.name]));
    return {
      nameOf: (userId: string | null) => (userId ? (names.get(userId) ?? null) : null),
      departmentName: (deptId: string | null) => (deptId ? (deptNames.get(deptId) ?? null) : null),
      handlers: memberList
        .filter((m) => HANDLER_ROLES.includes(m.role))
        .map((m): Option => ({ value: m.userId, label: m.name })),
      departments: deptList.map((d): Option => ({ value: d.id, label: d.name })),
      accounts: (accounts.data?.data ?? []).map((a): Option & { network: string } => ({
        value: a.id,
        label: a.handle,
        network: a.network,
      })),
    };
  }, [members.data, departments.data, accounts.data]);
}
export type InboxPeople = ReturnType<typeof useInboxPeople>;

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import { ROLES } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { useDepartments, useMembers } from '../members/members.api.js';

export interface Option {
  value: string;
  label: string;
}
export interface OptionGroup {
  group: string;
  items: Option[];
}

/** The people, roles, departments and objectives a circuit editor offers, as picker options. */
export function useCircuitOptions() {
  const { t } = useTranslation('approvals');
  const { id, may } = useWorkspace();
  const members = useMembers(id, may('members.read'));
  const departments = useDepartments(id, may('members.read'));
  const filters = useQuery({
    queryKey: ['workspace', id, 'calendar-filters'],
    queryFn: () =>
      get<{ data: { objectives: { id: string; title: string }[] } }>(wsPath(id, '/calendar/filters')),
    enabled: may('posts.read'),
  });
  return useMemo(() => {
    const memberItems = (members.data?.data ?? []).map((m) => ({
      value: `member:${m.userId}`,
      label: m.name || m.email,
    }));
    const roleItems = ROLES.filter((r) => r !== 'guest_reviewer').map((r) => ({
      value: `role:${r}`,
      label: t('common:roles.' + r),
    }));
    const departmentItems = (departments.data?.data ?? []).map((d) => ({
      value: `department:${d.id}`,
      label: d.name,
    }));
    const approverGroups: OptionGroup[] = [
      { group: t('circuits.approverKinds.member'), items: memberItems },
      { group: t('circuits.approverKinds.role'), items: roleItems },
      { group: t('circuits.approverKinds.department'), items: departmentItems },
    ];
    const escalation: OptionGroup[] = [
      {
        group: t('circuits.escalation.group'),
        items: [{ value: 'department_head', label: t('circuits.escalation.head') }],
      },
      { group: t('circuits.approverKinds.member'), items: memberItems },
    ];
    const objectives = (filters.data?.data.objectives ?? []).map((o) => ({ value: o.id, label: o.title }));
    /** A readable name for an approver reference, even one no longer in the lists. */
    const labels = new Map<string, string>(
      [...memberItems, ...roleItems, ...departmentItems].map((o) => [o.value, o.label]),
    );
    return { approverGroups, escalation, objectives, labels };
  }, [members.data, departments.data, filters.data, t]);
}

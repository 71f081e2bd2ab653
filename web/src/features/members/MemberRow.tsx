import { ActionIcon, Avatar, Badge, Group, Menu, MultiSelect, Select, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Member, Role } from '../../api/types.js';
import { useSession } from '../../app/session.js';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconDots, IconTrash } from '../../components/icons.js';
import { RoleBadge, useRoleOptionRenderer, useRoleOptions } from '../../components/roles.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useRemoveMember, useUpdateMember } from './members.api.js';

/** One member: role and departments editable in place for those who manage members. */
export function MemberRow({ member, departments }: { member: Member; departments: Department[] }) {
  const { t } = useTranslation('members');
  const { id, may, grantableRoles } = useWorkspace();
  const { user } = useSession();
  const fmt = useFormat();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const update = useUpdateMember(id);
  const remove = useRemoveMember(id);
  const manage = may('members.manage');
  const isMe = member.userId === user.id;

  const grantable = grantableRoles;
  // A role the actor may not grant (an owner, seen by an admin) is shown but cannot be changed.
  const locked = !grantable.includes(member.role);
  const roleOptions = useRoleOptions(locked ? [member.role] : grantable);
  const renderRole = useRoleOptionRenderer();

  const [depts, setDepts] = useState(member.departmentIds);
  useEffect(() => setDepts(member.departmentIds), [member.departmentIds]);

  const changeRole = async (role: Role) => {
    if (role === member.role) return;
    if (
      isMe &&
      !(await confirm({
        title: t('role.selfTitle'),
        message: t('role.selfBody'),
        confirmLabel: t('role.selfConfirm'),
      }))
    )
      return;
    update.mutate(
      { id: member.id, role },
      {
        onSuccess: () =>
          notifySuccess(t('role.changed', { name: member.name, role: t(`common:roles.${role}`) })),
        onError: (e) => notifyError(describe(e)),
      },
    );
  };

  const changeDepartments = (next: string[]) => {
    const before = depts;
    setDepts(next);
    update.mutate(
      { id: member.id, departmentIds: next },
      {
        onSuccess: () => notifySuccess(t('departments.saved', { name: member.name })),
        onError: (e) => {
          setDepts(before);
          notifyError(describe(e));
        },
      },
    );
  };

  const askRemove = async () => {
    const ok = await confirm({
      title: t('remove.title'),
      message: t('remove.body', { name: member.name }),
      confirmLabel: t('remove.confirm'),
      danger: true,
    });
    if (!ok) return;
    remove.mutate(member.id, {
      onSuccess: () => notifySuccess(t('remove.done', { name: member.name })),
      onError: (e) => notifyError(describe(e)),
    });
  };

  const deptNames = departments.filter((d) => member.departmentIds.includes(d.id));

  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <Avatar name={member.name} color="initials" radius="xl" size={36} />
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} truncate>
              {member.name}
              {isMe && (
                <Text span size="sm" c="dimmed" fw={400}>
                  {' '}
                  ({t('common:you')})
                </Text>
              )}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {member.email}
            </Text>
          </div>
        </Group>
      </Table.Td>
      <Table.Td w={200}>
        {manage && !locked ? (
          <Select
            size="xs"
            aria-label={t('role.label', { name: member.name })}
            data={roleOptions}
            renderOption={renderRole}
            value={member.role}
            onChange={(v) => v && void changeRole(v as Role)}
            allowDeselect={false}
            disabled={update.isPending}
            comboboxProps={{ width: 300, position: 'bottom-start' }}
          />
        ) : (
          <RoleBadge role={member.role} />
        )}
      </Table.Td>
      <Table.Td miw={220}>
        {manage ? (
          <MultiSelect
            size="xs"
            aria-label={t('departments.label', { name: member.name })}
            placeholder={depts.length ? undefined : t('departments.none')}
            data={departments.map((d) => ({ value: d.id, label: d.name }))}
            value={depts}
            onChange={changeDepartments}
            clearable
          />
        ) : deptNames.length ? (
          <Group gap={4}>
            {deptNames.map((d) => (
              <Badge key={d.id} variant="default" radius="sm" tt="none" fw={500}>
                {d.name}
              </Badge>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {fmt.date(member.createdAt)}
        </Text>
      </Table.Td>
      {manage && (
        <Table.Td w={48}>
          {!isMe && (
            <Menu position="bottom-end" shadow="md">
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('actions', { name: member.name })}>
                  <IconDots />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => void askRemove()}>
                  {t('remove.action')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconPlus, IconSearch, IconUsers } from '../../components/icons.js';
import { useRoleOptions } from '../../components/roles.js';
import { EmptyState, LoadError, Loading, PageHeader, Panel } from '../../components/ui.js';
import { InvitationsPanel } from './InvitationsPanel.js';
import { InviteModal } from './InviteModal.js';
import { MemberRow } from './MemberRow.js';
import { useDepartments, useMembers } from './members.api.js';

/** Who is in the workspace, with what role and in which departments; invitations for those who invite. */
export default function MembersPage() {
  const { t } = useTranslation('members');
  const { id, may } = useWorkspace();
  const members = useMembers(id);
  const departments = useDepartments(id);
  const [inviting, { open, close }] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const needle = useDeferredValue(search.trim().toLowerCase());
  const roleFilter = useRoleOptions(ROLES);
  const canInvite = may('members.invite');

  const body = () => {
    if (members.isPending || departments.isPending) return <Loading />;
    if (members.error) return <LoadError error={members.error} onRetry={() => void members.refetch()} />;
    if (departments.error)
      return <LoadError error={departments.error} onRetry={() => void departments.refetch()} />;
    const list = members.data.data.filter(
      (m) =>
        (!role || m.role === role) &&
        (!needle || m.name.toLowerCase().includes(needle) || m.email.toLowerCase().includes(needle)),
    );
    if (!list.length) return <EmptyState icon={IconUsers} title={t('list.noMatch')} />;
    return (
      <Table.ScrollContainer minWidth={820}>
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.member')}</Table.Th>
              <Table.Th>{t('list.role')}</Table.Th>
              <Table.Th>{t('list.departments')}</Table.Th>
              <Table.Th>{t('list.joined')}</Table.Th>
              {may('members.manage') && <Table.Th aria-label={t('list.actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((m) => (
              <MemberRow key={m.id} member={m} departments={departments.data.data} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={may('members.manage') ? t('descriptionManage') : t('description')}
        actions={
          canInvite && (
            <Button leftSection={<IconPlus />} onClick={open}>
              {t('invite.open')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <Panel padding={0}>
          <Group p="md" gap="sm" wrap="wrap">
            <TextInput
              aria-label={t('list.search')}
              placeholder={t('list.search')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={280}
            />
            <Select
              aria-label={t('list.filterRole')}
              placeholder={t('list.allRoles')}
              data={roleFilter}
              value={role}
              onChange={setRole}
              clearable
              w={220}
            />
            {members.data && (
              <Text size="sm" c="dimmed" ml="auto">
                {t('list.count', { count: members.data.data.length })}
              </Text>
            )}
          </Group>
          {body()}
        </Panel>
        {canInvite && <InvitationsPanel />}
      </Stack>
      {canInvite && (
        <InviteModal opened={inviting} onClose={close} departments={departments.data?.data ?? []} />
      )}
    </>
  );
}

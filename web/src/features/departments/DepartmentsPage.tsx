import { ActionIcon, Avatar, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del } from '../../api/client.js';
import { keys, wsPath } from '../../api/paths.js';
import type { Department } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconBuilding, IconPencil, IconPlus, IconTrash } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, PageHeader, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useDepartments, useMembers } from '../members/members.api.js';
import { DepartmentModal } from './DepartmentModal.js';

/** Departments group members; approvals and inbox routing target them. */
export default function DepartmentsPage() {
  const { t } = useTranslation('departments');
  const { id, may } = useWorkspace();
  const qc = useQueryClient();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const departments = useDepartments(id);
  const members = useMembers(id);
  const [editing, setEditing] = useState<Department | null | undefined>(undefined);
  const manage = may('departments.manage');
  const remove = useMutation({
    mutationFn: (d: Department) => del<void>(wsPath(id, `/departments/${encodeURIComponent(d.id)}`)),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: keys.departments(id) }),
        qc.invalidateQueries({ queryKey: keys.members(id) }),
      ]),
  });

  const askRemove = async (d: Department) => {
    const ok = await confirm({
      title: t('delete.title'),
      message: t('delete.body', { name: d.name, count: d.memberIds.length }),
      confirmLabel: t('delete.confirm'),
      danger: true,
    });
    if (ok)
      remove.mutate(d, {
        onSuccess: () => notifySuccess(t('delete.done', { name: d.name })),
        onError: (e) => notifyError(describe(e)),
      });
  };

  const body = () => {
    if (departments.isPending || members.isPending) return <Loading />;
    if (departments.error)
      return <LoadError error={departments.error} onRetry={() => void departments.refetch()} />;
    if (members.error) return <LoadError error={members.error} onRetry={() => void members.refetch()} />;
    const list = departments.data.data;
    const people = members.data.data;
    if (!list.length)
      return (
        <EmptyState
          icon={IconBuilding}
          title={t('empty')}
          description={t('emptyHint')}
          action={
            manage && (
              <Button leftSection={<IconPlus />} onClick={() => setEditing(null)}>
                {t('create.open')}
              </Button>
            )
          }
        />
      );
    const person = (userId: string) => people.find((m) => m.userId === userId);
    return (
      <Table.ScrollContainer minWidth={640}>
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.name')}</Table.Th>
              <Table.Th>{t('list.head')}</Table.Th>
              <Table.Th>{t('list.members')}</Table.Th>
              {manage && <Table.Th aria-label={t('list.actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((d) => {
              const head = d.headUserId ? person(d.headUserId) : undefined;
              const inside = d.memberIds.map(person).filter((m) => m !== undefined);
              return (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {d.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={head ? undefined : 'dimmed'}>
                      {head?.name ?? t('list.noHead')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {inside.length ? (
                      <Group gap="xs" wrap="nowrap">
                        <Tooltip.Group openDelay={200}>
                          <Avatar.Group spacing="sm">
                            {inside.slice(0, 5).map((m) => (
                              <Tooltip key={m.id} label={m.name}>
                                <Avatar name={m.name} color="initials" radius="xl" size={30} />
                              </Tooltip>
                            ))}
                            {inside.length > 5 && (
                              <Avatar radius="xl" size={30}>
                                +{inside.length - 5}
                              </Avatar>
                            )}
                          </Avatar.Group>
                        </Tooltip.Group>
                        <Text size="sm" c="dimmed">
                          {t('list.count', { count: inside.length })}
                        </Text>
                      </Group>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('list.nobody')}
                      </Text>
                    )}
                  </Table.Td>
                  {manage && (
                    <Table.Td w={96}>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('edit.label', { name: d.name })}
                          onClick={() => setEditing(d)}
                        >
                          <IconPencil />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('delete.label', { name: d.name })}
                          onClick={() => void askRemove(d)}
                        >
                          <IconTrash />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          manage && (
            <Button leftSection={<IconPlus />} onClick={() => setEditing(null)}>
              {t('create.open')}
            </Button>
          )
        }
      />
      <Panel padding={0}>{body()}</Panel>
      {manage && (
        <DepartmentModal
          opened={editing !== undefined}
          onClose={() => setEditing(undefined)}
          department={editing ?? null}
          members={members.data?.data ?? []}
        />
      )}
    </>
  );
}

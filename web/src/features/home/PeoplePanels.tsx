import { Anchor, Avatar, Badge, Group, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DataOf, Department, Invitation, Member, Role } from '../../api/types.js';
import { ROLES } from '../../api/types.js';
import { useSession } from '../../app/session.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconBuilding } from '../../components/icons.js';
import { RoleBadge } from '../../components/roles.js';
import { EmptyState, LoadError, Loading, Panel } from '../../components/ui.js';

const SHOWN = 6;

/** Who is in the workspace: a few members, the count per role, the invitations still open. */
export function PeoplePanel({
  query,
  pending,
  departments,
}: {
  query: UseQueryResult<DataOf<Member[]>>;
  pending: Invitation[];
  departments: Department[] | undefined;
}) {
  const { t } = useTranslation('home');
  const { id } = useWorkspace();
  const { user } = useSession();
  const link = (
    <Anchor component={Link} to={`/w/${id}/members`} size="sm" fw={500}>
      {t('people.all')}
    </Anchor>
  );
  if (query.isPending) return <Panel title={t('people.title')}>{<Loading />}</Panel>;
  if (query.error)
    return (
      <Panel title={t('people.title')}>
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      </Panel>
    );
  const members = query.data.data;
  const byRole = ROLES.map((r) => [r, members.filter((m) => m.role === r).length] as [Role, number]).filter(
    ([, n]) => n > 0,
  );
  const deptName = (ids: string[]) =>
    ids
      .map((d) => departments?.find((x) => x.id === d)?.name)
      .filter(Boolean)
      .join(', ');

  return (
    <Panel
      title={t('people.title')}
      description={t('people.summary', { count: members.length })}
      actions={link}
    >
      <Stack gap="md">
        <Group gap={6}>
          {byRole.map(([role, n]) => (
            <Badge key={role} variant="default" radius="sm" tt="none" fw={500}>
              {t(`common:roles.${role}`)} · {n}
            </Badge>
          ))}
          {pending.length > 0 && (
            <Badge variant="light" color="yellow" radius="sm" tt="none" fw={500}>
              {t('people.pending', { count: pending.length })}
            </Badge>
          )}
        </Group>
        <Stack gap="sm">
          {members.slice(0, SHOWN).map((m) => (
            <Group key={m.id} justify="space-between" wrap="nowrap">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <Avatar name={m.name} color="initials" radius="xl" size={34} />
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate>
                    {m.name}
                    {m.userId === user.id && (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        ({t('common:you')})
                      </Text>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {deptName(m.departmentIds) || m.email}
                  </Text>
                </div>
              </Group>
              <RoleBadge role={m.role} />
            </Group>
          ))}
          {members.length > SHOWN && (
            <Text size="sm" c="dimmed">
              {t('people.more', { count: members.length - SHOWN })}
            </Text>
          )}
        </Stack>
      </Stack>
    </Panel>
  );
}

/** The departments and how many people each holds. */
export function DepartmentsPanel({ query }: { query: UseQueryResult<DataOf<Department[]>> }) {
  const { t } = useTranslation('home');
  const { id } = useWorkspace();
  const body = () => {
    if (query.isPending) return <Loading />;
    if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
    const list = query.data.data;
    if (!list.length) return <EmptyState icon={IconBuilding} title={t('departments.none')} />;
    return (
      <Stack gap={6}>
        {list.map((d) => (
          <Group key={d.id} justify="space-between">
            <Text size="sm">{d.name}</Text>
            <Text size="sm" c="dimmed">
              {t('departments.members', { count: d.memberIds.length })}
            </Text>
          </Group>
        ))}
      </Stack>
    );
  };
  return (
    <Panel
      title={t('departments.title')}
      actions={
        <Anchor component={Link} to={`/w/${id}/departments`} size="sm" fw={500}>
          {t('departments.open')}
        </Anchor>
      }
    >
      {body()}
    </Panel>
  );
}

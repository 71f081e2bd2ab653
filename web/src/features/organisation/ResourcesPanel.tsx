import { ActionIcon, Badge, Button, Group, Menu, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import {
  IconChevronDown,
  IconDots,
  IconPencil,
  IconPlus,
  IconTrash,
  IconUsers,
} from '../../components/icons.js';
import { EmptyState, LoadError, Loading, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { WEEK, weekdayName } from '../../lib/hours.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useMoney } from '../budget/money.js';
import { useRemoveResource, useResources, type Resource } from './organisation.api.js';
import { ResourceModal } from './ResourceModal.js';

/** "Mon–Fri 09:00–18:00" style summary of the hours a resource covers. */
function useCoverageSummary() {
  const { t, i18n } = useTranslation('organisation');
  const lang = i18n.resolvedLanguage ?? 'en';
  return (r: Resource): string => {
    if (!r.coverage.length) return t('resources.noCoverage');
    const byTimes = new Map<string, number[]>();
    for (const w of r.coverage) {
      const key = `${w.start}–${w.end}`;
      byTimes.set(key, [...(byTimes.get(key) ?? []), w.day]);
    }
    return [...byTimes.entries()]
      .map(([times, days]) => {
        const ordered = WEEK.filter((d) => days.includes(d));
        return `${ordered.map((d) => weekdayName(d, lang, 'short')).join(', ')} ${times}`;
      })
      .join(' · ');
  };
}

/** The people and providers who do the work: skills, capacity, cost and the hours they cover. */
export function ResourcesPanel() {
  const { t } = useTranslation('organisation');
  const { id: ws, may } = useWorkspace();
  const resources = useResources(ws);
  const remove = useRemoveResource(ws);
  const money = useMoney();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const coverage = useCoverageSummary();
  const [editing, setEditing] = useState<{ kind: 'member' | 'provider'; resource: Resource | null } | null>(
    null,
  );
  const canWrite = may('organisation.write');

  const cost = (r: Resource) =>
    r.cost.model === 'hourly'
      ? t('resources.perHour', { amount: money.format(r.cost.amount) })
      : r.cost.model === 'monthly_fee'
        ? t('resources.perMonth', { amount: money.format(r.cost.amount) })
        : t('resources.noCost');

  const onRemove = async (r: Resource) => {
    const ok = await confirm({
      title: t('resources.removeTitle'),
      message: t('resources.removeBody', { name: r.name }),
      confirmLabel: t('resources.removeConfirm'),
      danger: true,
    });
    if (!ok) return;
    remove.mutate(r.id, {
      onSuccess: () => notifySuccess(t('resources.removed', { name: r.name })),
      onError: (e) => notifyError(describe(e)),
    });
  };

  const add = canWrite && (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button leftSection={<IconPlus />} rightSection={<IconChevronDown size={14} />}>
          {t('resources.add')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => setEditing({ kind: 'member', resource: null })}>
          {t('resources.addMember')}
        </Menu.Item>
        <Menu.Item onClick={() => setEditing({ kind: 'provider', resource: null })}>
          {t('resources.addProvider')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );

  const body = () => {
    if (resources.isPending) return <Loading />;
    if (resources.error)
      return <LoadError error={resources.error} onRetry={() => void resources.refetch()} />;
    if (!resources.data.length)
      return (
        <EmptyState
          icon={IconUsers}
          title={t('resources.emptyTitle')}
          description={t('resources.emptyBody')}
          action={add}
        />
      );
    return (
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('resources.name')}</Table.Th>
              <Table.Th>{t('resources.skills')}</Table.Th>
              <Table.Th ta="right">{t('resources.capacity')}</Table.Th>
              <Table.Th>{t('resources.cost')}</Table.Th>
              <Table.Th>{t('resources.covers')}</Table.Th>
              <Table.Th>{t('resources.absences')}</Table.Th>
              {canWrite && <Table.Th aria-label={t('actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {resources.data.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {r.name}
                  </Text>
                  <Badge size="xs" variant="light" color={r.kind === 'member' ? 'blue' : 'grape'} mt={4}>
                    {r.kind === 'member'
                      ? t('resources.member')
                      : t(`providerType.${r.providerType ?? 'other'}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {r.skills.length
                      ? r.skills.map((s) => (
                          <Badge key={s} size="sm" variant="outline" color="gray">
                            {t(`skill.${s}`)}
                          </Badge>
                        ))
                      : '—'}
                  </Group>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('hoursPerWeek', { hours: r.capacityHoursPerWeek })}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{cost(r)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={r.coverage.length ? undefined : 'dimmed'}>
                    {coverage(r)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {r.absences.length
                      ? r.absences.map((a) => (
                          <Text key={a.id} size="xs">
                            {a.startDate} → {a.endDate}
                            {a.reason && ` · ${a.reason}`}
                          </Text>
                        ))
                      : '—'}
                  </Stack>
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Tooltip label={t('resources.edit', { name: r.name })}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('resources.edit', { name: r.name })}
                          onClick={() => setEditing({ kind: r.kind, resource: r })}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="gray" aria-label={t('more', { name: r.name })}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item
                            color="red"
                            leftSection={<IconTrash size={14} />}
                            onClick={() => void onRemove(r)}
                          >
                            {t('resources.removeConfirm')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <>
      <Panel
        padding={0}
        title={t('resources.title')}
        description={t('resources.description')}
        actions={resources.data?.length ? add : undefined}
      >
        {body()}
      </Panel>
      {editing && (
        <ResourceModal
          kind={editing.kind}
          resource={editing.resource}
          existing={resources.data ?? []}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconOrgChart, IconPlus } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, PageHeader, Panel } from '../../components/ui.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useCircuits, useDeleteCircuit } from './approvals.api.js';
import type { Circuit } from './approvals.types.js';
import { CircuitModal } from './CircuitModal.js';
import { useCircuitOptions } from './circuit-options.js';
import { formatMinutes } from './clock.js';
import { useApprovalError } from './use-approval-error.js';

// The modal is closed, creating a circuit, or editing one.
type Editing = { circuit: Circuit | null } | null;

/** What a circuit applies to, in one line ("Posts · Mastodon · sensitive pillar only", or "Everything"). */
function useMatchSummary() {
  const { t } = useTranslation('approvals');
  return (c: Circuit) => {
    const parts = [
      ...c.match.contentTypes.map((x) => t(`contentTypes.${x}`)),
      ...c.match.networks.map((n) => t(`networks.${n}`, { defaultValue: n })),
      ...(c.match.objectiveIds.length
        ? [t('circuits.objectiveCount', { count: c.match.objectiveIds.length })]
        : []),
      ...(c.match.sensitivePillarOnly ? [t('circuits.sensitiveShort')] : []),
    ];
    return parts.length ? parts.join(' · ') : t('circuits.everything');
  };
}

/** /approvals/circuits — the workspace's validation circuits: list, create, edit, delete. */
export default function CircuitsPage() {
  const { t, i18n } = useTranslation('approvals');
  const { id } = useWorkspace();
  const query = useCircuits(id);
  const remove = useDeleteCircuit(id);
  const confirm = useConfirm();
  const describe = useApprovalError();
  const summary = useMatchSummary();
  const options = useCircuitOptions();
  const [editing, setEditing] = useState<Editing>(null);
  const lang = i18n.resolvedLanguage ?? 'en';

  const askDelete = async (c: Circuit) => {
    const ok = await confirm({
      title: t('circuits.deleteTitle'),
      message: t('circuits.deleteBody', { name: c.name }),
      confirmLabel: t('common:delete'),
      danger: true,
    });
    if (ok)
      remove.mutate(c.id, {
        onSuccess: () => notifySuccess(t('circuits.deleted', { name: c.name })),
        onError: (e) => notifyError(describe(e)),
      });
  };
  const approverLabel = (kind: string, value: string) =>
    kind === 'external'
      ? t('circuits.externalLabel', { label: value })
      : (options.labels.get(`${kind}:${value}`) ?? value);
  const newButton = (
    <Button leftSection={<IconPlus />} onClick={() => setEditing({ circuit: null })}>
      {t('circuits.new')}
    </Button>
  );

  const body = () => {
    if (query.isPending) return <Loading />;
    if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
    const list = query.data.data;
    if (!list.length)
      return (
        <EmptyState
          icon={IconOrgChart}
          title={t('circuits.empty')}
          description={t('circuits.emptyHint')}
          action={newButton}
        />
      );
    return (
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('circuits.columns.name')}</Table.Th>
              <Table.Th>{t('circuits.columns.matching')}</Table.Th>
              <Table.Th>{t('circuits.columns.steps')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((c) => (
              <Table.Tr key={c.id} data-circuit={c.id}>
                <Table.Td>
                  <Stack gap={4}>
                    <Anchor
                      component="button"
                      type="button"
                      fw={600}
                      size="sm"
                      ta="left"
                      onClick={() => setEditing({ circuit: c })}
                    >
                      {c.name}
                    </Anchor>
                    <Group gap={4}>
                      <Badge
                        size="xs"
                        variant="light"
                        color={c.required ? 'indigo' : 'gray'}
                        radius="sm"
                        tt="none"
                      >
                        {c.required ? t('circuits.requiredBadge') : t('circuits.optionalBadge')}
                      </Badge>
                      {c.priority !== 0 && (
                        <Badge size="xs" variant="outline" color="gray" radius="sm" tt="none">
                          {t('circuits.priorityBadge', { priority: c.priority })}
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{summary(c)}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {c.steps.map((s, i) => (
                      <Text size="sm" key={i}>
                        <Text span fw={600}>
                          {i + 1}. {s.name}
                        </Text>{' '}
                        <Text span c="dimmed" size="xs">
                          {t('circuits.stepSummary', {
                            who: s.approvers.map((a) => approverLabel(a.kind, a.id)).join(', '),
                            rule: t(`circuits.rules.${s.rule}`),
                            target:
                              s.targetMinutes === null
                                ? t('circuits.targetDefault')
                                : formatMinutes(s.targetMinutes, lang),
                            clock: t(`circuits.clocks.${s.clock}`),
                          })}
                        </Text>
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-sm" variant="subtle" onClick={() => setEditing({ circuit: c })}>
                      {t('circuits.edit')}
                    </Button>
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => void askDelete(c)}>
                      {t('common:delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <>
      <PageHeader
        title={t('circuits.title')}
        description={
          <>
            {t('circuits.description')}{' '}
            <Anchor component={Link} to={`/w/${id}/approvals`} size="sm">
              {t('circuits.back')}
            </Anchor>
          </>
        }
        actions={newButton}
      />
      <Panel padding={0}>{body()}</Panel>
      <CircuitModal
        opened={editing !== null}
        circuit={editing?.circuit ?? null}
        onClose={() => setEditing(null)}
      />
    </>
  );
}

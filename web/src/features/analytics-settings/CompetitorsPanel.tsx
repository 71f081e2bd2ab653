import { ActionIcon, Button, Menu, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconDots, IconPencil, IconPlus, IconTrash } from '../../components/icons.js';
import { EmptyState, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useMoney } from '../budget/money.js';
import { networkName } from '../organisation/calendar.js';
import { CompetitorModal } from './CompetitorModal.js';
import { expectedLoss } from './figures.js';
import { useRemoveCompetitor, type Competitor } from './roni.api.js';

/** Competitors present on a network, entered by hand, each with its expected loss when complete. */
export function CompetitorsPanel({
  competitors,
  canWrite,
}: {
  competitors: Competitor[];
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation('roni');
  const { id: ws } = useWorkspace();
  const money = useMoney();
  const fmt = useFormat();
  const describe = useDescribeError();
  const confirm = useConfirm();
  const remove = useRemoveCompetitor(ws);
  const [editing, setEditing] = useState<Competitor | 'new' | null>(null);
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', {
    style: 'percent',
    maximumFractionDigits: 2,
  });
  const opt = (v: number | null, f: (x: number) => string) => (v === null ? t('notEntered') : f(v));

  const onRemove = async (c: Competitor) => {
    const ok = await confirm({
      title: t('competitors.removeTitle'),
      message: t('competitors.removeBody', { name: c.name }),
      confirmLabel: t('competitors.remove'),
      danger: true,
    });
    if (!ok) return;
    remove.mutate(c.id, {
      onSuccess: () => notifySuccess(t('competitors.removed')),
      onError: (e) => notifyError(describe(e)),
    });
  };

  const add = canWrite && (
    <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
      {t('competitors.add')}
    </Button>
  );

  return (
    <Panel title={t('competitors.title')} description={t('competitors.description')} actions={add}>
      {competitors.length === 0 ? (
        <EmptyState title={t('competitors.emptyTitle')} description={t('competitors.emptyBody')} />
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" highlightOnHover data-testid="roni-competitors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('competitors.name')}</Table.Th>
                <Table.Th>{t('competitors.network')}</Table.Th>
                <Table.Th ta="right">{t('competitors.customersExposed')}</Table.Th>
                <Table.Th ta="right">{t('competitors.probability')}</Table.Th>
                <Table.Th ta="right">{t('competitors.averageValueShort')}</Table.Th>
                <Table.Th ta="right">{t('competitors.expectedLoss')}</Table.Th>
                {canWrite && <Table.Th aria-label={t('actions')} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {competitors.map((c) => {
                const loss = expectedLoss(c.probability, c.customersExposed, c.averageValue);
                return (
                  <Table.Tr key={c.id}>
                    <Table.Td miw={180}>
                      <Text size="sm" fw={600}>
                        {c.name}
                      </Text>
                      {c.source && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {c.source}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{networkName(c.networkId)}</Text>
                    </Table.Td>
                    <Table.Td ta="right">{opt(c.customersExposed, fmt.number)}</Table.Td>
                    <Table.Td ta="right">{opt(c.probability, (p) => percent.format(p))}</Table.Td>
                    <Table.Td ta="right">{opt(c.averageValue, (x) => money.format(x))}</Table.Td>
                    <Table.Td ta="right">
                      {loss === null ? (
                        <Text size="xs" c="orange.8" fw={500}>
                          {t('gaps.incomplete')}
                        </Text>
                      ) : (
                        <Text size="sm" fw={600}>
                          {money.format(loss)}
                        </Text>
                      )}
                    </Table.Td>
                    {canWrite && (
                      <Table.Td ta="right">
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon variant="subtle" color="gray" aria-label={t('actions')}>
                              <IconDots size={16} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(c)}>
                              {t('competitors.edit')}
                            </Menu.Item>
                            <Menu.Item
                              color="red"
                              leftSection={<IconTrash size={14} />}
                              onClick={() => void onRemove(c)}
                            >
                              {t('competitors.remove')}
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <CompetitorModal competitor={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Panel>
  );
}

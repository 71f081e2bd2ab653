import { ActionIcon, Button, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconDots, IconPencil, IconTrash } from '../../components/icons.js';
import { EmptyState, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useMoney } from '../budget/money.js';
import { networkName } from '../organisation/calendar.js';
import { expectedLoss } from './figures.js';
import { GapModal, type GapTarget } from './GapModal.js';
import { useRemoveGap, type AudienceGap, type SuggestedGap } from './roni.api.js';

/**
 * The (persona, network) pairs no account reaches, from the strategy's personas and the connected
 * accounts, each with its estimate or an "estimate this gap" button; below, the estimates that no
 * longer count (the network got an account, or the persona left it).
 */
export function GapsPanel({
  suggested,
  gaps,
  canWrite,
}: {
  suggested: SuggestedGap[];
  gaps: AudienceGap[];
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation('roni');
  const { id: ws } = useWorkspace();
  const money = useMoney();
  const fmt = useFormat();
  const describe = useDescribeError();
  const confirm = useConfirm();
  const remove = useRemoveGap(ws);
  const [editing, setEditing] = useState<GapTarget | null>(null);
  const byId = new Map(gaps.map((g) => [g.id, g]));
  const closed = gaps.filter((g) => !g.open);
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', {
    style: 'percent',
    maximumFractionDigits: 2,
  });
  const pct = (p: number | null) => (p === null ? t('notEntered') : percent.format(p));
  const opt = (v: number | null, f: (x: number) => string) => (v === null ? t('notEntered') : f(v));

  const onRemove = async (g: AudienceGap) => {
    const names = { persona: g.audienceName, network: networkName(g.networkId) };
    const ok = await confirm({
      title: t('gaps.removeTitle'),
      message: t('gaps.removeBody', names),
      confirmLabel: t('gaps.remove'),
      danger: true,
    });
    if (!ok) return;
    remove.mutate(g.id, {
      onSuccess: () => notifySuccess(t('gaps.removed')),
      onError: (e) => notifyError(describe(e)),
    });
  };

  const menu = (g: AudienceGap) =>
    canWrite && (
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('actions')}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing({ gap: g })}>
            {t('gaps.edit')}
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => void onRemove(g)}>
            {t('gaps.remove')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    );

  const figures = (g: AudienceGap | undefined) => {
    if (!g) return <Table.Td colSpan={4} />;
    const loss = expectedLoss(g.probability, g.peopleExposed, g.valuePerPerson);
    return (
      <>
        <Table.Td ta="right">{opt(g.peopleExposed, fmt.number)}</Table.Td>
        <Table.Td ta="right">{pct(g.probability)}</Table.Td>
        <Table.Td ta="right">{opt(g.valuePerPerson, (x) => money.format(x))}</Table.Td>
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
      </>
    );
  };

  const head = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{t('gaps.persona')}</Table.Th>
        <Table.Th>{t('gaps.network')}</Table.Th>
        <Table.Th ta="right">{t('gaps.peopleExposed')}</Table.Th>
        <Table.Th ta="right">{t('gaps.probability')}</Table.Th>
        <Table.Th ta="right">{t('gaps.valuePerPersonShort')}</Table.Th>
        <Table.Th ta="right">{t('gaps.expectedLoss')}</Table.Th>
        <Table.Th aria-label={t('actions')} />
      </Table.Tr>
    </Table.Thead>
  );

  const persona = (name: string, note?: string) => (
    <Table.Td miw={180}>
      <Text size="sm" fw={600}>
        {name}
      </Text>
      {note && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {note}
        </Text>
      )}
    </Table.Td>
  );

  return (
    <Panel title={t('gaps.title')} description={t('gaps.description')}>
      {suggested.length === 0 ? (
        <EmptyState title={t('gaps.emptyTitle')} description={t('gaps.emptyBody')} />
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" highlightOnHover data-testid="roni-gaps">
            {head}
            <Table.Tbody>
              {suggested.map((s) => {
                const g = s.gapId ? byId.get(s.gapId) : undefined;
                return (
                  <Table.Tr key={`${s.audienceId}:${s.networkId}`}>
                    {persona(s.audienceName, g?.note)}
                    <Table.Td>
                      <Text size="sm">{networkName(s.networkId)}</Text>
                    </Table.Td>
                    {g ? (
                      figures(g)
                    ) : (
                      <Table.Td colSpan={4}>
                        <Text size="sm" c="dimmed">
                          {t('gaps.notEstimated')}
                        </Text>
                      </Table.Td>
                    )}
                    <Table.Td ta="right">
                      {g
                        ? menu(g)
                        : canWrite && (
                            <Button size="xs" variant="light" onClick={() => setEditing({ gap: null, ...s })}>
                              {t('gaps.estimate')}
                            </Button>
                          )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {closed.length > 0 && (
        <Stack gap={4} mt="lg">
          <Text fw={600} size="sm">
            {t('gaps.closedTitle')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('gaps.closedDescription')}
          </Text>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="xs" c="dimmed">
              {head}
              <Table.Tbody>
                {closed.map((g) => (
                  <Table.Tr key={g.id}>
                    {persona(g.audienceName, g.note)}
                    <Table.Td>
                      <Text size="sm">{networkName(g.networkId)}</Text>
                    </Table.Td>
                    {figures(g)}
                    <Table.Td ta="right">
                      <Group justify="flex-end">{menu(g)}</Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {editing && <GapModal target={editing} onClose={() => setEditing(null)} />}
    </Panel>
  );
}

import { ActionIcon, Button, Grid, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconDots, IconDownload, IconPencil, IconPlus, IconTrash } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import {
  exportUrl,
  useAttribution,
  useLines,
  useRemoveLine,
  useSummary,
  type BudgetLine,
  type Totals,
} from './budget.api.js';
import { CsvImportModal } from './CsvImportModal.js';
import { LineModal } from './LineModal.js';
import { useMoney } from './money.js';
import { SummaryCards, Variance } from './SummaryCards.js';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** Budget lines of the period by month, with totals per objective and per category. */
export function LinesPanel({ from, to }: { from: string; to: string }) {
  const { t, i18n } = useTranslation('budget');
  const lang = i18n.resolvedLanguage ?? 'en';
  const { id: ws, may } = useWorkspace();
  const lines = useLines(ws, from, to);
  const summary = useSummary(ws, from, to);
  const { objectives, actions } = useAttribution(ws, may('strategy.read'));
  const money = useMoney();
  const remove = useRemoveLine(ws);
  const confirm = useConfirm();
  const describe = useDescribeError();
  const [editing, setEditing] = useState<BudgetLine | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const canWrite = may('budget.write');
  const objectiveTitle = (id: string | null) =>
    id ? (objectives.find((o) => o.id === id)?.title ?? t('lines.unknownObjective')) : t('lines.noObjective');
  const monthName = (m: string) =>
    new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${m}-01T00:00:00Z`),
    );

  const onRemove = async (l: BudgetLine) => {
    if (
      !(await confirm({
        title: t('lines.removeTitle'),
        message: t('lines.removeBody', { label: l.label }),
        confirmLabel: t('lines.remove'),
        danger: true,
      }))
    )
      return;
    remove.mutate(l.id, {
      onSuccess: () => notifySuccess(t('lines.removed')),
      onError: (e) => notifyError(describe(e)),
    });
  };

  const figures = (x: Totals) => (
    <>
      <Table.Td ta="right" style={nowrap}>
        {money.format(x.planned)}
      </Table.Td>
      <Table.Td ta="right" style={nowrap}>
        {money.format(x.committed)}
      </Table.Td>
      <Table.Td ta="right" style={nowrap}>
        {money.format(x.actual)}
      </Table.Td>
      <Table.Td ta="right" style={nowrap}>
        <Variance value={x.variance} />
      </Table.Td>
    </>
  );
  const head = (first: string) => (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{first}</Table.Th>
        <Table.Th ta="right">{t('summary.planned')}</Table.Th>
        <Table.Th ta="right">{t('summary.committed')}</Table.Th>
        <Table.Th ta="right">{t('summary.actual')}</Table.Th>
        <Table.Th ta="right">{t('summary.variance')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );

  if (lines.isPending || summary.isPending) return <Loading />;
  const error = lines.error ?? summary.error;
  if (error)
    return <LoadError error={error} onRetry={() => void Promise.all([lines.refetch(), summary.refetch()])} />;
  const s = summary.data;
  const list = lines.data;
  if (!s || !list) return <Loading />;
  const months = [...new Set(list.map((l) => l.month))].sort();

  const toolbar = (
    <Group gap="xs">
      <Button
        component="a"
        href={exportUrl(ws, 'lines')}
        download
        variant="default"
        leftSection={<IconDownload size={16} />}
      >
        {t('csv.export')}
      </Button>
      {canWrite && (
        <>
          <Button variant="default" onClick={() => setImporting(true)}>
            {t('csv.import')}
          </Button>
          <Button leftSection={<IconPlus />} onClick={() => setEditing('new')}>
            {t('lines.add')}
          </Button>
        </>
      )}
    </Group>
  );

  return (
    <Stack gap="lg">
      <SummaryCards total={s.total} />
      <Panel padding={0} title={t('lines.title')} description={t('lines.description')} actions={toolbar}>
        {!list.length ? (
          <EmptyState title={t('lines.emptyTitle')} description={t('lines.emptyBody')} />
        ) : (
          <Table.ScrollContainer minWidth={960}>
            <Table verticalSpacing="xs" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('lines.label')}</Table.Th>
                  <Table.Th>{t('lines.category')}</Table.Th>
                  <Table.Th>{t('lines.objective')}</Table.Th>
                  <Table.Th ta="right">{t('summary.planned')}</Table.Th>
                  <Table.Th ta="right">{t('summary.committed')}</Table.Th>
                  <Table.Th ta="right">{t('summary.actual')}</Table.Th>
                  <Table.Th ta="right">{t('summary.variance')}</Table.Th>
                  {canWrite && <Table.Th aria-label={t('actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {months.map((m) => {
                  const month = s.byMonth.find((x) => x.month === m);
                  return (
                    <Fragment key={m}>
                      <Table.Tr bg="var(--mantine-color-gray-0)">
                        <Table.Td colSpan={3}>
                          <Text fw={650} size="sm" tt="capitalize">
                            {monthName(m)}
                          </Text>
                        </Table.Td>
                        {month ? figures(month) : <Table.Td colSpan={4} />}
                        {canWrite && <Table.Td />}
                      </Table.Tr>
                      {list
                        .filter((l) => l.month === m)
                        .map((l) => (
                          <Table.Tr key={l.id}>
                            <Table.Td>
                              <Text size="sm" fw={500}>
                                {l.label}
                              </Text>
                              {l.actionId && (
                                <Text size="xs" c="dimmed">
                                  {actions.find((a) => a.id === l.actionId)?.title}
                                </Text>
                              )}
                            </Table.Td>
                            <Table.Td>
                              <Text size="sm" c="dimmed">
                                {t(`category.${l.category}`)}
                              </Text>
                            </Table.Td>
                            <Table.Td>
                              <Text size="sm" c={l.objectiveId ? undefined : 'dimmed'} lineClamp={2}>
                                {objectiveTitle(l.objectiveId)}
                              </Text>
                            </Table.Td>
                            <Table.Td ta="right" style={nowrap}>
                              {money.format(l.planned)}
                            </Table.Td>
                            <Table.Td ta="right" style={nowrap}>
                              {money.format(l.committed)}
                            </Table.Td>
                            <Table.Td ta="right" style={nowrap}>
                              {money.format(l.actual)}
                              {l.expensesTotal !== 0 && (
                                <Text size="xs" c="dimmed">
                                  {t('lines.ofWhichExpenses', { amount: money.format(l.expensesTotal) })}
                                </Text>
                              )}
                            </Table.Td>
                            <Table.Td ta="right" style={nowrap}>
                              <Variance value={l.variance} />
                            </Table.Td>
                            {canWrite && (
                              <Table.Td>
                                <Group gap={2} justify="flex-end" wrap="nowrap">
                                  <ActionIcon
                                    variant="subtle"
                                    aria-label={t('lines.edit', { label: l.label })}
                                    onClick={() => setEditing(l)}
                                  >
                                    <IconPencil size={16} />
                                  </ActionIcon>
                                  <Menu position="bottom-end">
                                    <Menu.Target>
                                      <ActionIcon
                                        variant="subtle"
                                        color="gray"
                                        aria-label={t('more', { label: l.label })}
                                      >
                                        <IconDots size={16} />
                                      </ActionIcon>
                                    </Menu.Target>
                                    <Menu.Dropdown>
                                      <Menu.Item
                                        color="red"
                                        leftSection={<IconTrash size={14} />}
                                        onClick={() => void onRemove(l)}
                                      >
                                        {t('lines.remove')}
                                      </Menu.Item>
                                    </Menu.Dropdown>
                                  </Menu>
                                </Group>
                              </Table.Td>
                            )}
                          </Table.Tr>
                        ))}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th colSpan={3}>{t('summary.total')}</Table.Th>
                  {figures(s.total)}
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
      </Panel>
      {list.length > 0 && (
        <Grid gutter="lg">
          <Grid.Col span={12}>
            <Panel padding={0} title={t('byObjective.title')} description={t('byObjective.description')}>
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing="xs">
                  {head(t('lines.objective'))}
                  <Table.Tbody>
                    {s.byObjective.map((o) => (
                      <Table.Tr key={o.objectiveId ?? 'none'}>
                        <Table.Td>
                          <Text size="sm" lineClamp={2}>
                            {objectiveTitle(o.objectiveId)}
                          </Text>
                        </Table.Td>
                        {figures(o)}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Panel>
          </Grid.Col>
          <Grid.Col span={12}>
            <Panel padding={0} title={t('byCategory.title')}>
              <Table.ScrollContainer minWidth={440}>
                <Table verticalSpacing="xs">
                  {head(t('lines.category'))}
                  <Table.Tbody>
                    {s.byCategory.map((c) => (
                      <Table.Tr key={c.category}>
                        <Table.Td>{t(`category.${c.category}`)}</Table.Td>
                        {figures(c)}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Panel>
          </Grid.Col>
        </Grid>
      )}
      {editing && (
        <LineModal
          line={editing === 'new' ? null : editing}
          defaultMonth={from}
          objectives={objectives}
          actions={actions}
          onClose={() => setEditing(null)}
        />
      )}
      {importing && <CsvImportModal kind="lines" onClose={() => setImporting(false)} />}
    </Stack>
  );
}

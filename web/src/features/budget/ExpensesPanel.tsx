import {
  ActionIcon,
  Anchor,
  Button,
  FileButton,
  Group,
  Menu,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconDots, IconDownload, IconPencil, IconPlus, IconTrash } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { readAttachment } from './attachment.js';
import {
  attachmentUrl,
  exportUrl,
  useExpenses,
  useLines,
  useRemoveAttachment,
  useRemoveExpense,
  useUploadAttachment,
  type Expense,
} from './budget.api.js';
import { CsvImportModal } from './CsvImportModal.js';
import { ExpenseModal } from './ExpenseModal.js';
import { useMoney } from './money.js';

/** Every expense with its supplier, date, budget line and receipt. */
export function ExpensesPanel() {
  const { t } = useTranslation('budget');
  const { id: ws, may } = useWorkspace();
  const expenses = useExpenses(ws);
  const lines = useLines(ws, '', '');
  const money = useMoney();
  const fmt = useFormat();
  const describe = useDescribeError();
  const confirm = useConfirm();
  const remove = useRemoveExpense(ws);
  const upload = useUploadAttachment(ws);
  const detach = useRemoveAttachment(ws);
  const [editing, setEditing] = useState<Expense | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const canWrite = may('budget.write');
  const lineLabel = (id: string | null) => {
    const l = id ? lines.data?.find((x) => x.id === id) : undefined;
    return l ? `${l.label} · ${l.month}` : '—';
  };

  const attach = async (e: Expense, file: File | null) => {
    if (!file) return;
    try {
      const body = await readAttachment(file);
      upload.mutate(
        { id: e.id, file: body },
        {
          onSuccess: () => notifySuccess(t('expenses.attached')),
          onError: (err) => notifyError(describe(err)),
        },
      );
    } catch (err) {
      notifyError(err instanceof Error ? t(err.message) : describe(err));
    }
  };
  const onRemove = async (e: Expense) => {
    if (
      !(await confirm({
        title: t('expenses.removeTitle'),
        message: t('expenses.removeBody', { supplier: e.supplier, amount: money.format(e.amount) }),
        confirmLabel: t('expenses.remove'),
        danger: true,
      }))
    )
      return;
    remove.mutate(e.id, {
      onSuccess: () => notifySuccess(t('expenses.removed')),
      onError: (err) => notifyError(describe(err)),
    });
  };

  const body = () => {
    if (expenses.isPending) return <Loading />;
    if (expenses.error) return <LoadError error={expenses.error} onRetry={() => void expenses.refetch()} />;
    if (!expenses.data.length)
      return <EmptyState title={t('expenses.emptyTitle')} description={t('expenses.emptyBody')} />;
    const total = expenses.data.reduce((s, e) => s + e.amount, 0);
    return (
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('expenses.date')}</Table.Th>
              <Table.Th>{t('expenses.supplier')}</Table.Th>
              <Table.Th>{t('expenses.line')}</Table.Th>
              <Table.Th ta="right">{t('expenses.amount')}</Table.Th>
              <Table.Th>{t('expenses.receipt')}</Table.Th>
              {canWrite && <Table.Th aria-label={t('actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {expenses.data.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.day(e.date)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {e.supplier}
                  </Text>
                  {e.description && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {e.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{lineLabel(e.lineId)}</Text>
                </Table.Td>
                <Table.Td ta="right" fw={600} c={e.amount < 0 ? 'teal.7' : undefined}>
                  {money.format(e.amount)}
                </Table.Td>
                <Table.Td>
                  {e.attachment ? (
                    <Group gap={4} wrap="nowrap">
                      <Anchor href={attachmentUrl(ws, e.id)} download={e.attachment.fileName} size="sm">
                        <Group gap={4} wrap="nowrap">
                          <IconDownload size={14} />
                          {e.attachment.fileName}
                        </Group>
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t('expenses.size', {
                          kb: fmt.number(Math.max(1, Math.round(e.attachment.size / 1024))),
                        })}
                      </Text>
                    </Group>
                  ) : canWrite ? (
                    <FileButton
                      onChange={(f) => void attach(e, f)}
                      accept="application/pdf,image/png,image/jpeg,image/webp"
                    >
                      {(props) => (
                        <Button
                          {...props}
                          size="compact-xs"
                          variant="light"
                          aria-label={t('expenses.attachFor', { supplier: e.supplier })}
                        >
                          {t('expenses.attach')}
                        </Button>
                      )}
                    </FileButton>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={2} justify="flex-end" wrap="nowrap">
                      <Tooltip label={t('expenses.edit')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('expenses.editOf', { supplier: e.supplier })}
                          onClick={() => setEditing(e)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('more', { label: e.supplier })}
                          >
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          {e.attachment && (
                            <Menu.Item
                              onClick={() =>
                                detach.mutate(e.id, { onError: (err) => notifyError(describe(err)) })
                              }
                            >
                              {t('expenses.detach')}
                            </Menu.Item>
                          )}
                          <Menu.Item
                            color="red"
                            leftSection={<IconTrash size={14} />}
                            onClick={() => void onRemove(e)}
                          >
                            {t('expenses.remove')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={3}>{t('summary.total')}</Table.Th>
              <Table.Th ta="right">{money.format(total)}</Table.Th>
              <Table.Th colSpan={canWrite ? 2 : 1} />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <Stack gap="lg">
      <Panel
        padding={0}
        title={t('expenses.title')}
        description={t('expenses.description')}
        actions={
          <Group gap="xs">
            <Button
              component="a"
              href={exportUrl(ws, 'expenses')}
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
                  {t('expenses.add')}
                </Button>
              </>
            )}
          </Group>
        }
      >
        {body()}
      </Panel>
      {editing && (
        <ExpenseModal
          expense={editing === 'new' ? null : editing}
          lines={lines.data ?? []}
          onClose={() => setEditing(null)}
        />
      )}
      {importing && <CsvImportModal kind="expenses" onClose={() => setImporting(false)} />}
    </Stack>
  );
}

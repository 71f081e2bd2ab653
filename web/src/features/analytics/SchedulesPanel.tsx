import { ActionIcon, Button, Group, MultiSelect, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client.js';
import { keys, wsPath } from '../../api/paths.js';
import type { DataOf, Member } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconTrash } from '../../components/icons.js';
import { FormError, LoadError, Loading, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useForm } from '../../lib/form.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useCreateSchedule, useDeleteSchedule, useReportSchedules } from './analytics.api.js';
import {
  REPORT_CADENCES,
  REPORT_FORMATS,
  REPORT_KINDS,
  type ReportSchedule,
  type ReportScheduleInput,
} from './analytics.types.js';

/**
 * Report schedules: who receives which report, how often, in which format and language. Everyone who
 * may read reports sees the list; only `analytics.configure` sees the form and the delete buttons.
 */
export function SchedulesPanel() {
  const { t } = useTranslation('analytics');
  const { id: ws, may } = useWorkspace();
  const fmt = useFormat();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const canWrite = may('analytics.configure');
  const schedules = useReportSchedules(ws);
  const members = useQuery({
    queryKey: keys.members(ws),
    queryFn: () => get<DataOf<Member[]>>(wsPath(ws, '/members')),
    enabled: may('members.read'),
  });
  const remove = useDeleteSchedule(ws);
  const memberName = (id: string) =>
    members.data?.data.find((m) => m.id === id)?.name ?? t('schedules.formerMember');

  const onDelete = async (s: ReportSchedule) => {
    const ok = await confirm({
      title: t('schedules.deleteTitle'),
      message: t('schedules.deleteMessage', { kind: t(`schedules.kinds.${s.kind}`) }),
      confirmLabel: t('schedules.delete'),
      danger: true,
    });
    if (!ok) return;
    remove.mutate(s.id, {
      onSuccess: () => notifySuccess(t('schedules.deleted')),
      onError: (e) => notifyError(describe(e)),
    });
  };

  return (
    <Panel title={t('schedules.title')} description={t('schedules.description')}>
      <Stack gap="lg">
        {schedules.isPending ? (
          <Loading />
        ) : schedules.isError ? (
          <LoadError error={schedules.error} onRetry={() => void schedules.refetch()} />
        ) : schedules.data.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('schedules.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing={6} aria-label={t('schedules.title')} data-testid="report-schedules">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('schedules.kind')}</Table.Th>
                  <Table.Th>{t('schedules.cadence')}</Table.Th>
                  <Table.Th>{t('schedules.format')}</Table.Th>
                  <Table.Th>{t('schedules.recipients')}</Table.Th>
                  <Table.Th>{t('schedules.nextRun')}</Table.Th>
                  <Table.Th>{t('schedules.lastRun')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {schedules.data.data.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{t(`schedules.kinds.${s.kind}`)}</Table.Td>
                    <Table.Td>{t(`schedules.cadences.${s.cadence}`)}</Table.Td>
                    <Table.Td>
                      {s.format.toUpperCase()} · {s.language.toUpperCase()}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.recipients.map(memberName).join(', ')}</Text>
                    </Table.Td>
                    <Table.Td>{fmt.dateTime(s.nextRunAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{fmt.dateTime(s.lastRunAt)}</Text>
                      {s.lastError && (
                        <Text size="xs" c="red">
                          {s.lastError}
                        </Text>
                      )}
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() => void onDelete(s)}
                          aria-label={t('schedules.deleteOne', { kind: t(`schedules.kinds.${s.kind}`) })}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canWrite && <ScheduleForm members={members.data?.data ?? []} />}
      </Stack>
    </Panel>
  );
}

type Values = ReportScheduleInput & Record<string, unknown>;

function ScheduleForm({ members }: { members: Member[] }) {
  const { t, i18n } = useTranslation('analytics');
  const { id: ws } = useWorkspace();
  const describe = useDescribeError();
  const create = useCreateSchedule(ws);
  const initial: Values = {
    kind: 'monthly_report',
    cadence: 'monthly',
    format: 'pdf',
    language: (i18n.resolvedLanguage ?? 'en').startsWith('fr') ? 'fr' : 'en',
    recipients: [],
  };
  const form = useForm<Values>(initial, (v) => ({
    recipients: v.recipients.length ? undefined : t('schedules.recipientsRequired'),
  }));
  const submit = form.onSubmit((v) =>
    create.mutate(
      { kind: v.kind, cadence: v.cadence, format: v.format, language: v.language, recipients: v.recipients },
      {
        onSuccess: () => {
          notifySuccess(t('schedules.created'));
          form.setAll(initial);
        },
        onError: (e) => form.fail(e, describe),
      },
    ),
  );
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

  return (
    <form onSubmit={submit} noValidate aria-label={t('schedules.new')}>
      <Stack gap="sm">
        <Text fw={600} size="sm">
          {t('schedules.new')}
        </Text>
        <FormError message={form.formError} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('schedules.kind')}
            data={options(REPORT_KINDS, 'schedules.kinds')}
            value={form.values.kind}
            onChange={(v) => {
              if (!v) return;
              form.set('kind', v as Values['kind']);
              // The briefing exists as PDF only.
              if (v === 'executive_briefing') form.set('format', 'pdf');
            }}
            allowDeselect={false}
            error={form.error('kind')}
            w={200}
          />
          <Select
            label={t('schedules.cadence')}
            data={options(REPORT_CADENCES, 'schedules.cadences')}
            value={form.values.cadence}
            onChange={(v) => v && form.set('cadence', v as Values['cadence'])}
            allowDeselect={false}
            error={form.error('cadence')}
            w={150}
          />
          <Select
            label={t('schedules.format')}
            data={REPORT_FORMATS.map((f) => ({
              value: f,
              label: f.toUpperCase(),
              disabled: f === 'csv' && form.values.kind === 'executive_briefing',
            }))}
            value={form.values.format}
            onChange={(v) => v && form.set('format', v as Values['format'])}
            allowDeselect={false}
            error={form.error('format')}
            w={100}
          />
          <Select
            label={t('reports.language')}
            data={[
              { value: 'en', label: 'English' },
              { value: 'fr', label: 'Français' },
            ]}
            value={form.values.language}
            onChange={(v) => v && form.set('language', v as Values['language'])}
            allowDeselect={false}
            error={form.error('language')}
            w={130}
          />
          <MultiSelect
            label={t('schedules.recipients')}
            data={members.map((m) => ({ value: m.id, label: `${m.name} <${m.email}>` }))}
            value={form.values.recipients}
            onChange={(v) => form.set('recipients', v)}
            searchable
            error={form.error('recipients')}
            placeholder={t('schedules.recipientsPlaceholder')}
            miw={280}
            style={{ flex: 1 }}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t(`schedules.when.${form.values.cadence}`)}
        </Text>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('schedules.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

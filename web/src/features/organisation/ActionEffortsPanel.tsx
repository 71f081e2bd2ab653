import { Button, NumberInput, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { LoadError, Loading, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useActionEfforts, useSaveActionEffort, type ActionEffort } from './organisation.api.js';

/** Weekly hours of each plan action while it runs (the strategy's actions, owned by their RACI). */
export function ActionEffortsPanel() {
  const { t } = useTranslation('organisation');
  const { id: ws } = useWorkspace();
  const efforts = useActionEfforts(ws);
  const body = () => {
    if (efforts.isPending) return <Loading />;
    if (efforts.error) return <LoadError error={efforts.error} onRetry={() => void efforts.refetch()} />;
    if (!efforts.data.length)
      return (
        <Text size="sm" c="dimmed" p="lg">
          {t('actionEfforts.empty')}
        </Text>
      );
    return (
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('actionEfforts.action')}</Table.Th>
              <Table.Th>{t('actionEfforts.period')}</Table.Th>
              <Table.Th>{t('actionEfforts.hours')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {efforts.data.map((a) => (
              <Row key={a.actionId} action={a} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };
  return (
    <Panel padding={0} title={t('actionEfforts.title')} description={t('actionEfforts.description')}>
      {body()}
    </Panel>
  );
}

function Row({ action }: { action: ActionEffort }) {
  const { t } = useTranslation('organisation');
  const { id: ws, may } = useWorkspace();
  const fmt = useFormat();
  const describe = useDescribeError();
  const save = useSaveActionEffort(ws);
  const [hours, setHours] = useState<number | string>(action.hoursPerWeek);
  useEffect(() => setHours(action.hoursPerWeek), [action.hoursPerWeek]);
  const dirty = Number(hours) !== action.hoursPerWeek;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {action.title}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {action.startDate ? fmt.day(action.startDate) : '…'} →{' '}
          {action.endDate ? fmt.day(action.endDate) : '…'}
        </Text>
      </Table.Td>
      <Table.Td>
        <NumberInput
          size="xs"
          w={110}
          aria-label={t('actionEfforts.hoursOf', { action: action.title })}
          value={hours}
          onChange={setHours}
          min={0}
          max={168}
          decimalScale={1}
          disabled={!may('organisation.write')}
        />
      </Table.Td>
      <Table.Td>
        {dirty && (
          <Button
            size="xs"
            variant="light"
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { actionId: action.actionId, hoursPerWeek: Number(hours) || 0 },
                {
                  onSuccess: () => notifySuccess(t('actionEfforts.saved')),
                  onError: (e) => notifyError(describe(e)),
                },
              )
            }
          >
            {t('save')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

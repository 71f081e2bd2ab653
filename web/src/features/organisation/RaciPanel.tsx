import { Badge, MultiSelect, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { EmptyState, LoadError, Loading, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError } from '../../lib/notify.js';
import { networkName } from './calendar.js';
import {
  useNetworkPlans,
  useProcessRaci,
  useResources,
  useSaveRaci,
  type Process,
  type ProcessRaci,
} from './organisation.api.js';

/** Who is Responsible, Accountable, Consulted and Informed for each recurring process. */
export function RaciPanel() {
  const { t } = useTranslation('organisation');
  const { id: ws, may } = useWorkspace();
  const raci = useProcessRaci(ws);
  const plans = useNetworkPlans(ws);
  const resources = useResources(ws);
  const save = useSaveRaci(ws);
  const describe = useDescribeError();
  const canWrite = may('organisation.write');

  if (raci.isPending || plans.isPending || resources.isPending) return <Loading />;
  const error = raci.error ?? plans.error ?? resources.error;
  if (error) return <LoadError error={error} />;
  if (!raci.data || !plans.data || !resources.data) return <Loading />;

  const options = resources.data.map((r) => ({ value: r.id, label: r.name }));
  const networks = plans.data.map((p) => p.networkId);
  const rows: { process: Process; networkId: string | null }[] = [
    ...networks.map((n) => ({ process: 'publishing' as const, networkId: n })),
    ...networks.map((n) => ({ process: 'inbox' as const, networkId: n })),
    { process: 'approvals', networkId: null },
  ];
  const current = (process: Process, networkId: string | null): ProcessRaci =>
    raci.data.find((r) => r.process === process && r.networkId === networkId) ?? {
      process,
      networkId,
      responsible: [],
      accountable: null,
      consulted: [],
      informed: [],
    };
  const change = (row: ProcessRaci, patch: Partial<ProcessRaci>) =>
    save.mutate({ ...row, ...patch }, { onError: (e) => notifyError(describe(e)) });

  return (
    <Panel padding={0} title={t('raci.title')} description={t('raci.description')}>
      {!options.length ? (
        <EmptyState title={t('raci.noResources')} description={t('raci.noResourcesBody')} />
      ) : (
        <Table.ScrollContainer minWidth={980}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={210}>{t('raci.process')}</Table.Th>
                <Table.Th>{t('raci.responsible')}</Table.Th>
                <Table.Th>{t('raci.accountable')}</Table.Th>
                <Table.Th>{t('raci.consulted')}</Table.Th>
                <Table.Th>{t('raci.informed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ process, networkId }) => {
                const row = current(process, networkId);
                const label = networkId
                  ? t(`process.${process}On`, { network: networkName(networkId) })
                  : t(`process.${process}`);
                const multi = (letter: 'responsible' | 'consulted' | 'informed') => (
                  <MultiSelect
                    size="xs"
                    aria-label={`${t(`raci.${letter}`)} — ${label}`}
                    data={options}
                    value={row[letter]}
                    onChange={(v) => change(row, { [letter]: v })}
                    disabled={!canWrite}
                    placeholder={row[letter].length ? undefined : '—'}
                  />
                );
                return (
                  <Table.Tr key={`${process}|${networkId ?? ''}`}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {label}
                      </Text>
                      {process === 'inbox' && !row.responsible.length && (
                        <Badge size="xs" color="red" variant="light" mt={2}>
                          {t('raci.nobodyInbox')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{multi('responsible')}</Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={`${t('raci.accountable')} — ${label}`}
                        data={options}
                        value={row.accountable}
                        onChange={(v) => change(row, { accountable: v })}
                        disabled={!canWrite}
                        clearable
                        placeholder="—"
                      />
                    </Table.Td>
                    <Table.Td>{multi('consulted')}</Table.Td>
                    <Table.Td>{multi('informed')}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Panel>
  );
}

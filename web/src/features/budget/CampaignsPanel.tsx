import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconDots, IconPencil, IconPlus, IconTrash } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { NETWORK_IDS, networkName } from '../organisation/calendar.js';
import {
  useAttribution,
  useCampaigns,
  useImportCampaigns,
  useRemoveCampaign,
  type Campaign,
} from './budget.api.js';
import { CampaignModal } from './CampaignModal.js';
import { CsvFileImport } from './CsvImportModal.js';
import { useMoney } from './money.js';

/** Sponsored campaigns: budget, spend, results and the ratios that defend (or not) the spend. */
export function CampaignsPanel() {
  const { t, i18n } = useTranslation('budget');
  const lang = i18n.resolvedLanguage ?? 'en';
  const { id: ws, may } = useWorkspace();
  const campaigns = useCampaigns(ws);
  const { objectives, actions } = useAttribution(ws, may('strategy.read'));
  const money = useMoney();
  const fmt = useFormat();
  const describe = useDescribeError();
  const confirm = useConfirm();
  const remove = useRemoveCampaign(ws);
  const imp = useImportCampaigns(ws);
  const [editing, setEditing] = useState<Campaign | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [network, setNetwork] = useState<string | null>(null);
  const [objectiveId, setObjectiveId] = useState<string | null>(null);
  const canWrite = may('budget.write');
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 });
  const ratio = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const opt = (v: number | null, f: (x: number) => string) => (v === null ? '—' : f(v));

  const onRemove = async (c: Campaign) => {
    if (
      !(await confirm({
        title: t('campaigns.removeTitle'),
        message: t('campaigns.removeBody', { name: c.name }),
        confirmLabel: t('campaigns.remove'),
        danger: true,
      }))
    )
      return;
    remove.mutate(c.id, {
      onSuccess: () => notifySuccess(t('campaigns.removed')),
      onError: (e) => notifyError(describe(e)),
    });
  };

  const body = () => {
    if (campaigns.isPending) return <Loading />;
    if (campaigns.error)
      return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
    if (!campaigns.data.length)
      return <EmptyState title={t('campaigns.emptyTitle')} description={t('campaigns.emptyBody')} />;
    return (
      <Table.ScrollContainer minWidth={1000}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('campaigns.name')}</Table.Th>
              <Table.Th ta="right">{t('campaigns.budgetSpend')}</Table.Th>
              <Table.Th>{t('campaigns.results')}</Table.Th>
              <Table.Th>{t('campaigns.ratios')}</Table.Th>
              <Table.Th ta="right">{t('ratio.roas')}</Table.Th>
              {canWrite && <Table.Th aria-label={t('actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {campaigns.data.map((c) => {
              const results: [string, string][] = [
                [t('campaigns.impressions'), fmt.number(c.impressions)],
                [t('campaigns.clicks'), fmt.number(c.clicks)],
                [t('campaigns.conversions'), fmt.number(c.conversions)],
                [t('campaigns.value'), money.format(c.conversionValue)],
              ];
              const ratios: [string, string][] = [
                [t('ratio.ctr'), opt(c.ratios.ctr, (x) => pct.format(x))],
                [t('ratio.cpc'), opt(c.ratios.cpc, (x) => money.format(x))],
                [t('ratio.cpm'), opt(c.ratios.cpm, (x) => money.format(x))],
                [t('ratio.cpa'), opt(c.ratios.cpa, (x) => money.format(x))],
              ];
              return (
                <Table.Tr key={c.id}>
                  <Table.Td miw={240}>
                    <Text size="sm" fw={600}>
                      {c.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {fmt.day(c.startDate)} → {fmt.day(c.endDate)}
                    </Text>
                    <Group gap={4} mt={4}>
                      <Badge size="xs" variant="light">
                        {networkName(c.networkId)}
                      </Badge>
                      {c.source === 'import' && (
                        <Badge size="xs" variant="outline" color="gray">
                          {t('campaigns.imported')}
                        </Badge>
                      )}
                    </Group>
                    {c.objectiveId && (
                      <Text size="xs" c="dimmed" lineClamp={1} mt={2}>
                        {objectives.find((o) => o.id === c.objectiveId)?.title}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" miw={180}>
                    <Text size="sm" fw={600}>
                      {money.format(c.spend)}
                    </Text>
                    {c.budget > 0 && (
                      <>
                        <Progress
                          value={Math.min(100, (c.spend / c.budget) * 100)}
                          color={c.spend > c.budget ? 'red' : 'blue'}
                          size="xs"
                          my={3}
                          aria-hidden
                        />
                        <Text size="xs" c={c.remaining < 0 ? 'red.7' : 'dimmed'}>
                          {t('campaigns.ofBudget', {
                            budget: money.format(c.budget),
                            remaining: money.format(c.remaining),
                          })}
                        </Text>
                      </>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Figures rows={results} />
                  </Table.Td>
                  <Table.Td>
                    <Figures rows={ratios} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text
                      size="lg"
                      fw={700}
                      c={c.ratios.roas === null ? 'dimmed' : c.ratios.roas < 1 ? 'red.7' : 'teal.7'}
                    >
                      {opt(c.ratios.roas, (x) => `${ratio.format(x)}×`)}
                    </Text>
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Group gap={2} wrap="nowrap" justify="flex-end">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('campaigns.edit', { name: c.name })}
                          onClick={() => setEditing(c)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        <Menu position="bottom-end">
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('more', { label: c.name })}
                            >
                              <IconDots size={16} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item
                              color="red"
                              leftSection={<IconTrash size={14} />}
                              onClick={() => void onRemove(c)}
                            >
                              {t('campaigns.remove')}
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <Stack gap="lg">
      <Panel
        padding={0}
        title={t('campaigns.title')}
        description={t('campaigns.description')}
        actions={
          canWrite && (
            <Group gap="xs">
              <Button variant="default" onClick={() => setImporting(true)}>
                {t('campaigns.import')}
              </Button>
              <Button leftSection={<IconPlus />} onClick={() => setEditing('new')}>
                {t('campaigns.add')}
              </Button>
            </Group>
          )
        }
      >
        {body()}
      </Panel>
      <Text size="xs" c="dimmed">
        {t('ratio.legend')}
      </Text>
      {editing && (
        <CampaignModal
          campaign={editing === 'new' ? null : editing}
          objectives={objectives}
          actions={actions}
          onClose={() => setEditing(null)}
        />
      )}
      {importing && (
        <CsvFileImport
          title={t('campaigns.importTitle')}
          intro={t('campaigns.importIntro')}
          ready={network !== null}
          extra={
            <Group grow>
              <Select
                label={t('campaigns.network')}
                data={NETWORK_IDS.map((n) => ({ value: n, label: networkName(n) }))}
                value={network}
                onChange={setNetwork}
                required
              />
              <Select
                label={t('lines.objective')}
                placeholder={t('lines.noObjective')}
                data={objectives.map((o) => ({ value: o.id, label: o.title }))}
                value={objectiveId}
                onChange={setObjectiveId}
                clearable
              />
            </Group>
          }
          run={async (csv, dryRun) =>
            (await imp.mutateAsync({ networkId: network ?? '', objectiveId, csv, dryRun })).data
          }
          onClose={() => setImporting(false)}
        />
      )}
    </Stack>
  );
}

/** Label–value pairs in two tight columns. */
function Figures({ rows }: { rows: [string, string][] }) {
  return (
    <SimpleGrid cols={2} spacing={4} verticalSpacing={0} maw={260}>
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text size="xs" fw={500} ta="right">
            {value}
          </Text>
        </Fragment>
      ))}
    </SimpleGrid>
  );
}

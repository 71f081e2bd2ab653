import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconInfo, IconPlus } from '../../../components/icons.js';
import { useDescribeError } from '../../../lib/errors.js';
import { notifyError } from '../../../lib/notify.js';
import { useBuilder } from '../builder-context.js';
import { AutoDate, AutoNumber, AutoSelect, AutoText } from '../fields.js';
import { ItemList, useScrollToFocus } from '../ItemList.js';
import { INDICATOR_KINDS, UNITS, type Indicator, type Metric, type Objective } from '../strategy.types.js';
import { enumOptions, fieldSaver } from './shared.js';

export const KIND_COLOURS = { roi: 'green', roa: 'blue', roni: 'orange', process: 'grape' } as const;

/** A target or baseline with its unit: 2 %, 240 min, 3 000 €, 60. */
function useValueFormat() {
  const { t, i18n } = useTranslation('strategy');
  const { currency } = useBuilder();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (value: number, unit: string): string => {
    if (unit === 'currency')
      return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
        value,
      );
    const n = new Intl.NumberFormat(lang).format(value);
    if (unit === 'percent') return `${n} %`;
    if (unit === 'minutes') return t('indicators.minutes', { n });
    return n;
  };
}

/** Metric options grouped by family (ROI, ROA, RONI, process), named in the interface language. */
function useMetricOptions() {
  const { t } = useTranslation('strategy');
  const { catalogue, loc } = useBuilder();
  return INDICATOR_KINDS.map((k) => ({
    group: t(`kinds.${k}`),
    items: catalogue.metrics.filter((m) => m.kind === k).map((m) => ({ value: m.id, label: loc(m.name) })),
  }));
}

/** Step 7: typed indicators per objective, each metric's formula written out, cited default targets. */
export function IndicatorsStep() {
  const { t } = useTranslation('strategy');
  const { snapshot, focusId } = useBuilder();
  useScrollToFocus(
    snapshot.objectives.some((o) => o.id === focusId),
    focusId,
  );
  if (!snapshot.objectives.length)
    return (
      <Alert variant="light" icon={<IconInfo />}>
        {t('indicators.needObjectives')}
      </Alert>
    );
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {INDICATOR_KINDS.map((k) => (
          <Paper key={k} withBorder radius="sm" p="xs">
            <Badge color={KIND_COLOURS[k]} variant="light">
              {t(`kinds.${k}`)}
            </Badge>
            <Text size="xs" c="dimmed" mt={4}>
              {t(`kindHints.${k}`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {snapshot.objectives.map((o) => (
        <ObjectiveIndicators key={o.id} objective={o} />
      ))}
    </>
  );
}

function ObjectiveIndicators({ objective: o }: { objective: Objective }) {
  const { t } = useTranslation('strategy');
  const { snapshot, writes, write, focusId, catalogue, loc } = useBuilder();
  const describe = useDescribeError();
  const metricOptions = useMetricOptions();
  const [metric, setMetric] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const items = snapshot.indicators.filter((i) => i.objectiveId === o.id);
  const metricOf = (id: string): Metric | undefined => catalogue.metrics.find((m) => m.id === id);
  const formatValue = useValueFormat();

  const add = () => {
    if (!metric) return;
    setBusy(true);
    writes
      .createItem<Indicator>('indicators', { objectiveId: o.id, metric })
      .then(
        () => setMetric(null),
        (e: unknown) => notifyError(describe(e)),
      )
      .finally(() => setBusy(false));
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      shadow="xs"
      id={`item-${o.id}`}
      style={o.id === focusId ? { boxShadow: '0 0 0 2px var(--mantine-color-blue-4)' } : undefined}
    >
      <Group justify="space-between" mb="sm">
        <div>
          <Text fw={650}>{o.title}</Text>
          <Text size="xs" c="dimmed">
            {t(`objectiveTypes.${o.type}`)}
          </Text>
        </div>
        <Badge variant="light" color={items.some((i) => i.target !== null) ? 'teal' : 'red'}>
          {t('indicators.count', { count: items.length })}
        </Badge>
      </Group>
      <ItemList<Indicator>
        items={items}
        label={(i) => i.name}
        meta={(i) => (
          <>
            <Badge color={KIND_COLOURS[i.kind]} variant="light">
              {t(`kinds.${i.kind}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {i.target !== null
                ? t('indicators.targetShort', { value: formatValue(i.target, i.unit) })
                : t('indicators.noTarget')}
            </Text>
          </>
        )}
        addLabel={t('indicators.add')}
        emptyTitle={t('indicators.empty')}
        compact
        onDelete={(i) => writes.deleteItem('indicators', i.id)}
        render={(i) => {
          const save = fieldSaver((b) => writes.patchItem('indicators', i.id, b));
          const m = metricOf(i.metric);
          const proposed = m
            ? (i.networkId && m.defaultTargetByNetwork?.[i.networkId]) || m.defaultTarget
            : undefined;
          return (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <AutoText
                  label={t('fields.name')}
                  field="name"
                  value={i.name}
                  onSave={save('name')}
                  required
                />
                <AutoSelect
                  label={t('fields.metric')}
                  field="metric"
                  value={i.metric}
                  data={metricOptions}
                  onSave={save('metric')}
                />
              </SimpleGrid>
              {m && (
                <Paper radius="sm" p="sm" bg="gray.0">
                  <Text size="xs" c="dimmed" fw={600}>
                    {t('indicators.formula')}
                  </Text>
                  <Text ff="monospace" size="sm">
                    {loc(m.formula)}
                  </Text>
                </Paper>
              )}
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <AutoSelect
                  label={t('fields.kind')}
                  field="kind"
                  value={i.kind}
                  data={enumOptions(INDICATOR_KINDS, t, 'kinds')}
                  onSave={save('kind')}
                />
                <AutoSelect
                  label={t('fields.unit')}
                  field="unit"
                  value={i.unit}
                  data={enumOptions(UNITS, t, 'units')}
                  onSave={save('unit')}
                />
                <AutoSelect
                  label={t('fields.networkOptional')}
                  field="networkId"
                  value={i.networkId}
                  clearable
                  data={catalogue.networks.map((n) => ({ value: n.id, label: n.name }))}
                  onSave={save('networkId')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <AutoNumber
                  label={t('fields.baseline')}
                  field="baseline"
                  value={i.baseline}
                  onSave={save('baseline')}
                />
                <AutoNumber
                  label={t('fields.target')}
                  field="target"
                  value={i.target}
                  onSave={save('target')}
                />
              </SimpleGrid>
              {i.targetSource ? (
                <Text size="xs" c="dimmed">
                  {t('indicators.proposedSource', { source: i.targetSource })}
                </Text>
              ) : (
                proposed &&
                write && (
                  <Group gap="xs">
                    <Text size="xs" c="dimmed">
                      {t('indicators.proposal', { value: proposed.value, source: proposed.source })}
                    </Text>
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() =>
                        void writes.patchItem('indicators', i.id, {
                          target: proposed.value,
                          targetSource: proposed.source,
                        })
                      }
                    >
                      {t('indicators.useProposal')}
                    </Button>
                  </Group>
                )
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <AutoDate
                  label={t('fields.periodStart')}
                  field="periodStart"
                  value={i.periodStart}
                  onSave={save('periodStart')}
                />
                <AutoDate
                  label={t('fields.periodEnd')}
                  field="periodEnd"
                  value={i.periodEnd}
                  onSave={save('periodEnd')}
                />
              </SimpleGrid>
            </>
          );
        }}
      />
      {write && (
        <Group mt="sm" align="flex-end">
          <Select
            label={t('indicators.newMetric')}
            aria-label={t('indicators.newMetricFor', { name: o.title })}
            data={metricOptions}
            value={metric}
            onChange={setMetric}
            searchable
            flex={1}
            comboboxProps={{ withinPortal: true }}
          />
          <Button leftSection={<IconPlus />} variant="light" onClick={add} loading={busy} disabled={!metric}>
            {t('indicators.add')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}

import { Alert, Button, Code, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { LoadError, Loading } from '../../components/ui.js';
import { useTrace, type Range } from './analytics.api.js';
import type { IndicatorValue, Scope } from './analytics.types.js';
import { useFigures } from './figures.js';

export interface ExplainTarget {
  title: string;
  value: IndicatorValue;
  scope: Scope;
}

/**
 * "How is this computed?": the catalogue formula in the reader's language, each input with its value
 * and source, and — on demand — the rows behind an input (analytics/trace), so a figure can be checked.
 */
export function ExplainDrawer({
  target,
  range,
  onClose,
}: {
  target: ExplainTarget | null;
  range: Range;
  onClose: () => void;
}) {
  const { t } = useTranslation('analytics');
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="xl"
      // The drawer's title is already a heading (h2): plain text inside it, never another heading.
      title={
        <Text fw={700} fz="lg">
          {t('explain.title', { name: target?.title ?? '' })}
        </Text>
      }
    >
      {target && (
        <ExplainBody key={`${target.value.metric}:${target.scope.id ?? ''}`} target={target} range={range} />
      )}
    </Drawer>
  );
}

function ExplainBody({ target, range }: { target: ExplainTarget; range: Range }) {
  const { t } = useTranslation('analytics');
  const { id: ws } = useWorkspace();
  const fig = useFigures();
  const { value } = target;
  const [input, setInput] = useState<string | null>(null);
  const trace = useTrace(ws, range, target.scope, input ? { metric: value.metric, input } : null);
  const reason = fig.reason(value);

  return (
    <Stack gap="md">
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('explain.formula')}
        </Text>
        <Code block data-testid="explain-formula">
          {fig.text(value.formula)}
        </Code>
      </div>
      <Text size="sm">
        {t('explain.result')}{' '}
        <b>
          {reason ? t('cards.unavailable', { reason }) : fig.value(value.value, value.unit, value.currency)}
        </b>
      </Text>
      {value.notes.length > 0 && (
        <Alert color="yellow" variant="light">
          {value.notes.map((n) => {
            const [code, count] = n.split(':');
            return (
              <Text key={n} size="sm">
                {t(`notes.${code}`, { count: Number(count ?? 0), defaultValue: n })}
              </Text>
            );
          })}
        </Alert>
      )}
      <Table verticalSpacing={6} aria-label={t('explain.inputs')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('explain.input')}</Table.Th>
            <Table.Th ta="right">{t('explain.value')}</Table.Th>
            <Table.Th>{t('explain.source')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {value.inputs.map((i) => (
            <Table.Tr key={i.key}>
              <Table.Td>{fig.text(i.label)}</Table.Td>
              <Table.Td ta="right">{fig.value(i.value, i.unit, value.currency)}</Table.Td>
              <Table.Td>
                {i.source ? (
                  <Text size="sm">
                    {t(`sources.${i.source}`, i.source)}
                    {i.rows !== undefined ? ` · ${t('explain.rows', { count: i.rows })}` : ''}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('explain.combined')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {i.source && (
                  <Button
                    size="compact-xs"
                    variant={input === i.key ? 'filled' : 'light'}
                    onClick={() => setInput(input === i.key ? null : i.key)}
                    aria-pressed={input === i.key}
                  >
                    {t('explain.showRows')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {input && (
        <Stack gap="xs">
          <Title order={5}>{t('explain.rowsOf', { input: labelOf(value, input, (l) => fig.text(l)) })}</Title>
          {trace.isPending ? (
            <Loading />
          ) : trace.isError ? (
            <LoadError error={trace.error} onRetry={() => void trace.refetch()} />
          ) : (
            <TraceTable rows={trace.data.rows} truncated={trace.data.truncated} />
          )}
        </Stack>
      )}
    </Stack>
  );
}

function labelOf(value: IndicatorValue, key: string, text: (l: IndicatorValue['formula']) => string): string {
  const i = value.inputs.find((x) => x.key === key);
  return i ? text(i.label) : key;
}

// Columns holding money in minor units (with the row's `currency`, else the workspace's).
const MONEY_COLUMNS = new Set([
  'value',
  'value_minor',
  'actual',
  'prorated',
  'spend',
  'conversion_value',
  'impact',
  'expectedLoss',
]);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** `occurred_at` / `firstResponseAt` → "Occurred at" / "First response at": a readable fallback. */
function humanise(column: string): string {
  const words = column
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The source rows: one column per field of the first row, named and formatted for people. */
function TraceTable({ rows, truncated }: { rows: Record<string, unknown>[]; truncated: boolean }) {
  const { t } = useTranslation('analytics');
  const fig = useFigures();
  const { workspace } = useWorkspace();
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('explain.noRows')}
      </Text>
    );
  const columns = Object.keys(rows[0] ?? {});
  const when = new Intl.DateTimeFormat(fig.lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: workspace.timeZone,
  });
  const cell = (row: Record<string, unknown>, column: string): string => {
    const v = row[column];
    if (v === null || v === undefined) return '—';
    if (typeof v === 'number' && MONEY_COLUMNS.has(column))
      return fig.money(v, typeof row.currency === 'string' ? row.currency : null);
    if (typeof v === 'string' && ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v)))
      return when.format(new Date(v));
    if (typeof v === 'number') return fig.count(v);
    if (typeof v === 'boolean') return v ? t('trace.yes') : t('trace.no');
    if (typeof v === 'string') return v;
    return JSON.stringify(v);
  };
  return (
    <>
      <Table.ScrollContainer minWidth={columns.length * 120}>
        <Table striped verticalSpacing={4} fz="xs" data-testid="trace-rows">
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c}>{t(`trace.columns.${c}`, { defaultValue: humanise(c) })}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, n) => (
              <Table.Tr key={n}>
                {columns.map((c) => (
                  <Table.Td key={c}>{cell(r, c)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Text size="xs" c="dimmed">
          {truncated
            ? t('explain.truncated', { count: rows.length })
            : t('explain.rows', { count: rows.length })}
        </Text>
      </Group>
    </>
  );
}

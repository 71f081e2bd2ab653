import { Box, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { LoadError, Loading, Panel } from '../../components/ui.js';
import { usePillarMix } from './calendar.api.js';
import { mixRows } from './mix.js';
import { cssColour, isCssColour, objectiveColourName } from './palette.js';

/** The pillar mix of the visible period against the editorial line's target mix. */
export function MixPanel({ from, to }: { from: string; to: string }) {
  const { t, i18n } = useTranslation('calendar');
  const { id } = useWorkspace();
  const mix = usePillarMix(id, from, to);
  const pct = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { maximumFractionDigits: 1 });
  const body = () => {
    if (mix.isPending) return <Loading />;
    if (mix.error) return <LoadError error={mix.error} onRetry={() => void mix.refetch()} />;
    const rows = mixRows(mix.data);
    if (!rows.length)
      return (
        <Text size="sm" c="dimmed">
          {t('mix.noPillars')}
        </Text>
      );
    return (
      <Stack gap="sm">
        {rows.map((r) => {
          const colour =
            r.colour && isCssColour(r.colour) ? r.colour : cssColour(objectiveColourName(r.pillarId));
          return (
            <Box key={r.pillarId} data-testid="mix-row">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={500} truncate="end">
                  {r.name}
                </Text>
                <Text
                  size="xs"
                  c={r.gap !== null && Math.abs(r.gap) >= 10 ? 'orange' : 'dimmed'}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {r.target === null
                    ? t('mix.noTarget', { actual: pct.format(r.actual), count: r.count })
                    : t('mix.line', {
                        actual: pct.format(r.actual),
                        target: pct.format(r.target),
                        gap: `${r.gap! > 0 ? '+' : ''}${pct.format(r.gap!)}`,
                        count: r.count,
                      })}
                </Text>
              </Group>
              <Box pos="relative" mt={4}>
                <Progress
                  value={r.actual}
                  color={colour}
                  size="md"
                  aria-label={t('mix.barLabel', { name: r.name })}
                />
                {r.target !== null && (
                  <Tooltip label={t('mix.target', { target: pct.format(r.target) })}>
                    <Box
                      aria-hidden
                      style={{
                        position: 'absolute',
                        top: -3,
                        bottom: -3,
                        width: 2,
                        left: `calc(${Math.min(100, r.target)}% - 1px)`,
                        background: 'var(--mantine-color-dark-6)',
                      }}
                    />
                  </Tooltip>
                )}
              </Box>
            </Box>
          );
        })}
        <Text size="xs" c="dimmed">
          {t('mix.unassigned', { count: mix.data.unassigned, total: mix.data.total })}
        </Text>
      </Stack>
    );
  };
  return (
    <Panel title={t('mix.title')} description={t('mix.description')}>
      {body()}
    </Panel>
  );
}

import { Group, Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { formatMinutes } from './clock.js';
import { useIndicators } from './inbox.api.js';
import { lastDaysFrom } from './period.js';

/** The last seven days in five numbers; hidden when the server has no indicators to give. */
export function IndicatorsStrip() {
  const { t, i18n } = useTranslation('inbox');
  const { id: ws, workspace } = useWorkspace();
  // A calendar day in the workspace's zone, as the indicators count days; fixed while the page is open.
  const from = useMemo(() => lastDaysFrom(Date.now(), workspace.timeZone, 7), [workspace.timeZone]);
  const indicators = useIndicators(ws, from);
  const lang = i18n.resolvedLanguage ?? 'en';
  if (!indicators.data) return null;
  const total = indicators.data.total;
  const minutes = (m: number | null) => (m === null ? '—' : formatMinutes(m, lang));
  const share = (s: number | null) =>
    s === null ? '—' : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(s);
  const cells = [
    { key: 'median', value: minutes(total.medianFirstResponseMinutes) },
    { key: 'p90', value: minutes(total.p90FirstResponseMinutes) },
    { key: 'withinTarget', value: share(total.withinTargetShare) },
    { key: 'backlog', value: String(total.backlog) },
    {
      key: 'unansweredQuestions',
      value: String(total.unansweredQuestions),
      alert: total.unansweredQuestions > 0,
    },
  ];
  return (
    <Paper withBorder radius="md" px="md" py={8} mb="sm" aria-label={t('indicators.title')}>
      <Group gap="lg" wrap="nowrap">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ flex: 'none' }}>
          {t('indicators.title')}
        </Text>
        <SimpleGrid cols={5} spacing="lg" style={{ flex: 1 }}>
          {cells.map((c) => (
            <Tooltip key={c.key} label={t(`indicators.${c.key}Hint`)} withArrow openDelay={300}>
              <div>
                <Text size="xs" c="dimmed">
                  {t(`indicators.${c.key}`)}
                </Text>
                <Text fw={700} size="md" c={c.alert ? 'red' : undefined} data-indicator={c.key}>
                  {c.value}
                </Text>
              </div>
            </Tooltip>
          ))}
        </SimpleGrid>
      </Group>
    </Paper>
  );
}

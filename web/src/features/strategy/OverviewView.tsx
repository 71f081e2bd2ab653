import { Badge, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../lib/format.js';
import { useBuilder } from './builder-context.js';
import { AutoText } from './fields.js';
import { STEPS, stepUrl } from './steps.js';
import { useCompleteness, useStrategy } from './strategy.api.js';
import type { Snapshot } from './strategy.types.js';

const COUNTS: Record<string, (s: Snapshot) => number> = {
  objectives: (s) => s.objectives.length,
  audiences: (s) => s.audiences.length,
  existing: (s) => s.existingActions.length,
  valueAdded: (s) => s.valueAdded.length,
  networks: (s) => s.networkChoices.filter((c) => c.chosen).length,
  editorial: (s) => s.editorialLine.pillars.length,
  indicators: (s) => s.indicators.length,
  roles: (s) => s.actions.filter((a) => a.raci.accountable && a.raci.responsible.length).length,
  obstacles: (s) => s.obstacles.length,
  plan: (s) => s.actions.length,
};

/** The strategy's cover: title and context, and each step with how far it is. */
export function OverviewView() {
  const { t } = useTranslation('strategy');
  const { ws, snapshot, writes } = useBuilder();
  const fmt = useFormat();
  const meta = useStrategy(ws).data?.meta;
  const report = useCompleteness(ws).data?.data;
  return (
    <>
      <Paper withBorder radius="md" p="lg" shadow="xs">
        <Group justify="space-between" mb="sm">
          <Title order={3}>{t('overview.title')}</Title>
          {meta?.latestVersion ? (
            <Badge variant="light" color="teal">
              {t('overview.latest', {
                n: meta.latestVersion.number,
                date: fmt.date(meta.latestVersion.publishedAt),
              })}
            </Badge>
          ) : (
            <Badge variant="light" color="gray">
              {t('overview.neverPublished')}
            </Badge>
          )}
        </Group>
        <Stack gap="sm">
          <AutoText
            label={t('overview.name')}
            field="title"
            value={snapshot.title}
            onSave={(v) => writes.patchOverview({ title: v })}
          />
          <AutoText
            multiline
            label={t('overview.summary')}
            description={t('overview.summaryHint')}
            field="summary"
            value={snapshot.summary}
            onSave={(v) => writes.patchOverview({ summary: v })}
          />
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {STEPS.map((s) => {
          const gaps = report?.gaps.filter((g) => g.target.step === s.number).length ?? 0;
          return (
            <Card
              key={s.slug}
              component={Link}
              to={stepUrl(ws, s.slug)}
              withBorder
              radius="md"
              padding="md"
              shadow="xs"
            >
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm">
                  {s.number <= 9 ? `${s.number}. ` : ''}
                  {t(`steps.${s.key}.short`)}
                </Text>
                {gaps > 0 ? (
                  <Badge color="red" variant="light">
                    {t('nav.gaps', { count: gaps })}
                  </Badge>
                ) : (
                  <Badge color="teal" variant="light">
                    {t('overview.items', { count: COUNTS[s.key]?.(snapshot) ?? 0 })}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed" mt={4} lineClamp={2}>
                {t(`steps.${s.key}.title`)}
              </Text>
            </Card>
          );
        })}
      </SimpleGrid>
    </>
  );
}

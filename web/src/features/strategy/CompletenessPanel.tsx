import { Alert, Anchor, Badge, Box, Group, Paper, RingProgress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IconCheck } from '../../components/icons.js';
import { LoadError } from '../../components/ui.js';
import { useBuilder } from './builder-context.js';
import { slugOfStep, stepUrl } from './steps.js';
import { useCompleteness } from './strategy.api.js';

/** The completeness report, always in view: the score, and each gap linking to what fixes it. */
export function CompletenessPanel() {
  const { t } = useTranslation('strategy');
  const { ws, loc } = useBuilder();
  const query = useCompleteness(ws);
  if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const report = query.data?.data;
  const colour = !report ? 'gray' : report.errorCount ? (report.score >= 70 ? 'yellow' : 'red') : 'teal';

  return (
    <Paper withBorder radius="md" p="sm" shadow="xs" component="section" aria-labelledby="completeness-title">
      <Group gap="md" wrap="nowrap" align="center">
        <RingProgress
          size={72}
          thickness={7}
          roundCaps
          sections={[{ value: report?.score ?? 0, color: colour }]}
          label={
            <Text
              ta="center"
              fw={700}
              fz={13}
              style={{ whiteSpace: 'nowrap' }}
              data-testid="completeness-score"
            >
              {report ? `${report.score} %` : '…'}
            </Text>
          }
        />
        <div>
          <Text fw={650} id="completeness-title">
            {t('completeness.title')}
          </Text>
          {report && (
            <Group gap={6} mt={4}>
              <Badge color={report.errorCount ? 'red' : 'teal'} variant="light">
                {t('completeness.errors', { count: report.errorCount })}
              </Badge>
              {report.warningCount > 0 && (
                <Badge color="yellow" variant="light">
                  {t('completeness.warnings', { count: report.warningCount })}
                </Badge>
              )}
            </Group>
          )}
        </div>
      </Group>
      {report && report.gaps.length === 0 && (
        <Alert mt="md" color="teal" variant="light" icon={<IconCheck />}>
          {t('completeness.complete')}
        </Alert>
      )}
      {report && report.gaps.length > 0 && (
        <Box mt="md">
          <Stack
            gap="xs"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('completeness.gaps')}
          >
            {report.gaps.map((g, i) => (
              <li key={`${g.rule}-${g.target.id ?? ''}-${i}`}>
                <Paper
                  withBorder
                  radius="sm"
                  p="xs"
                  style={{
                    borderLeft: `3px solid var(--mantine-color-${g.severity === 'error' ? 'red' : 'yellow'}-6)`,
                  }}
                >
                  <Text size="xs" c="dimmed" fw={600}>
                    {t('completeness.step', { n: g.target.step, name: t(`stepNames.${g.target.step}`) })}
                  </Text>
                  <Text size="sm">{loc(g.message)}</Text>
                  <Anchor
                    component={Link}
                    to={stepUrl(ws, slugOfStep(g.target.step), g.target.id)}
                    size="sm"
                    fw={600}
                  >
                    {t('completeness.fix')}
                  </Anchor>
                </Paper>
              </li>
            ))}
          </Stack>
        </Box>
      )}
    </Paper>
  );
}

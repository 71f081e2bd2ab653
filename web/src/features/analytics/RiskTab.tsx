import { Alert, Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { WORKSPACE_ROUTES } from '../../app/registry.js';
import { useWorkspace } from '../../app/workspace.js';
import { LoadError, Loading, Panel } from '../../components/ui.js';
import { useRoni, type Range } from './analytics.api.js';
import type { RoniRisk } from './analytics.types.js';
import { useFigures } from './figures.js';

/**
 * The RONI settings page another feature provides: found in the route registry rather than assumed, so
 * the link appears only once that page exists.
 */
function roniSettingsPath(): string | null {
  const route = WORKSPACE_ROUTES.find(
    (r) => r.action === 'analytics.configure' && /roni|risk|analytics\/settings/.test(r.path),
  );
  return route ? route.path.replace(/\/\*$/, '') : null;
}

/** The risk of non-investment: each risk as probability × impact with its inputs, and the total. */
export function RiskTab({ range }: { range: Range }) {
  const { t } = useTranslation('analytics');
  const { id: ws, may } = useWorkspace();
  const fig = useFigures();
  const roni = useRoni(ws, range);
  const settings = roniSettingsPath();
  const settingsLink =
    settings && may('analytics.configure') ? (
      <Anchor component={Link} to={`/w/${ws}/${settings}`} size="sm" fw={500}>
        {t('risk.settings')}
      </Anchor>
    ) : null;

  if (roni.isPending) return <Loading />;
  if (roni.isError) return <LoadError error={roni.error} onRetry={() => void roni.refetch()} />;
  const { estimate, counts } = roni.data;
  const missing = estimate.risks.filter((r) => r.expectedLoss === null).length;

  return (
    <Stack gap="lg">
      <Panel title={t('risk.title')} description={t('risk.description')} actions={settingsLink}>
        <Group gap="xl" align="flex-end">
          <div>
            <Text size="xs" c="dimmed">
              {t('risk.total')}
            </Text>
            <Text fz={30} fw={700} data-testid="roni-total">
              {fig.money(estimate.total, estimate.currency)}
            </Text>
          </div>
          <Counts
            label={t('risk.counts.unansweredQuestions')}
            value={fig.count(counts.unansweredQuestions)}
          />
          <Counts label={t('risk.counts.lateAnswers')} value={fig.count(counts.lateAnswers)} />
          <Counts
            label={t('risk.counts.audiencesNotReached')}
            value={fig.count(counts.audiencesNotReached)}
          />
        </Group>
        {missing > 0 && (
          <Alert color="yellow" variant="light" mt="md">
            <Text size="sm">{t('risk.missing', { count: missing })}</Text>
            {settingsLink}
          </Alert>
        )}
      </Panel>
      <Panel title={t('risk.risks')} padding="md">
        {estimate.risks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('risk.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing={8} aria-label={t('risk.risks')} data-testid="roni-risks">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('risk.risk')}</Table.Th>
                  <Table.Th ta="right">{t('risk.probability')}</Table.Th>
                  <Table.Th ta="center" aria-hidden="true" />
                  <Table.Th ta="right">{t('risk.impact')}</Table.Th>
                  <Table.Th ta="right">{t('risk.expectedLoss')}</Table.Th>
                  <Table.Th>{t('risk.inputs')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {estimate.risks.map((r, i) => (
                  <RiskRow key={`${r.kind}-${i}`} risk={r} currency={estimate.currency} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Panel>
    </Stack>
  );
}

function Counts({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

function RiskRow({ risk, currency }: { risk: RoniRisk; currency: string }) {
  const { t } = useTranslation('analytics');
  const fig = useFigures();
  return (
    <Table.Tr data-risk={risk.kind}>
      <Table.Td>
        {/* The inbox risks are labelled by their kind; audience gaps and competitors by what they name. */}
        <Text size="sm" fw={500}>
          {risk.label === risk.kind ? t(`risk.kinds.${risk.kind}`, risk.kind) : risk.label}
        </Text>
        {risk.label !== risk.kind && (
          <Text size="xs" c="dimmed">
            {t(`risk.kinds.${risk.kind}`, risk.kind)}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">{fig.probability(risk.probability)}</Table.Td>
      <Table.Td ta="center" c="dimmed" aria-hidden="true">
        ×
      </Table.Td>
      <Table.Td ta="right">{fig.money(risk.impact, currency)}</Table.Td>
      <Table.Td ta="right">
        {risk.expectedLoss === null ? (
          <Badge color="yellow" variant="light">
            {t('unavailable.needs_assumption')}
          </Badge>
        ) : (
          <Text fw={600} size="sm">
            {fig.money(risk.expectedLoss, currency)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={0}>
          {risk.inputs.map((i) => (
            <Text key={i.key} size="xs" c={i.value === null ? 'orange.8' : undefined}>
              {t('risk.inputLine', {
                label: fig.text(i.label),
                value:
                  i.value === null
                    ? t('risk.notEntered')
                    : i.key === 'probability'
                      ? fig.probability(i.value)
                      : fig.value(i.value, i.unit, currency),
              })}
            </Text>
          ))}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

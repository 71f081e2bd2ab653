import { Anchor, Badge, Box, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useWorkspace } from '../../../app/workspace.js';
import { LoadError } from '../../../components/ui.js';
import { useFormat } from '../../../lib/format.js';
import { useSummary } from '../../budget/budget.api.js';
import { useMoney } from '../../budget/money.js';
import { addDays, addWeeks, isoWeekOf, mondayOf, networkName, todayIn } from '../../organisation/calendar.js';
import {
  useCoverage,
  useResources,
  useWorkload,
  type PersonWeek,
} from '../../organisation/organisation.api.js';
import { useBuilder } from '../builder-context.js';

/** How many overloads and resources the compact panel lists before summing up the rest. */
const LIST_MAX = 5;
/** The workload horizon the panel looks at, in weeks from the current one. */
const WEEKS_AHEAD = 4;

/**
 * Step 8's view of what the plan costs in people and money: the resources with their capacity, the
 * overloads and inbox coverage gaps coming up, and the budget lines against the action plan's estimate.
 * Each block shows only when the person may read it; the Organisation and Budget pages stay the place
 * to change anything.
 */
export function OrgBudgetPanel() {
  const { t } = useTranslation('strategy');
  const { may } = useWorkspace();
  const showOrg = may('organisation.read');
  const showBudget = may('budget.read');
  if (!showOrg && !showBudget) return null;
  return (
    <Paper withBorder radius="md" p="md" shadow="xs" aria-labelledby="org-budget-title">
      <Text fw={650} id="org-budget-title" mb="sm">
        {t('orgBudget.title')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: showOrg && showBudget ? 2 : 1 }} spacing="lg">
        {showOrg && <OrganisationBlock />}
        {showBudget && <BudgetBlock />}
      </SimpleGrid>
    </Paper>
  );
}

function Block({ title, link, children }: { title: string; link: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600} tt="uppercase" c="dimmed">
          {title}
        </Text>
        {link}
      </Group>
      {children}
    </Stack>
  );
}

function OrganisationBlock() {
  const { t } = useTranslation('strategy');
  const { id: ws, workspace } = useWorkspace();
  const fmt = useFormat();
  const thisWeek = isoWeekOf(todayIn(workspace.timeZone));
  const nextWeek = addWeeks(thisWeek, 1);
  const resources = useResources(ws);
  const workload = useWorkload(
    ws,
    mondayOf(thisWeek),
    addDays(mondayOf(addWeeks(thisWeek, WEEKS_AHEAD - 1)), 6),
  );
  const coverage = useCoverage(ws, nextWeek);
  const h = (x: number) => t('orgBudget.hours', { hours: fmt.number(Math.round(x * 10) / 10) });
  const weekLabel = (w: string) => t('orgBudget.week', { week: w.slice(6), date: fmt.day(mondayOf(w)) });
  const link = (
    <Anchor component={Link} to={`/w/${encodeURIComponent(ws)}/organisation`} size="sm">
      {t('orgBudget.manageResources')}
    </Anchor>
  );

  const people = () => {
    if (resources.isPending) return <Loader size="xs" />;
    if (resources.error)
      return <LoadError error={resources.error} onRetry={() => void resources.refetch()} />;
    const list = resources.data;
    if (!list.length)
      return (
        <Text size="sm" c="dimmed">
          {t('orgBudget.noResources')}
        </Text>
      );
    const total = list.reduce((s, r) => s + r.capacityHoursPerWeek, 0);
    return (
      <Stack gap={4}>
        {list.slice(0, LIST_MAX).map((r) => (
          <Group key={r.id} justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" truncate>
              {r.name}{' '}
              <Text span size="xs" c="dimmed">
                {t(`orgBudget.kind.${r.kind === 'member' ? 'member' : (r.providerType ?? 'other')}`)}
              </Text>
            </Text>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {t('orgBudget.perWeek', { hours: h(r.capacityHoursPerWeek) })}
            </Text>
          </Group>
        ))}
        {list.length > LIST_MAX && (
          <Text size="xs" c="dimmed">
            {t('orgBudget.more', { count: list.length - LIST_MAX })}
          </Text>
        )}
        <Group
          justify="space-between"
          gap="xs"
          pt={4}
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Text size="sm" fw={600}>
            {t('orgBudget.totalCapacity')}
          </Text>
          <Text size="sm" fw={700} data-testid="org-total-capacity">
            {t('orgBudget.perWeek', { hours: h(total) })}
          </Text>
        </Group>
      </Stack>
    );
  };

  const overloads = () => {
    if (!resources.data?.length) return null;
    if (workload.isPending) return <Loader size="xs" />;
    if (workload.error) return <LoadError error={workload.error} onRetry={() => void workload.refetch()} />;
    const found = workload.data.people.flatMap((p) =>
      p.weeks.filter((w) => w.overloaded).map((w) => ({ name: p.name, w })),
    );
    // The same plan every week overloads the same person alike: one line for the run of weeks.
    const runs: { name: string; w: PersonWeek; last: string }[] = [];
    for (const { name, w } of found) {
      const run = runs[runs.length - 1];
      const alike = run && run.name === name && addWeeks(run.last, 1) === w.week;
      if (alike && run.w.plannedHours === w.plannedHours && run.w.capacityHours === w.capacityHours)
        run.last = w.week;
      else runs.push({ name, w, last: w.week });
    }
    if (!found.length)
      return (
        <Text size="sm" c="teal.8">
          {t('orgBudget.noOverload', { count: WEEKS_AHEAD })}
        </Text>
      );
    return (
      <Stack gap={2}>
        <Text size="sm" fw={600} c="red.8">
          {t('orgBudget.overloads', { count: found.length, weeks: WEEKS_AHEAD })}
        </Text>
        {runs.slice(0, LIST_MAX).map(({ name, w, last }) => (
          <Text key={`${name}|${w.week}`} size="sm">
            {t('orgBudget.overload', {
              person: name,
              week:
                last === w.week
                  ? weekLabel(w.week)
                  : t('orgBudget.weeks', {
                      from: w.week.slice(6),
                      to: last.slice(6),
                      date: fmt.day(mondayOf(w.week)),
                    }),
              over: h(w.overloadHours),
              planned: h(w.plannedHours),
              capacity: h(w.capacityHours),
            })}
          </Text>
        ))}
        {runs.length > LIST_MAX && (
          <Text size="xs" c="dimmed">
            {t('orgBudget.more', { count: runs.length - LIST_MAX })}
          </Text>
        )}
      </Stack>
    );
  };

  const gaps = () => {
    if (coverage.isPending) return <Loader size="xs" />;
    if (coverage.error) return <LoadError error={coverage.error} onRetry={() => void coverage.refetch()} />;
    const networks = coverage.data.networks;
    return (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {t('orgBudget.coverageTitle', { week: weekLabel(nextWeek) })}
        </Text>
        {!networks.length ? (
          <Text size="sm" c="dimmed">
            {t('orgBudget.noInbox')}
          </Text>
        ) : (
          networks.map((n) => {
            const late = n.gaps.filter((g) => g.breachUntil).length;
            const [color, text] = !n.covererIds.length
              ? ['red', t('orgBudget.nobody')]
              : late
                ? ['orange', t('orgBudget.gaps', { count: late })]
                : ['teal', t('orgBudget.covered')];
            return (
              <Group key={n.networkId} justify="space-between" gap="xs">
                <Text size="sm">{networkName(n.networkId)}</Text>
                <Badge size="sm" variant="light" color={color}>
                  {text}
                </Badge>
              </Group>
            );
          })
        )}
      </Stack>
    );
  };

  return (
    <Block title={t('orgBudget.organisation')} link={link}>
      {people()}
      {overloads()}
      {gaps()}
    </Block>
  );
}

function BudgetBlock() {
  const { t } = useTranslation('strategy');
  const { id: ws } = useWorkspace();
  const { snapshot } = useBuilder();
  const money = useMoney();
  // No period: the whole budget stands against the whole plan's estimate.
  const summary = useSummary(ws, '', '');
  const estimate = snapshot.actions
    .filter((a) => a.status !== 'cancelled')
    .reduce((s, a) => s + a.budgetEstimate, 0);
  const link = (
    <Anchor component={Link} to={`/w/${encodeURIComponent(ws)}/budget`} size="sm">
      {t('orgBudget.openBudget')}
    </Anchor>
  );
  const estimateRow = (
    <Figure label={t('orgBudget.estimate')} value={money.format(estimate)} testId="budget-estimate" />
  );

  const body = () => {
    if (summary.isPending) return <Loader size="xs" />;
    if (summary.error) return <LoadError error={summary.error} onRetry={() => void summary.refetch()} />;
    if (!summary.data.lines.length)
      return (
        <>
          <Text size="sm" c="dimmed">
            {t('orgBudget.noLines')}
          </Text>
          {estimateRow}
        </>
      );
    const total = summary.data.total;
    const gap = total.planned - estimate;
    return (
      <>
        <Figure label={t('orgBudget.planned')} value={money.format(total.planned)} testId="budget-planned" />
        <Figure label={t('orgBudget.committed')} value={money.format(total.committed)} />
        <Figure label={t('orgBudget.actual')} value={money.format(total.actual)} />
        <Box pt={4} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          {estimateRow}
        </Box>
        <Text size="sm" c={gap === 0 ? 'teal.8' : 'orange.8'}>
          {gap === 0
            ? t('orgBudget.matches')
            : t(gap > 0 ? 'orgBudget.above' : 'orgBudget.below', { amount: money.format(Math.abs(gap)) })}
        </Text>
      </>
    );
  };

  return (
    <Block title={t('orgBudget.budget')} link={link}>
      {body()}
    </Block>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Group justify="space-between" gap="xs">
      <Text size="sm">{label}</Text>
      <Text size="sm" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
}

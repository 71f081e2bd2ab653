import {
  Alert,
  Badge,
  Box,
  Group,
  List,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { IconAlert, IconCheck } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, Panel } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { addDays, addWeeks, isoWeekOf, mondayOf, todayIn } from './calendar.js';
import { useCauseLabel } from './causes.js';
import { useWorkload, type PersonWeek } from './organisation.api.js';
import { WeekPicker } from './WeekPicker.js';

/** Each person's planned hours per week against capacity; overloads with the work that causes them. */
export function WorkloadPanel() {
  const { t } = useTranslation('organisation');
  const { id: ws, workspace } = useWorkspace();
  const fmt = useFormat();
  const causeLabel = useCauseLabel();
  const [start, setStart] = useState(() => isoWeekOf(todayIn(workspace.timeZone)));
  const [span, setSpan] = useState('4');
  const from = mondayOf(start);
  const to = addDays(mondayOf(addWeeks(start, Number(span) - 1)), 6);
  const report = useWorkload(ws, from, to);
  const h = (x: number) => t('hours', { hours: fmt.number(Math.round(x * 10) / 10) });
  const weekLabel = (w: string) => t('weekShort', { week: w.slice(6), date: fmt.day(mondayOf(w)) });

  const body = () => {
    if (report.isPending) return <Loading />;
    if (report.error) return <LoadError error={report.error} onRetry={() => void report.refetch()} />;
    const r = report.data;
    if (!r.people.length)
      return <EmptyState title={t('workload.emptyTitle')} description={t('workload.emptyBody')} />;
    // Identical overloads in several weeks (the same plan every week) read better as one warning.
    const overloads: { person: string; week: PersonWeek; weeks: string[] }[] = [];
    const same = (a: PersonWeek, b: PersonWeek) =>
      JSON.stringify([a.plannedHours, a.capacityHours, a.causes]) ===
      JSON.stringify([b.plannedHours, b.capacityHours, b.causes]);
    for (const p of r.people)
      for (const w of p.weeks.filter((x) => x.overloaded)) {
        const last = overloads[overloads.length - 1];
        if (last && last.person === p.name && same(last.week, w)) last.weeks.push(w.week);
        else overloads.push({ person: p.name, week: w, weeks: [w.week] });
      }
    const overloadedWeeks = r.people.reduce((n, p) => n + p.weeks.filter((w) => w.overloaded).length, 0);
    return (
      <Stack gap="lg">
        <Panel padding={0} title={t('workload.gridTitle')} description={t('workload.gridBody')}>
          <Table.ScrollContainer minWidth={200 + r.weeks.length * 130}>
            <Table verticalSpacing="sm" withColumnBorders>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('workload.person')}</Table.Th>
                  {r.weeks.map((w) => (
                    <Table.Th key={w} ta="center" style={{ whiteSpace: 'nowrap' }}>
                      {weekLabel(w)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.people.map((p) => (
                  <Table.Tr key={p.resourceId}>
                    <Table.Td fw={600}>{p.name}</Table.Td>
                    {p.weeks.map((w) => (
                      <Table.Td key={w.week} bg={w.overloaded ? 'var(--mantine-color-red-0)' : undefined}>
                        <Cell w={w} h={h} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Panel>
        {overloads.length ? (
          <Panel
            title={t('workload.overloadsTitle', { count: overloadedWeeks })}
            description={t('workload.overloadsBody')}
          >
            <Stack gap="md">
              {overloads.map(({ person, week, weeks }) => (
                <Alert
                  key={`${person}|${week.week}`}
                  color="red"
                  variant="light"
                  icon={<IconAlert />}
                  title={t('workload.overload', {
                    person,
                    week:
                      weeks.length === 1
                        ? weekLabel(week.week)
                        : t('workload.weekRange', {
                            from: weekLabel(weeks[0]!),
                            to: weekLabel(weeks[weeks.length - 1]!),
                            count: weeks.length,
                          }),
                    planned: h(week.plannedHours),
                    capacity: h(week.capacityHours),
                    over: h(week.overloadHours),
                  })}
                >
                  <List size="sm" spacing={2}>
                    {week.causes.map((c, i) => (
                      <List.Item key={i}>
                        {causeLabel(c)} — <b>{h(c.hours)}</b>
                      </List.Item>
                    ))}
                  </List>
                </Alert>
              ))}
            </Stack>
          </Panel>
        ) : (
          <Alert color="teal" variant="light" icon={<IconCheck />}>
            {t('workload.noOverload')}
          </Alert>
        )}
        {r.unassigned.some((u) => u.hours > 0) && (
          <Panel title={t('workload.unassignedTitle')} description={t('workload.unassignedBody')}>
            <Stack gap="xs">
              {r.unassigned
                .filter((u) => u.hours > 0)
                .slice(0, 1)
                .flatMap((u) => u.causes)
                .map((c, i) => (
                  <Group key={i} justify="space-between" maw={560}>
                    <Text size="sm">{causeLabel(c)}</Text>
                    <Badge variant="light" color="orange">
                      {t('workload.perWeek', { hours: h(c.hours) })}
                    </Badge>
                  </Group>
                ))}
            </Stack>
          </Panel>
        )}
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <Group gap="md" align="flex-end">
        <WeekPicker label={t('workload.from')} week={start} onChange={setStart} />
        <Box>
          <Text size="sm" fw={500} mb={4}>
            {t('workload.span')}
          </Text>
          <SegmentedControl
            value={span}
            onChange={setSpan}
            data={['4', '8', '13'].map((n) => ({
              value: n,
              label: t('workload.weeks', { count: Number(n) }),
            }))}
          />
        </Box>
      </Group>
      {body()}
    </Stack>
  );
}

function Cell({ w, h }: { w: PersonWeek; h: (x: number) => string }) {
  const { t } = useTranslation('organisation');
  const pct = w.capacityHours > 0 ? (w.plannedHours / w.capacityHours) * 100 : w.plannedHours > 0 ? 100 : 0;
  const color = w.overloaded ? 'red' : pct > 85 ? 'orange' : 'teal';
  return (
    <Tooltip label={t('workload.cellTip', { planned: h(w.plannedHours), capacity: h(w.capacityHours) })}>
      <Stack gap={4} align="stretch">
        <Text size="sm" ta="center" fw={w.overloaded ? 700 : 500} c={w.overloaded ? 'red.8' : undefined}>
          {h(w.plannedHours)} / {h(w.capacityHours)}
        </Text>
        <Progress value={Math.min(pct, 100)} color={color} size="sm" aria-hidden />
        {w.overloaded && (
          <Badge size="xs" color="red" variant="filled" mx="auto">
            {t('workload.overBy', { hours: h(w.overloadHours) })}
          </Badge>
        )}
      </Stack>
    </Tooltip>
  );
}

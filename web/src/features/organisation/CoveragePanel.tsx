import { Alert, Badge, Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { IconAlert, IconCheck, IconClock } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, Panel } from '../../components/ui.js';
import { addDays, gapKinds, gapOnDay, isoWeekOf, mondayOf, networkName, todayIn } from './calendar.js';
import { useDuration } from './duration.js';
import { useCoverage, useResources, type CoverageGap, type NetworkCoverage } from './organisation.api.js';
import { WeekPicker } from './WeekPicker.js';

/** Inbox coverage of each network in a chosen week, and when a reply target would be missed. */
export function CoveragePanel() {
  const { t } = useTranslation('organisation');
  const { id: ws, workspace } = useWorkspace();
  const [week, setWeek] = useState(() => isoWeekOf(todayIn(workspace.timeZone)));
  const coverage = useCoverage(ws, week);
  const resources = useResources(ws);

  const body = () => {
    if (coverage.isPending) return <Loading />;
    if (coverage.error) return <LoadError error={coverage.error} onRetry={() => void coverage.refetch()} />;
    if (!coverage.data.networks.length)
      return <EmptyState title={t('coverage.emptyTitle')} description={t('coverage.emptyBody')} />;
    const names = new Map((resources.data ?? []).map((r) => [r.id, r.name]));
    return coverage.data.networks.map((n) => (
      <NetworkCard key={n.networkId} coverage={n} week={week} names={names} />
    ));
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <WeekPicker label={t('coverage.week')} week={week} onChange={setWeek} />
        <Text size="sm" c="dimmed">
          {t('coverage.timeZone', { zone: coverage.data?.timeZone ?? workspace.timeZone })}
        </Text>
      </Group>
      {body()}
    </Stack>
  );
}

const HOURS = [0, 6, 12, 18, 24];

function NetworkCard({
  coverage: c,
  week,
  names,
}: {
  coverage: NetworkCoverage;
  week: string;
  names: Map<string, string>;
}) {
  const { t, i18n } = useTranslation('organisation');
  const lang = i18n.resolvedLanguage ?? 'en';
  const duration = useDuration();
  const monday = mondayOf(week);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const dayName = (d: string) =>
    new Intl.DateTimeFormat(lang, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${d}T00:00:00Z`));
  const local = (s: string) => {
    const d = s.slice(0, 10);
    return `${new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`))} ${s.slice(11, 16)}`;
  };
  const name = networkName(c.networkId);
  const coverers = c.covererIds.map((id) => names.get(id) ?? '?');
  const breaches = c.gaps.filter((g) => g.breachUntil);

  return (
    <Panel
      title={
        <Group gap="sm">
          <span>{name}</span>
          {breaches.length ? (
            <Badge color="red" variant="light" leftSection={<IconAlert size={12} />}>
              {t('coverage.breachBadge', { duration: duration(c.breachMinutes) })}
            </Badge>
          ) : (
            <Badge color="teal" variant="light" leftSection={<IconCheck size={12} />}>
              {t('coverage.ok')}
            </Badge>
          )}
        </Group>
      }
      description={
        coverers.length
          ? t('coverage.summary', {
              target: duration(c.replyTargetMinutes),
              covered: duration(c.coveredMinutes),
              who: coverers.join(', '),
            })
          : t('coverage.summaryNobody', { target: duration(c.replyTargetMinutes) })
      }
    >
      <Stack gap={6} role="img" aria-label={t('coverage.chartLabel', { network: name })}>
        <Group gap={0} wrap="nowrap" ml={110}>
          {HOURS.slice(0, -1).map((h) => (
            <Text key={h} size="xs" c="dimmed" style={{ flex: 1 }}>
              {String(h).padStart(2, '0')}:00
            </Text>
          ))}
        </Group>
        {days.map((d) => (
          <Group key={d} gap={0} wrap="nowrap">
            <Text size="xs" w={110} fw={500}>
              {dayName(d)}
            </Text>
            <DayBar date={d} gaps={c.gaps} />
          </Group>
        ))}
        <Group gap="lg" ml={110} mt={4}>
          <Legend color="var(--mantine-color-teal-4)" label={t('coverage.legendCovered')} />
          <Legend color="var(--mantine-color-orange-2)" label={t('coverage.legendGap')} />
          <Legend color="var(--mantine-color-red-6)" label={t('coverage.legendBreach')} />
        </Group>
      </Stack>
      {coverers.length === 0 && (
        <Alert color="red" variant="light" icon={<IconAlert />} mt="lg" title={t('coverage.nobodyTitle')}>
          {t('coverage.nobodyBody', { network: name, target: duration(c.replyTargetMinutes) })}
        </Alert>
      )}
      {coverers.length > 0 && breaches.length > 0 && (
        <Stack gap="xs" mt="lg">
          <Text fw={600} size="sm">
            {t('coverage.gapsTitle')}
          </Text>
          {breaches.map((g) => (
            <Alert key={g.start} color="red" variant="light" icon={<IconClock />} p="sm">
              <Group gap={6} mb={4}>
                <Text size="sm" fw={600}>
                  {t('coverage.gap', {
                    from: local(g.localStart),
                    to: local(g.localEnd),
                    duration: duration(g.minutes),
                  })}
                </Text>
                {gapKinds(g).map((k) => (
                  <Badge key={k} size="xs" variant="outline" color="red">
                    {t(`coverage.kind.${k}`)}
                  </Badge>
                ))}
              </Group>
              <Text size="sm">
                {t('coverage.breach', {
                  from: local(g.localStart),
                  until: local(g.localBreachUntil ?? g.localEnd),
                  target: duration(c.replyTargetMinutes),
                  answered: local(g.localEnd),
                })}
              </Text>
            </Alert>
          ))}
        </Stack>
      )}
    </Panel>
  );
}

function DayBar({ date, gaps }: { date: string; gaps: CoverageGap[] }) {
  const { t } = useTranslation('organisation');
  const spans = gaps.flatMap((g) => {
    const gap = gapOnDay(g, date);
    const breach = g.localBreachUntil
      ? gapOnDay({ localStart: g.localStart, localEnd: g.localBreachUntil }, date)
      : null;
    return gap ? [{ gap, breach }] : [];
  });
  const pos = ([a, b]: [number, number]) => ({
    left: `${(a / 1440) * 100}%`,
    width: `${((b - a) / 1440) * 100}%`,
  });
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return (
    <Box
      style={{
        position: 'relative',
        flex: 1,
        height: 20,
        borderRadius: 4,
        background: 'var(--mantine-color-teal-4)',
        overflow: 'hidden',
      }}
    >
      {spans.map(({ gap, breach }, i) => (
        <Tooltip key={i} label={t('coverage.uncovered', { from: hhmm(gap[0]), to: hhmm(gap[1]) })}>
          <Box
            style={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              ...pos(gap),
              background: 'var(--mantine-color-orange-2)',
            }}
          >
            {breach && (
              <Box
                style={{
                  position: 'absolute',
                  top: 0,
                  bottom: 0,
                  left: 0,
                  width: `${((breach[1] - breach[0]) / (gap[1] - gap[0])) * 100}%`,
                  background: 'var(--mantine-color-red-6)',
                  opacity: 0.85,
                }}
              />
            )}
          </Box>
        </Tooltip>
      ))}
      {[6, 12, 18].map((h) => (
        <Box
          key={h}
          style={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            left: `${(h / 24) * 100}%`,
            width: 1,
            background: 'rgba(255,255,255,0.7)',
          }}
        />
      ))}
    </Box>
  );
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6}>
      <Box w={14} h={10} style={{ background: color, borderRadius: 2 }} />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}

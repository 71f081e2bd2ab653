import { Box, Stack, Text } from '@mantine/core';
import { Fragment, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendar } from './calendar-context.js';
import { dropProps } from './drop.js';
import { weekDates } from './grid.js';
import { byHour, cellKey, type PlacedPost } from './layout.js';
import { PostChip } from './PostChip.js';
import { hoursOfDay } from './zoned.js';

const ROW = 52;
// The working day is what people plan; earlier hours stay one scroll away.
const FIRST_VISIBLE_HOUR = 7;
const HOURS = [...Array(24).keys()];

/**
 * Seven days by 24 wall-clock hours in the viewer's zone. An hour the clocks skip (spring forward) is
 * hatched and takes no drop; on the fall-back day the repeated hour holds the posts of both.
 */
export function WeekView({ date, today, placed }: { date: string; today: string; placed: PlacedPost[] }) {
  const { t } = useTranslation('calendar');
  const cal = useCalendar();
  const scroller = useRef<HTMLDivElement>(null);
  const dates = weekDates(date);
  const cells = byHour(placed);
  const lang = cal.locale;
  // "07:00" where clocks run to 24 h, "7 AM" where they do not: a bare "07" reads as nothing.
  const twelveHour = new Intl.DateTimeFormat(lang, { hour: 'numeric' }).resolvedOptions().hour12 === true;
  const hourLabel = new Intl.DateTimeFormat(
    lang,
    twelveHour
      ? { hour: 'numeric', timeZone: 'UTC' }
      : { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' },
  );
  const head = new Intl.DateTimeFormat(lang, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const existing = new Map(dates.map((d) => [d, new Set(hoursOfDay(d, cal.timeZone))]));
  const repeated = new Map(
    dates.map((d) => {
      const hours = hoursOfDay(d, cal.timeZone);
      return [d, new Set(hours.filter((h, i) => hours.indexOf(h) !== i))];
    }),
  );

  // An earlier post of the week pulls the view up to it, so nothing planned starts out of sight.
  const earliest = Math.min(FIRST_VISIBLE_HOUR, ...placed.map((p) => Number(p.local.slice(11, 13))));
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = earliest * ROW;
  }, [date, earliest]);

  const columns = '56px repeat(7, minmax(110px, 1fr))';
  return (
    <Box data-testid="calendar-week" style={{ overflowX: 'auto' }}>
      <Box miw={56 + 7 * 110}>
        <Box
          style={{
            display: 'grid',
            gridTemplateColumns: columns,
            borderBottom: '1px solid var(--mantine-color-gray-3)',
          }}
        >
          <span />
          {dates.map((d) => (
            <Text
              key={d}
              size="xs"
              fw={d === today ? 700 : 600}
              c={d === today ? 'blue' : undefined}
              ta="center"
              py={6}
            >
              {head.format(new Date(`${d}T00:00:00Z`))}
            </Text>
          ))}
        </Box>
        <Box
          ref={scroller}
          style={{ maxHeight: 620, overflowY: 'auto' }}
          data-testid="calendar-week-scroller"
        >
          <Box style={{ display: 'grid', gridTemplateColumns: columns }}>
            {HOURS.map((h) => (
              <Fragment key={h}>{row(h)}</Fragment>
            ))}
          </Box>
        </Box>
      </Box>
      <Text size="xs" c="dimmed" mt={4}>
        {t('week.dstNote')}
      </Text>
    </Box>
  );

  /** One hour across the seven days (a plain function, not a component, so chips keep their state). */
  function row(hour: number) {
    const hh = `${String(hour).padStart(2, '0')}:00`;
    return (
      <>
        <Text
          size="xs"
          c="dimmed"
          ta="right"
          pr={6}
          style={{ height: ROW, borderTop: '1px solid var(--mantine-color-gray-2)' }}
        >
          {hourLabel.format(new Date(`2000-01-01T${hh}:00Z`))}
        </Text>
        {dates.map((d) => {
          const skipped = !existing.get(d)?.has(hour);
          const list = cells.get(cellKey(d, hour)) ?? [];
          const common = {
            minHeight: ROW,
            borderTop: '1px solid var(--mantine-color-gray-2)',
            borderLeft: '1px solid var(--mantine-color-gray-3)',
            padding: 2,
          };
          if (skipped)
            return (
              <Box
                key={d}
                title={t('week.skippedHour')}
                aria-label={t('week.skippedHour')}
                style={{
                  ...common,
                  background:
                    'repeating-linear-gradient(45deg, var(--mantine-color-gray-1) 0 6px, var(--mantine-color-gray-0) 6px 12px)',
                }}
              />
            );
          return (
            <Box
              key={d}
              data-date={d}
              data-hour={hour}
              title={repeated.get(d)?.has(hour) ? t('week.repeatedHour') : undefined}
              {...dropProps(cal, d, hour)}
              onDoubleClick={() => cal.canWrite && cal.newPostAt(`${d}T${hh}`)}
              style={{
                ...common,
                background: d === today ? 'var(--mantine-color-blue-0)' : undefined,
              }}
            >
              <Stack gap={2}>
                {list.map((p) => (
                  <PostChip key={p.post.id} placed={p} />
                ))}
              </Stack>
            </Box>
          );
        })}
      </>
    );
  }
}

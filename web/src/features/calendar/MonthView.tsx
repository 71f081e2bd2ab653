import { ActionIcon, Box, Button, Group, Popover, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconPlus } from '../../components/icons.js';
import { useCalendar } from './calendar-context.js';
import { dropProps } from './drop.js';
import { monthGrid } from './grid.js';
import { byDay, crowd, type PlacedPost } from './layout.js';
import { PostChip } from './PostChip.js';

const MAX_CHIPS = 3;
// New posts from an empty day start at a usual working hour; the composer lets the person change it.
const DEFAULT_NEW_TIME = '09:00';

/** The month as whole weeks, Monday first; each day lists its posts, "+n more" when crowded. */
export function MonthView({
  date,
  today,
  placed,
  weekdayNames,
}: {
  date: string;
  today: string;
  placed: PlacedPost[];
  weekdayNames: string[];
}) {
  const { t } = useTranslation('calendar');
  const cal = useCalendar();
  const days = byDay(placed);
  const month = date.slice(0, 7);
  const dayNumber = new Intl.DateTimeFormat(cal.locale, {
    day: 'numeric',
    timeZone: 'UTC',
  });
  const longDay = new Intl.DateTimeFormat(cal.locale, {
    dateStyle: 'full',
    timeZone: 'UTC',
  });
  return (
    <Box data-testid="calendar-month" style={{ overflowX: 'auto' }}>
      <Box miw={760}>
        <SimpleGrid cols={7} spacing={0} verticalSpacing={0}>
          {weekdayNames.map((w) => (
            <Text key={w} size="xs" fw={600} c="dimmed" ta="center" py={4} tt="uppercase">
              {w}
            </Text>
          ))}
        </SimpleGrid>
        {monthGrid(date).map((week) => (
          <SimpleGrid key={week[0]} cols={7} spacing={0} verticalSpacing={0}>
            {week.map((d) => {
              const list = days.get(d) ?? [];
              const { shown, more } = crowd(list, MAX_CHIPS);
              const label = longDay.format(new Date(`${d}T00:00:00Z`));
              return (
                <Box
                  key={d}
                  data-date={d}
                  role="group"
                  aria-label={label}
                  {...dropProps(cal, d)}
                  onDoubleClick={() => cal.canWrite && cal.newPostAt(`${d}T${DEFAULT_NEW_TIME}`)}
                  style={{
                    minHeight: 112,
                    border: '1px solid var(--mantine-color-gray-3)',
                    marginTop: -1,
                    marginLeft: -1,
                    padding: 4,
                    background:
                      d.slice(0, 7) !== month ? 'var(--mantine-color-gray-0)' : 'var(--mantine-color-body)',
                    outline: cal.dragging ? '1px dashed var(--mantine-color-blue-3)' : undefined,
                    outlineOffset: -3,
                  }}
                >
                  <Group justify="space-between" gap={2} mb={2} wrap="nowrap">
                    <Text
                      size="xs"
                      fw={d === today ? 700 : 500}
                      c={d === today ? 'blue' : d.slice(0, 7) !== month ? 'dimmed' : undefined}
                    >
                      {dayNumber.format(new Date(`${d}T00:00:00Z`))}
                    </Text>
                    {cal.canWrite && (
                      <ActionIcon
                        size="xs"
                        variant="subtle"
                        color="gray"
                        aria-label={t('newOn', { date: label })}
                        onClick={() => cal.newPostAt(`${d}T${DEFAULT_NEW_TIME}`)}
                      >
                        <IconPlus size={12} />
                      </ActionIcon>
                    )}
                  </Group>
                  <Stack gap={2}>
                    {shown.map((p) => (
                      <PostChip key={p.post.id} placed={p} />
                    ))}
                    {more > 0 && (
                      <Popover withinPortal shadow="md" width={300} position="bottom">
                        <Popover.Target>
                          <Button size="compact-xs" variant="subtle" color="gray">
                            {t('more', { count: more })}
                          </Button>
                        </Popover.Target>
                        <Popover.Dropdown>
                          <Text size="sm" fw={600} mb="xs">
                            {label}
                          </Text>
                          <Stack gap={2}>
                            {list.map((p) => (
                              <PostChip key={p.post.id} placed={p} />
                            ))}
                          </Stack>
                        </Popover.Dropdown>
                      </Popover>
                    )}
                  </Stack>
                </Box>
              );
            })}
          </SimpleGrid>
        ))}
      </Box>
    </Box>
  );
}

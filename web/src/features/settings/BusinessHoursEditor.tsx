import { ActionIcon, Group, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { IconPlus, IconX } from '../../components/icons.js';
import { WEEK, weekdayName } from '../../lib/hours.js';
import type { Range, RangeError, Week } from './hours-model.js';

const MAX_PER_DAY = 3;

/** A second opening after `last`: from its end to two hours later (or to 23:59), e.g. after lunch. */
function nextRange(last: Range): Range {
  const [h = 0, m = 0] = last.end.split(':').map(Number);
  const end = Math.min(h * 60 + m + 120, 23 * 60 + 59);
  const hh = String(Math.floor(end / 60)).padStart(2, '0');
  const mm = String(end % 60).padStart(2, '0');
  return { start: last.end, end: `${hh}:${mm}` };
}

/** Opening hours per weekday: open or closed, and up to three time ranges (a lunch break). */
export function BusinessHoursEditor({
  value,
  onChange,
  problems,
}: {
  value: Week;
  onChange: (w: Week) => void;
  /** `${day}.${index}` → a problem found locally (a RangeError code), or a message from the server. */
  problems: Record<string, string>;
}) {
  const { t, i18n } = useTranslation('settings');
  const lang = i18n.resolvedLanguage ?? 'en';
  const setDay = (day: number, ranges: Range[]) => onChange({ ...value, [day]: ranges });
  const codes: readonly RangeError[] = ['order', 'overlap', 'format'];
  const message = (p: string | undefined) => (codes.includes(p as RangeError) ? t(`hours.errors.${p}`) : p);

  return (
    <Stack gap={0}>
      {WEEK.map((day) => {
        const ranges = value[day] ?? [];
        const open = ranges.length > 0;
        const name = weekdayName(day, lang);
        return (
          <Group
            key={day}
            align="flex-start"
            gap="md"
            py="sm"
            wrap="nowrap"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
          >
            <Switch
              w={150}
              mt={6}
              label={
                <Text tt="capitalize" size="sm" fw={500}>
                  {name}
                </Text>
              }
              checked={open}
              onChange={(e) => setDay(day, e.currentTarget.checked ? [{ start: '09:00', end: '18:00' }] : [])}
              aria-label={t('hours.openOn', { day: name })}
            />
            <Stack gap={6} style={{ flex: 1 }}>
              {!open && (
                <Text size="sm" c="dimmed" mt={6}>
                  {t('hours.closed')}
                </Text>
              )}
              {ranges.map((r, i) => {
                const problem = message(problems[`${day}.${i}`]);
                return (
                  <Stack key={i} gap={2}>
                    <Group gap="xs" wrap="nowrap">
                      <TimeInput
                        aria-label={t('hours.opens', { day: name })}
                        value={r.start}
                        onChange={(e) =>
                          setDay(
                            day,
                            ranges.map((x, j) => (j === i ? { ...x, start: e.currentTarget.value } : x)),
                          )
                        }
                        w={120}
                        error={Boolean(problem)}
                      />
                      <Text c="dimmed">–</Text>
                      <TimeInput
                        aria-label={t('hours.closes', { day: name })}
                        value={r.end}
                        onChange={(e) =>
                          setDay(
                            day,
                            ranges.map((x, j) => (j === i ? { ...x, end: e.currentTarget.value } : x)),
                          )
                        }
                        w={120}
                        error={Boolean(problem)}
                      />
                      <Tooltip label={t('hours.removeRange', { day: name })}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('hours.removeRange', { day: name })}
                          onClick={() =>
                            setDay(
                              day,
                              ranges.filter((_, j) => j !== i),
                            )
                          }
                        >
                          <IconX size={16} />
                        </ActionIcon>
                      </Tooltip>
                      {i === ranges.length - 1 && ranges.length < MAX_PER_DAY && (
                        <Tooltip label={t('hours.addRange')}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('hours.addRangeOn', { day: name })}
                            onClick={() => setDay(day, [...ranges, nextRange(r)])}
                          >
                            <IconPlus size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                    {problem && (
                      <Text size="xs" c="red">
                        {problem}
                      </Text>
                    )}
                  </Stack>
                );
              })}
            </Stack>
          </Group>
        );
      })}
    </Stack>
  );
}

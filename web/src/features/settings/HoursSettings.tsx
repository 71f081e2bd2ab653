import { ActionIcon, Button, Grid, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconX } from '../../components/icons.js';
import { FormError, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifySuccess } from '../../lib/notify.js';
import { BusinessHoursEditor } from './BusinessHoursEditor.js';
import { checkWeek, copyMondayToWeekdays, fromWeek, toWeek, type Week } from './hours-model.js';
import { useUpdateWorkspace } from './settings.api.js';

/**
 * Business hours and holidays, in the workspace's time zone: response clocks and approval deadlines
 * count only open hours.
 */
export function HoursSettings() {
  const { t } = useTranslation('settings');
  const { id, workspace } = useWorkspace();
  const fmt = useFormat();
  const describe = useDescribeError();
  const update = useUpdateWorkspace(id);
  const [week, setWeek] = useState<Week>(() => toWeek(workspace.businessHours.weekdays));
  const [holidays, setHolidays] = useState<string[]>(() => [...workspace.businessHours.holidays].sort());
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const local = useMemo(() => checkWeek(week), [week]);

  const saved = JSON.stringify({
    w: toWeek(workspace.businessHours.weekdays),
    h: [...workspace.businessHours.holidays].sort(),
  });
  const dirty = JSON.stringify({ w: week, h: holidays }) !== saved;

  const save = () => {
    setServerProblems({});
    setFormError(null);
    if (Object.keys(local).length) return;
    const { weekdays, at } = fromWeek(week);
    update.mutate(
      { businessHours: { weekdays, holidays } },
      {
        onSuccess: () => notifySuccess(t('saved')),
        onError: (e) => {
          // `businessHours.weekdays.3.start` → the 4th opening sent → its day and row in the editor.
          const mine: Record<string, string> = {};
          const rest: string[] = [];
          for (const f of e instanceof ApiError ? e.fields : []) {
            const m = /^businessHours\.weekdays\.(\d+)/.exec(f.field);
            const where = m ? at[Number(m[1])] : undefined;
            if (where) mine[`${where.day}.${where.index}`] = f.message;
            else rest.push(f.message);
          }
          setServerProblems(mine);
          if (rest.length) setFormError(rest.join(' '));
          else if (!Object.keys(mine).length) setFormError(describe(e));
        },
      },
    );
  };

  return (
    <Panel title={t('hours.title')} description={t('hours.description', { tz: workspace.timeZone })}>
      <Stack gap="lg">
        <FormError message={formError} />
        <Grid gutter="xl">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Group justify="space-between" mb="xs">
              <Title order={5}>{t('hours.weekTitle')}</Title>
              <Button variant="subtle" size="compact-sm" onClick={() => setWeek(copyMondayToWeekdays(week))}>
                {t('hours.copyMonday')}
              </Button>
            </Group>
            <BusinessHoursEditor value={week} onChange={setWeek} problems={{ ...local, ...serverProblems }} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Title order={5} mb={4}>
              {t('holidays.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('holidays.description')}
            </Text>
            <Group align="flex-start" gap="lg" wrap="wrap">
              <DatePicker
                type="multiple"
                value={holidays}
                onChange={(v) => setHolidays([...v].sort())}
                aria-label={t('holidays.title')}
              />
              <Stack gap={4} style={{ flex: 1, minWidth: 160 }}>
                {holidays.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('holidays.none')}
                  </Text>
                ) : (
                  <ScrollArea.Autosize mah={260}>
                    <Stack gap={2}>
                      {holidays.map((d) => (
                        <Group key={d} justify="space-between" wrap="nowrap" gap="xs">
                          <Text size="sm">{fmt.day(d)}</Text>
                          <ActionIcon
                            size="sm"
                            variant="subtle"
                            color="gray"
                            aria-label={t('holidays.remove', { date: fmt.day(d) })}
                            onClick={() => setHolidays(holidays.filter((x) => x !== d))}
                          >
                            <IconX size={14} />
                          </ActionIcon>
                        </Group>
                      ))}
                    </Stack>
                  </ScrollArea.Autosize>
                )}
              </Stack>
            </Group>
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          <Button
            variant="default"
            disabled={!dirty}
            onClick={() => {
              setWeek(toWeek(workspace.businessHours.weekdays));
              setHolidays([...workspace.businessHours.holidays].sort());
              setServerProblems({});
            }}
          >
            {t('discard')}
          </Button>
          <Button
            onClick={save}
            loading={update.isPending}
            disabled={!dirty || Object.keys(local).length > 0}
          >
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </Panel>
  );
}

import { Anchor, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Action } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconCheck } from '../../components/icons.js';
import { RoleBadge } from '../../components/roles.js';
import { Panel } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { summarizeHours } from '../../lib/hours.js';
import { LANGUAGES } from '../../lib/language.js';
import { timeZoneLabel } from '../../lib/time-zones.js';

/** Abilities worth telling a person about, in the order they matter to them. */
const HIGHLIGHTS: Action[] = [
  'workspace.update',
  'members.invite',
  'members.manage',
  'departments.manage',
  'strategy.write',
  'posts.write',
  'posts.publish',
  'approvals.decide',
  'inbox.handle',
  'analytics.read',
  'budget.read',
  'audit.read',
  'tokens.manage',
];

/** The person's role here and what it lets them do, from the same `can` the server enforces. */
export function RolePanel() {
  const { t } = useTranslation('home');
  const { role, may } = useWorkspace();
  const allowed = HIGHLIGHTS.filter((a) => may(a));
  return (
    <Panel title={t('role.title')}>
      <Stack gap="sm">
        <Group gap="xs">
          <RoleBadge role={role} />
        </Group>
        <Text size="sm">{t(`common:roleDescriptions.${role}`)}</Text>
        {allowed.length > 0 && (
          <List
            size="sm"
            spacing={4}
            icon={<IconCheck size={14} color="var(--mantine-color-teal-6)" />}
            aria-label={t('role.canList')}
          >
            {allowed.map((a) => (
              <List.Item key={a}>{t(`common:actions.${a}`)}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Panel>
  );
}

/** Time zone, currency, language and opening hours the workspace runs on. */
export function WorkspaceFactsPanel() {
  const { t, i18n } = useTranslation('home');
  const { id, workspace, may } = useWorkspace();
  const fmt = useFormat();
  const lines = summarizeHours(workspace.businessHours.weekdays, i18n.resolvedLanguage ?? 'en');
  const holidays = [...workspace.businessHours.holidays].sort();
  const today = new Date().toISOString().slice(0, 10);
  const next = holidays.find((d) => d >= today);
  const rows: [string, string][] = [
    [t('facts.timeZone'), timeZoneLabel(workspace.timeZone)],
    [t('facts.currency'), workspace.currency],
    [t('facts.language'), LANGUAGES.find((l) => l.value === workspace.locale)?.label ?? workspace.locale],
    [
      t('facts.hours'),
      lines.length
        ? lines.map((l) => t('facts.hoursLine', { days: l.days, hours: l.hours })).join(' · ')
        : t('facts.noHours'),
    ],
    [
      t('facts.holidays'),
      holidays.length
        ? next
          ? t('facts.holidaysNext', { count: holidays.length, date: fmt.day(next) })
          : t('facts.holidaysCount', { count: holidays.length })
        : t('facts.noHolidays'),
    ],
  ];
  return (
    <Panel
      title={t('facts.title')}
      actions={
        may('workspace.update') ? (
          <Anchor component={Link} to={`/w/${id}/settings`} size="sm" fw={500}>
            {t('facts.edit')}
          </Anchor>
        ) : undefined
      }
    >
      <Table withRowBorders={false} verticalSpacing={6} horizontalSpacing={0}>
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Td w={110} valign="top">
                <Text size="sm" c="dimmed">
                  {k}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{v}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Panel>
  );
}

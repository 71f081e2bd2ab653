import { Anchor, Group, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Department, Member } from '../../api/types.js';
import { useSession } from '../../app/session.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconCheck } from '../../components/icons.js';
import { Panel } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';

interface Step {
  key: string;
  title: string;
  detail: string;
  done: boolean;
  link?: { to: string; label: string };
}

/**
 * What is set up and what is left, computed from the workspace's real state; only the steps the
 * person can act on are listed.
 */
export function SetupChecklist({
  members,
  departments,
  pendingInvitations,
}: {
  members: Member[] | undefined;
  departments: Department[] | undefined;
  pendingInvitations: number;
}) {
  const { t } = useTranslation('home');
  const { id, workspace, may } = useWorkspace();
  const { user } = useSession();
  const fmt = useFormat();
  const base = `/w/${id}`;

  const steps: Step[] = [
    {
      key: 'created',
      title: t('setup.created'),
      detail: t('setup.createdDetail', { date: fmt.date(workspace.createdAt) }),
      done: true,
    },
  ];
  if (may('members.invite') && members) {
    const others = members.length - 1;
    steps.push({
      key: 'invite',
      title: t('setup.invite'),
      detail:
        others > 0
          ? t('setup.inviteDone', { count: others })
          : pendingInvitations > 0
            ? t('setup.invitePending', { count: pendingInvitations })
            : t('setup.inviteTodo'),
      done: others > 0,
      link: { to: `${base}/members`, label: t('setup.inviteLink') },
    });
  }
  if (may('members.manage') && members && departments) {
    const assigned = members.filter((m) => m.departmentIds.length > 0).length;
    steps.push({
      key: 'departments',
      title: t('setup.departments'),
      detail:
        departments.length === 0
          ? t('setup.departmentsNone')
          : t('setup.departmentsDetail', { assigned, total: members.length }),
      done: departments.length > 0 && assigned === members.length,
      link: { to: `${base}/members`, label: t('setup.departmentsLink') },
    });
  }
  if (may('workspace.update')) {
    // The server starts every workspace at Monday–Friday 09:00–18:00 without holidays.
    const bh = workspace.businessHours;
    const isDefault =
      bh.holidays.length === 0 &&
      bh.weekdays.length === 5 &&
      bh.weekdays.every((w) => w.day >= 1 && w.day <= 5 && w.start === '09:00' && w.end === '18:00');
    steps.push({
      key: 'hours',
      title: t('setup.hours'),
      detail: isDefault ? t('setup.hoursTodo') : t('setup.hoursDone', { count: bh.holidays.length }),
      done: !isDefault,
      link: { to: `${base}/settings`, label: t('setup.hoursLink') },
    });
  }
  steps.push({
    key: 'profile',
    title: t('setup.profile'),
    detail:
      user.timeZone && user.locale ? t('setup.profileDone', { tz: user.timeZone }) : t('setup.profileTodo'),
    done: Boolean(user.timeZone && user.locale),
    link: { to: `${base}/profile`, label: t('setup.profileLink') },
  });

  const done = steps.filter((s) => s.done).length;
  // Once everything is in place the list has nothing left to say.
  if (done === steps.length) return null;
  return (
    <Panel
      title={t('setup.title')}
      description={t('setup.progress', { done, total: steps.length })}
      actions={<Progress value={(done / steps.length) * 100} w={140} mt={8} aria-label={t('setup.title')} />}
    >
      <Stack gap="md">
        {steps.map((s) => (
          <Group key={s.key} wrap="nowrap" align="flex-start" gap="md">
            <ThemeIcon
              size={26}
              radius="xl"
              variant={s.done ? 'filled' : 'default'}
              color={s.done ? 'teal' : 'gray'}
              aria-label={s.done ? t('setup.doneLabel') : t('setup.todoLabel')}
            >
              {s.done ? <IconCheck size={15} /> : <span />}
            </ThemeIcon>
            <Stack gap={0} style={{ flex: 1 }}>
              <Text fw={600} size="sm">
                {s.title}
              </Text>
              <Text size="sm" c="dimmed">
                {s.detail}
              </Text>
            </Stack>
            {s.link && !s.done && (
              <Anchor component={Link} to={s.link.to} size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                {s.link.label}
              </Anchor>
            )}
          </Group>
        ))}
      </Stack>
    </Panel>
  );
}

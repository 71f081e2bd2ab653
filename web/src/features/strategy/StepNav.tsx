import { Badge, NavLink, Paper, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IconCheck, IconHistory, IconHome } from '../../components/icons.js';
import { useBuilder } from './builder-context.js';
import { STEPS, stepUrl } from './steps.js';
import { useCompleteness } from './strategy.api.js';

/** The builder's sidebar: overview, the nine steps with their open gaps, the plan and versions. */
export function StepNav({ current }: { current: string }) {
  const { t } = useTranslation('strategy');
  const { ws } = useBuilder();
  const report = useCompleteness(ws).data?.data;
  const gapsOf = (n: number) => report?.gaps.filter((g) => g.target.step === n).length ?? 0;

  return (
    <Paper withBorder radius="md" p="xs" shadow="xs" component="nav" aria-label={t('nav.steps')}>
      <NavLink
        component={Link}
        to={stepUrl(ws, '').replace(/\/$/, '')}
        active={current === ''}
        label={t('overview.nav')}
        leftSection={
          <ThemeIcon size={24} radius="xl" variant="light" color="gray">
            <IconHome size={14} />
          </ThemeIcon>
        }
      />
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm" pt="sm" pb={4}>
        {t('nav.method')}
      </Text>
      {STEPS.map((s) => {
        const gaps = s.number <= 9 ? gapsOf(s.number) : 0;
        const active = current === s.slug;
        return (
          <NavLink
            key={s.slug}
            component={Link}
            py={6}
            to={stepUrl(ws, s.slug)}
            active={active}
            aria-current={active ? 'page' : undefined}
            label={t(`steps.${s.key}.short`)}
            leftSection={
              <ThemeIcon
                size={24}
                radius="xl"
                variant={active ? 'filled' : 'light'}
                color={s.number > 9 ? 'grape' : undefined}
              >
                <Text size="xs" fw={700}>
                  {s.number > 9 ? '▸' : s.number}
                </Text>
              </ThemeIcon>
            }
            rightSection={
              gaps > 0 ? (
                <Badge size="sm" color="red" variant="light" aria-label={t('nav.gaps', { count: gaps })}>
                  {gaps}
                </Badge>
              ) : report && s.number <= 9 ? (
                <IconCheck size={14} color="var(--mantine-color-teal-6)" />
              ) : null
            }
          />
        );
      })}
      <NavLink
        component={Link}
        to={stepUrl(ws, 'versions')}
        active={current === 'versions'}
        label={t('versions.nav')}
        mt={4}
        leftSection={
          <ThemeIcon size={24} radius="xl" variant="light" color="gray">
            <IconHistory size={14} />
          </ThemeIcon>
        }
      />
    </Paper>
  );
}

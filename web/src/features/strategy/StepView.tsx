import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IconBook, IconChevronRight } from '../../components/icons.js';
import { useBuilder } from './builder-context.js';
import { STEPS, stepUrl, type StepDef, type StepSlug } from './steps.js';
import { AudiencesStep } from './steps/AudiencesStep.js';
import { EditorialStep } from './steps/EditorialStep.js';
import { ExistingActionsStep } from './steps/ExistingActionsStep.js';
import { IndicatorsStep } from './steps/IndicatorsStep.js';
import { NetworksStep } from './steps/NetworksStep.js';
import { ObjectivesStep } from './steps/ObjectivesStep.js';
import { ObstaclesStep } from './steps/ObstaclesStep.js';
import { PlanStep } from './steps/PlanStep.js';
import { RolesStep } from './steps/RolesStep.js';
import { ValueAddedStep } from './steps/ValueAddedStep.js';

const CONTENT: Record<StepSlug, ComponentType> = {
  objectives: ObjectivesStep,
  audiences: AudiencesStep,
  'existing-actions': ExistingActionsStep,
  'value-added': ValueAddedStep,
  networks: NetworksStep,
  'editorial-line': EditorialStep,
  indicators: IndicatorsStep,
  roles: RolesStep,
  obstacles: ObstaclesStep,
  plan: PlanStep,
};

/** One step: its title, the method in a few lines with an example, the editor, and back/next. */
export function StepView({ step }: { step: StepDef }) {
  const { t } = useTranslation('strategy');
  const { ws } = useBuilder();
  const Content = CONTENT[step.slug];
  const index = STEPS.indexOf(step);
  const prev = STEPS[index - 1];
  const next = STEPS[index + 1];
  const k = `steps.${step.key}`;

  return (
    <>
      <Paper withBorder radius="md" p="lg" shadow="xs">
        <Group gap="xs" mb={6}>
          <Badge variant="light" color={step.number > 9 ? 'grape' : 'blue'}>
            {step.number > 9 ? t('nav.afterSteps') : t('nav.stepOf', { n: step.number })}
          </Badge>
        </Group>
        <Title order={3} fw={650}>
          {t(`${k}.title`)}
        </Title>
        <Text mt="xs" size="sm">
          {t(`${k}.intro`)}
        </Text>
        <Paper
          mt="md"
          p="sm"
          radius="sm"
          bg="blue.0"
          style={{ borderLeft: '3px solid var(--mantine-color-blue-5)' }}
        >
          <Group gap={6} mb={4} c="blue.8">
            <IconBook size={14} />
            <Text size="xs" fw={700} tt="uppercase">
              {t('method.exampleLabel')}
            </Text>
          </Group>
          <Text size="sm" fs="italic">
            {t(`${k}.example`)}
          </Text>
        </Paper>
      </Paper>
      <Stack gap="md">
        <Content />
      </Stack>
      <Group justify="space-between">
        {prev ? (
          <Button component={Link} to={stepUrl(ws, prev.slug)} variant="default">
            ← {t(`steps.${prev.key}.short`)}
          </Button>
        ) : (
          <span />
        )}
        {next ? (
          <Button component={Link} to={stepUrl(ws, next.slug)} rightSection={<IconChevronRight />}>
            {t('nav.next', { name: t(`steps.${next.key}.short`) })}
          </Button>
        ) : (
          <Button component={Link} to={stepUrl(ws, 'versions')} rightSection={<IconChevronRight />}>
            {t('versions.nav')}
          </Button>
        )}
      </Group>
    </>
  );
}

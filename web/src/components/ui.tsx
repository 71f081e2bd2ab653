import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../lib/errors.js';
import { IconAlert, IconInfo, type IconComponent } from './icons.js';

/** The title block of a page: title, one line saying what the page is for, and its main actions. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  // The browser tab and history name the page too.
  useEffect(() => {
    document.title = `${title} · Presence`;
  }, [title]);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="md">
      <Box maw={720}>
        <Title order={2} fw={650}>
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm" mt={4}>
            {description}
          </Text>
        )}
      </Box>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}

/** A bordered white panel holding one block of a page. */
export function Panel({
  title,
  description,
  actions,
  children,
  padding = 'lg',
}: {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  padding?: 'xs' | 'sm' | 'md' | 'lg' | 0;
}) {
  return (
    <Paper withBorder radius="md" p={padding} shadow="xs">
      {(title || actions) && (
        <Group
          justify="space-between"
          align="flex-start"
          mb="md"
          px={padding === 0 ? 'lg' : 0}
          pt={padding === 0 ? 'lg' : 0}
        >
          <Box>
            {title && (
              <Title order={4} fw={600}>
                {title}
              </Title>
            )}
            {description && (
              <Text c="dimmed" size="sm" mt={2}>
                {description}
              </Text>
            )}
          </Box>
          {actions}
        </Group>
      )}
      {children}
    </Paper>
  );
}

/** Shown while a block loads. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {label ?? t('loading')}
        </Text>
      </Stack>
    </Center>
  );
}

/** A failed load, with the reason and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title={t('errors.loadFailed')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{describe(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** An empty list: what would be here, and the action that fills it. */
export function EmptyState({
  icon: Icon = IconInfo,
  title,
  description,
  action,
}: {
  icon?: IconComponent;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Center py={40} px="md">
      <Stack align="center" gap="xs" maw={420} ta="center">
        <ThemeIcon size={44} radius="xl" variant="light">
          <Icon size={22} />
        </ThemeIcon>
        <Text fw={600}>{title}</Text>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        {action && <Box mt="xs">{action}</Box>}
      </Stack>
    </Center>
  );
}

/** A form-wide error (one that names no field of the form). */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
      {message}
    </Alert>
  );
}

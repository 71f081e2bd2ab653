import { Button, Center, Code, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { IconAlert, IconRefresh } from '../components/icons.js';

/** A page's code that cannot be fetched: usually Presence was updated since this tab loaded. */
function isStaleBundle(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
    message,
  );
}

/** What a page shows instead of crashing: the reason, and a way out (reload or home). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const stale = isStaleBundle(error);
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : null;
  return (
    <Center py={80} px="md">
      <Stack align="center" gap="sm" maw={520} ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color={stale ? 'indigo' : 'red'}>
          {stale ? <IconRefresh size={28} /> : <IconAlert size={28} />}
        </ThemeIcon>
        <Title order={3}>{stale ? t('routeError.updatedTitle') : t('routeError.title')}</Title>
        <Text c="dimmed" size="sm">
          {stale ? t('routeError.updatedBody') : t('routeError.body')}
        </Text>
        {!stale && detail && (
          <Code block maw="100%" style={{ whiteSpace: 'pre-wrap', textAlign: 'left' }}>
            {detail}
          </Code>
        )}
        <Group justify="center" mt="xs">
          <Button leftSection={<IconRefresh size={16} />} onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </Button>
          <Button component={Link} to="/" variant="default">
            {t('routeError.home')}
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}

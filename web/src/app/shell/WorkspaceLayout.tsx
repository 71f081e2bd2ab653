import { Anchor, AppShell, Burger, Button, Center, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client.js';
import { keys } from '../../api/paths.js';
import { Logo } from '../../components/Logo.js';
import { LoadError, Loading } from '../../components/ui.js';
import { useSession } from '../session.js';
import { useWorkspaceQuery, WorkspaceProvider } from '../workspace.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { Navigation } from './Navigation.js';
import { UserMenu } from './UserMenu.js';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.js';
import { NotificationBell } from '../../features/notifications/NotificationBell.js';

/** Remembers the last workspace opened, so "/" returns to it. */
export const LAST_WORKSPACE_KEY = 'presence.lastWorkspace';

/** The signed-in shell around every /w/:workspaceId page: header, sidebar, content. */
export function WorkspaceLayout() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const query = useWorkspaceQuery(workspaceId);
  const qc = useQueryClient();
  const [navOpened, { toggle, close }] = useDisclosure(false);

  useEffect(() => {
    if (query.data) localStorage.setItem(LAST_WORKSPACE_KEY, workspaceId);
  }, [query.data, workspaceId]);
  // Gone or left: the session's list of workspaces may be out of date too.
  const gone = query.error instanceof ApiError && query.error.status === 404;
  useEffect(() => {
    if (gone) void qc.invalidateQueries({ queryKey: keys.session });
  }, [gone, qc]);

  if (!query.data) {
    return (
      <AppShell header={{ height: 60 }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Logo />
            <Group gap="xs">
              <LanguageSwitcher />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Main bg="gray.0">
          {query.isPending ? (
            <Loading />
          ) : (
            <WorkspaceUnavailable error={query.error} onRetry={() => void query.refetch()} />
          )}
        </AppShell.Main>
      </AppShell>
    );
  }

  return (
    <WorkspaceProvider view={query.data}>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'md', md: 'xl' }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
              <Burger
                opened={navOpened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.toggle')}
              />
              <Anchor component={Link} to={`/w/${workspaceId}`} underline="never" c="dark" visibleFrom="xs">
                <Logo />
              </Anchor>
              <Divider orientation="vertical" visibleFrom="xs" />
              <WorkspaceSwitcher currentId={workspaceId} currentName={query.data.data.name} />
            </Group>
            <Group gap="xs" wrap="nowrap">
              <NotificationBell workspaceId={workspaceId} />
              <LanguageSwitcher />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <Navigation onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main bg="gray.0">
          <div style={{ maxWidth: 1200, margin: '0 auto' }}>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </div>
        </AppShell.Main>
      </AppShell>
    </WorkspaceProvider>
  );
}

/** A workspace that does not exist or that the person does not belong to (the API says 404 for both). */
function WorkspaceUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const { workspaces } = useSession();
  if (!(error instanceof ApiError && (error.status === 404 || error.status === 403)))
    return <LoadError error={error} onRetry={onRetry} />;
  return (
    <Center py={80}>
      <Stack align="center" gap="sm" maw={460} ta="center">
        <Title order={3}>{t('workspaceMissing.title')}</Title>
        <Text c="dimmed" size="sm">
          {workspaces.length ? t('workspaceMissing.body') : t('workspaceMissing.bodyNone')}
        </Text>
        <Group justify="center">
          {workspaces.slice(0, 5).map((w) => (
            <Button key={w.id} component={Link} to={`/w/${w.id}`} variant="light">
              {w.name}
            </Button>
          ))}
          {workspaces.length === 0 && (
            <Button component={Link} to="/welcome">
              {t('welcome.create')}
            </Button>
          )}
        </Group>
      </Stack>
    </Center>
  );
}

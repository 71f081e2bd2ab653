import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import type { Action } from '../api/types.js';
import { IconLock } from '../components/icons.js';
import { LoadError, Loading } from '../components/ui.js';
import { useSessionQuery } from './session.js';
import { useWorkspace } from './workspace.js';

/** A whole-screen spinner while the session is being checked. */
export function FullPageLoading() {
  return (
    <Center h="100vh">
      <Loading />
    </Center>
  );
}

/** Pages for signed-in people: others go to sign-in and come back here afterwards. */
export function RequireSession() {
  const { data, isPending, error, refetch } = useSessionQuery();
  const location = useLocation();
  if (isPending) return <FullPageLoading />;
  if (error)
    return (
      <Center h="100vh" p="md">
        <LoadError error={error} onRetry={() => void refetch()} />
      </Center>
    );
  if (!data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** Only a path inside this app (never another site) may be a place to return to after sign-in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Sign-in and sign-up: someone already signed in goes straight on. */
export function RedirectIfSignedIn() {
  const { data, isPending } = useSessionQuery();
  const [params] = useSearchParams();
  if (isPending) return <FullPageLoading />;
  if (data) return <Navigate to={safeNext(params.get('next'))} replace />;
  return <Outlet />;
}

/** What a person sees on a page their role does not open (reached by URL or an old link). */
export function NotAllowed() {
  const { t } = useTranslation();
  const { id } = useWorkspace();
  return (
    <Center py={80}>
      <Stack align="center" gap="sm" maw={440} ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color="gray">
          <IconLock size={28} />
        </ThemeIcon>
        <Title order={3}>{t('forbidden.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('forbidden.body')}
        </Text>
        <Button component={Link} to={`/w/${id}`} variant="light" mt="xs">
          {t('forbidden.home')}
        </Button>
      </Stack>
    </Center>
  );
}

/** Renders `children` only when the role allows `action`; the server checks again on every call. */
export function RequireAction({ action, children }: { action: Action; children: ReactNode }) {
  const { may } = useWorkspace();
  if (!may(action)) return <NotAllowed />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

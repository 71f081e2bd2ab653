import { Anchor, Box, Center, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { Logo } from '../components/Logo.js';
import { useSession, useSignOut } from './session.js';
import { CreateWorkspaceForm } from './shell/CreateWorkspaceModal.js';
import { LanguageSwitcher } from './shell/LanguageSwitcher.js';
import { LAST_WORKSPACE_KEY } from './shell/WorkspaceLayout.js';

/** "/": back to the last workspace opened, else the first; without any, the welcome page. */
export function StartPage() {
  const { workspaces } = useSession();
  const last = localStorage.getItem(LAST_WORKSPACE_KEY);
  const target = workspaces.find((w) => w.id === last) ?? workspaces[0];
  if (!target) return <Navigate to="/welcome" replace />;
  return <Navigate to={`/w/${target.id}`} replace />;
}

/** A signed-in person without a workspace (they left their last one): create one to go on. */
export function WelcomePage() {
  const { t } = useTranslation();
  const { user, workspaces } = useSession();
  const signOut = useSignOut();
  if (workspaces.length > 0) return <Navigate to={`/w/${workspaces[0]!.id}`} replace />;
  return (
    <Box bg="gray.0" mih="100vh">
      <Group justify="space-between" px="lg" py="md">
        <Logo />
        <LanguageSwitcher />
      </Group>
      <Container size={560} py={40}>
        <Paper withBorder shadow="sm" radius="md" p="xl">
          <Stack gap="lg">
            <div>
              <Title order={2}>{t('welcome.title', { name: user.name })}</Title>
              <Text c="dimmed" size="sm" mt={4}>
                {t('welcome.body')}
              </Text>
            </div>
            <CreateWorkspaceForm />
          </Stack>
        </Paper>
        <Center mt="md">
          <Anchor component="button" size="sm" c="dimmed" onClick={() => signOut.mutate()}>
            {t('userMenu.signOut')}
          </Anchor>
        </Center>
      </Container>
    </Box>
  );
}

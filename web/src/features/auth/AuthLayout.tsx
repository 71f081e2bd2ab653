import { Box, Center, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { LanguageSwitcher } from '../../app/shell/LanguageSwitcher.js';
import { IconCheck } from '../../components/icons.js';
import { Logo, LogoMark } from '../../components/Logo.js';
import { Loading } from '../../components/ui.js';

/** Public pages: what Presence is on the left, the form on the right. */
export function AuthLayout() {
  const { t } = useTranslation('auth');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing={0} mih="100vh">
      <Box
        visibleFrom="md"
        p={56}
        style={{
          background:
            'linear-gradient(160deg, var(--mantine-color-indigo-8) 0%, var(--mantine-color-indigo-6) 55%, var(--mantine-color-violet-6) 100%)',
          color: 'white',
        }}
      >
        <Stack justify="space-between" h="100%">
          <Group gap={10}>
            <LogoMark size={34} />
            <Text fw={700} size="xl">
              Presence
            </Text>
          </Group>
          <Stack gap="lg" maw={460}>
            <Title order={1} fw={700} lh={1.2}>
              {t('pitch.title')}
            </Title>
            <Text size="lg" opacity={0.9}>
              {t('pitch.body')}
            </Text>
            <List
              spacing="sm"
              icon={
                <ThemeIcon size={22} radius="xl" color="white" c="indigo">
                  <IconCheck size={14} />
                </ThemeIcon>
              }
            >
              <List.Item>{t('pitch.strategy')}</List.Item>
              <List.Item>{t('pitch.operations')}</List.Item>
              <List.Item>{t('pitch.measure')}</List.Item>
            </List>
          </Stack>
          <Text size="sm" opacity={0.75}>
            {t('pitch.footer')}
          </Text>
        </Stack>
      </Box>
      <Stack bg="gray.0" gap={0}>
        <Group justify="space-between" p="md">
          <Box hiddenFrom="md">
            <Logo />
          </Box>
          <Box ml="auto">
            <LanguageSwitcher />
          </Box>
        </Group>
        <Center style={{ flex: 1 }} p="md" pb={64}>
          <Box w="100%" maw={440}>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </Box>
        </Center>
      </Stack>
    </SimpleGrid>
  );
}

/** The white card every public form sits in, with its title and subtitle. */
export function AuthCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · Presence`;
  }, [title]);
  return (
    <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 32 }}>
      <Title order={2} fw={650} mb={subtitle ? 4 : 'lg'}>
        {title}
      </Title>
      {subtitle && (
        <Text c="dimmed" size="sm" mb="lg">
          {subtitle}
        </Text>
      )}
      {children}
    </Paper>
  );
}

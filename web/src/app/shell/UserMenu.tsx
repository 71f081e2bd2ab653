import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IconBook, IconChevronDown, IconKey, IconLogout, IconUser } from '../../components/icons.js';
import { useSession, useSignOut } from '../session.js';
import { useOptionalWorkspace } from '../workspace.js';

/** The signed-in person: profile, API tokens, API docs, sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const ws = useOptionalWorkspace();
  const signOut = useSignOut();

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.label')} px={6} py={4} style={{ borderRadius: 8 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar name={user.name} color="initials" size={30} radius="xl" />
            <Text size="sm" fw={500} visibleFrom="md" maw={160} truncate>
              {user.name}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py={6}>
          <Text size="sm" fw={600} truncate>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
        </Box>
        <Menu.Divider />
        {ws && (
          <Menu.Item component={Link} to={`/w/${ws.id}/profile`} leftSection={<IconUser size={16} />}>
            {t('userMenu.profile')}
          </Menu.Item>
        )}
        {ws?.may('tokens.manage') && (
          <Menu.Item component={Link} to={`/w/${ws.id}/api-tokens`} leftSection={<IconKey size={16} />}>
            {t('nav.apiTokens')}
          </Menu.Item>
        )}
        <Menu.Item
          component="a"
          href="/api/docs"
          target="_blank"
          rel="noopener"
          leftSection={<IconBook size={16} />}
        >
          {t('userMenu.apiDocs')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => signOut.mutate()}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

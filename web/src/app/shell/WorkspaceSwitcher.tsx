import { Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { IconCheck, IconPlus, IconSelector } from '../../components/icons.js';
import { useSession } from '../session.js';
import { CreateWorkspaceModal } from './CreateWorkspaceModal.js';

/** Lists the person's workspaces (one per client for an agency) and creates another. */
export function WorkspaceSwitcher({ currentId, currentName }: { currentId: string; currentName?: string }) {
  const { t } = useTranslation();
  const { workspaces } = useSession();
  const navigate = useNavigate();
  const [creating, { open, close }] = useDisclosure(false);
  const current = workspaces.find((w) => w.id === currentId);
  const name = currentName ?? current?.name ?? '…';

  return (
    <>
      <Menu position="bottom-start" width={300} shadow="md">
        <Menu.Target>
          <UnstyledButton
            aria-label={t('workspaceSwitcher.label')}
            px="sm"
            py={4}
            style={{ borderRadius: 8, border: '1px solid var(--mantine-color-gray-3)' }}
            maw={300}
          >
            <Group gap="xs" wrap="nowrap">
              <Box style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} truncate>
                  {name}
                </Text>
                {current && (
                  <Text size="xs" c="dimmed" truncate lh={1.2}>
                    {t(`roles.${current.role}`)}
                  </Text>
                )}
              </Box>
              <IconSelector size={16} style={{ flexShrink: 0 }} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('workspaceSwitcher.yours')}</Menu.Label>
          {workspaces.map((w) => (
            <Menu.Item
              key={w.id}
              onClick={() => void navigate(`/w/${w.id}`)}
              rightSection={w.id === currentId ? <IconCheck size={16} /> : null}
            >
              <Text size="sm" fw={500} truncate>
                {w.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`roles.${w.role}`)}
              </Text>
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconPlus size={16} />} onClick={open}>
            {t('workspaceSwitcher.create')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CreateWorkspaceModal opened={creating} onClose={close} />
    </>
  );
}

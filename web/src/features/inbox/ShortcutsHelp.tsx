import { ActionIcon, Group, Kbd, Popover, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './keyboard.js';

/** The "?" button listing the keyboard shortcuts; "?" on the keyboard opens it too. */
export function ShortcutsHelp({ opened, onChange }: { opened: boolean; onChange: (o: boolean) => void }) {
  const { t } = useTranslation('inbox');
  return (
    <Popover opened={opened} onChange={onChange} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('shortcuts.title')}
          onClick={() => onChange(!opened)}
        >
          <Text fw={700}>?</Text>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} miw={220}>
          <Text size="sm" fw={600}>
            {t('shortcuts.title')}
          </Text>
          {SHORTCUTS.map((s) => (
            <Group key={s.command} justify="space-between" gap="lg">
              <Text size="sm">{t(`shortcuts.${s.command}`)}</Text>
              <Kbd size="xs">{s.keys}</Kbd>
            </Group>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

import { Badge, Group, Stack, Text, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types.js';

const COLORS: Record<Role, string> = {
  owner: 'violet',
  admin: 'indigo',
  strategist: 'blue',
  editor: 'cyan',
  approver: 'teal',
  community_manager: 'green',
  analyst: 'orange',
  executive: 'grape',
  guest_reviewer: 'gray',
};

/** A role's translated name as a coloured badge. */
export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[role]} variant="light" radius="sm" tt="none" fw={600}>
      {t(`roles.${role}`)}
    </Badge>
  );
}

/** Select options for `roles`, labelled in the interface language. */
export function useRoleOptions(roles: readonly Role[]): ComboboxItem[] {
  const { t } = useTranslation();
  return roles.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

/** Option renderer that shows what each role may do under its name. */
export function useRoleOptionRenderer(): SelectProps['renderOption'] {
  const { t } = useTranslation();
  return ({ option }) => (
    <Stack gap={0}>
      <Group gap={6}>
        <Text size="sm" fw={500}>
          {option.label}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t(`roleDescriptions.${option.value}`)}
      </Text>
    </Stack>
  );
}

import { Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types.js';

function Snapshot({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation('audit');
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm" c="dimmed">
          {t('detail.nothing')}
        </Text>
      ) : (
        <Code block style={{ maxHeight: 260, overflow: 'auto', whiteSpace: 'pre-wrap' }}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}

/** An entry unfolded: the object's state before and after, and where the change came from. */
export function AuditDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit');
  return (
    <Stack gap="sm" py="xs">
      <Group gap="xl">
        <Text size="xs" c="dimmed">
          {t('detail.objectId')}:{' '}
          <Text span ff="monospace" size="xs">
            {entry.objectId ?? '—'}
          </Text>
        </Text>
        <Text size="xs" c="dimmed">
          {t('detail.ip')}:{' '}
          <Text span ff="monospace" size="xs">
            {entry.ip ?? '—'}
          </Text>
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Snapshot label={t('detail.before')} value={entry.before} />
        <Snapshot label={t('detail.after')} value={entry.after} />
      </SimpleGrid>
    </Stack>
  );
}

import { Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, put } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import { LoadError, Loading, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { preferencesKey, type NotificationType, type Preference } from './notifications.api.js';

type Choices = Record<NotificationType, { inApp: boolean; email: boolean }>;

/** Per type: in the app, by e-mail. Only the signed-in person's own choices. */
export function PreferencesPanel({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('notifications');
  const qc = useQueryClient();
  const describe = useDescribeError();
  const query = useQuery({
    queryKey: preferencesKey(workspaceId),
    queryFn: () => get<{ data: Preference[] }>(wsPath(workspaceId, '/notifications/preferences')),
  });
  const [choices, setChoices] = useState<Choices | null>(null);
  useEffect(() => {
    if (query.data)
      setChoices(
        Object.fromEntries(
          query.data.data.map((p) => [p.type, { inApp: p.inApp, email: p.email }]),
        ) as Choices,
      );
  }, [query.data]);
  const save = useMutation({
    mutationFn: (c: Choices) =>
      put<{ data: Preference[] }>(wsPath(workspaceId, '/notifications/preferences'), {
        preferences: Object.entries(c).map(([type, v]) => ({ type, ...v })),
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: preferencesKey(workspaceId) });
      notifySuccess(t('preferences.saved'));
    },
    onError: (e) => notifyError(describe(e)),
  });

  const body = () => {
    if (query.isPending || !choices) return <Loading />;
    if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
    const set = (type: NotificationType, channel: 'inApp' | 'email', value: boolean) =>
      setChoices({ ...choices, [type]: { ...choices[type], [channel]: value } });
    return (
      <>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('preferences.type')}</Table.Th>
              <Table.Th w={120}>{t('preferences.inApp')}</Table.Th>
              <Table.Th w={120}>{t('preferences.email')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.data.map((p) => (
              <Table.Tr key={p.type}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {t(`types.${p.type}.label`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`types.${p.type}.hint`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    checked={choices[p.type].inApp}
                    onChange={(e) => set(p.type, 'inApp', e.currentTarget.checked)}
                    aria-label={`${t(`types.${p.type}.label`)} — ${t('preferences.inApp')}`}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    checked={choices[p.type].email}
                    onChange={(e) => set(p.type, 'email', e.currentTarget.checked)}
                    aria-label={`${t(`types.${p.type}.label`)} — ${t('preferences.email')}`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end" mt="md">
          <Button loading={save.isPending} onClick={() => save.mutate(choices)}>
            {t('preferences.save')}
          </Button>
        </Group>
      </>
    );
  };

  return (
    <Panel title={t('preferences.title')} description={t('preferences.description')}>
      {body()}
    </Panel>
  );
}

import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, put } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import { useWorkspace } from '../../app/workspace.js';
import { LoadError, Loading, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';

type MissedPostPolicy = 'publish_late' | 'flag';
interface PublishingSettingsView {
  missedPostPolicy: MissedPostPolicy;
}

/** What happens to posts that fell due while publishing was stopped (the worker was down). */
export function PublishingSettings() {
  const { t } = useTranslation('settings');
  const { id } = useWorkspace();
  const describe = useDescribeError();
  const qc = useQueryClient();
  const queryKey = ['workspace', id, 'publishing-settings'];
  const settings = useQuery({
    queryKey,
    queryFn: () => get<{ data: PublishingSettingsView }>(wsPath(id, '/publishing/settings')),
  });
  const [policy, setPolicy] = useState<MissedPostPolicy>('publish_late');
  const saved = settings.data?.data.missedPostPolicy;
  useEffect(() => {
    if (saved) setPolicy(saved);
  }, [saved]);
  const save = useMutation({
    mutationFn: (missedPostPolicy: MissedPostPolicy) =>
      put<{ data: PublishingSettingsView }>(wsPath(id, '/publishing/settings'), { missedPostPolicy }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey });
      notifySuccess(t('saved'));
    },
    onError: (e) => notifyError(describe(e)),
  });

  return (
    <Panel title={t('publishing.title')} description={t('publishing.description')}>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <Stack gap="md">
          <Radio.Group
            label={t('publishing.missedLabel')}
            value={policy}
            onChange={(v) => setPolicy(v === 'flag' ? 'flag' : 'publish_late')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="publish_late" label={t('publishing.publishLate')} />
              <Text size="xs" c="dimmed" ml={30} mt={-6}>
                {t('publishing.publishLateHint')}
              </Text>
              <Radio value="flag" label={t('publishing.flag')} />
              <Text size="xs" c="dimmed" ml={30} mt={-6}>
                {t('publishing.flagHint')}
              </Text>
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button onClick={() => save.mutate(policy)} loading={save.isPending} disabled={policy === saved}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Panel>
  );
}

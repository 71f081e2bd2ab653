import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { del } from '../../api/client.js';
import { keys, wsPath } from '../../api/paths.js';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { PageHeader, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { GeneralSettings } from './GeneralSettings.js';
import { HoursSettings } from './HoursSettings.js';
import { PublishingSettings } from './PublishingSettings.js';

/** Workspace settings: general, business hours and holidays, publishing, and (owners) deletion. */
export default function SettingsPage() {
  const { t } = useTranslation('settings');
  const { may } = useWorkspace();
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="lg">
        <GeneralSettings />
        <HoursSettings />
        <PublishingSettings />
        {may('workspace.delete') && <DangerZone />}
      </Stack>
    </>
  );
}

function DangerZone() {
  const { t } = useTranslation('settings');
  const { id, workspace } = useWorkspace();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => del<void>(wsPath(id)),
    onSuccess: async () => {
      qc.removeQueries({ queryKey: keys.workspace(id) });
      await qc.invalidateQueries({ queryKey: keys.session });
      notifySuccess(t('danger.deleted', { name: workspace.name }));
      void navigate('/', { replace: true });
    },
    onError: (e) => notifyError(describe(e)),
  });
  const ask = async () => {
    const ok = await confirm({
      title: t('danger.confirmTitle'),
      message: t('danger.confirmBody', { name: workspace.name }),
      confirmLabel: t('danger.delete'),
      danger: true,
      typeToConfirm: workspace.name,
    });
    if (ok) remove.mutate();
  };
  return (
    <Panel title={t('danger.title')}>
      <Group justify="space-between" wrap="wrap" gap="md">
        <Text size="sm" c="dimmed" maw={620}>
          {t('danger.body')}
        </Text>
        <Button color="red" variant="light" onClick={() => void ask()} loading={remove.isPending}>
          {t('danger.delete')}
        </Button>
      </Group>
    </Panel>
  );
}

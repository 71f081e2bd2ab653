import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.js';
import { IconRefresh } from '../../components/icons.js';
import { wsPath } from '../../api/paths.js';
import type { DataOf } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { analyticsKeys } from './analytics.api.js';

interface RefreshReport {
  accounts: number;
  postSnapshots: number;
  accountSnapshots: number;
  failed: string[];
  refreshedAt: string;
}

/**
 * "Refresh metrics": reads every observed post and account on the networks now (POST
 * analytics/refresh), then reloads every figure of the page. Shown to those who may configure analytics.
 */
export function RefreshButton() {
  const { t } = useTranslation('analytics');
  const { id: ws, may } = useWorkspace();
  const qc = useQueryClient();
  const describe = useDescribeError();
  const refresh = useMutation({
    mutationFn: () => post<DataOf<RefreshReport>>(wsPath(ws, '/analytics/refresh'), {}),
    onSuccess: async ({ data }) => {
      await qc.invalidateQueries({ queryKey: analyticsKeys.all(ws) });
      if (data.failed.length > 0)
        notifyError(t('refresh.partial', { count: data.failed.length, accounts: data.failed.join(', ') }));
      else notifySuccess(t('refresh.done', { count: data.postSnapshots }));
    },
    onError: (err) => notifyError(describe(err)),
  });
  if (!may('analytics.configure')) return null;
  return (
    <Button
      variant="default"
      leftSection={<IconRefresh size={16} />}
      loading={refresh.isPending}
      onClick={() => refresh.mutate()}
      title={t('refresh.hint')}
    >
      {t('refresh.label')}
    </Button>
  );
}

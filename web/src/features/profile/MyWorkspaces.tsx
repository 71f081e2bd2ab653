import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { post } from '../../api/client.js';
import { keys, wsPath } from '../../api/paths.js';
import type { WorkspaceSummary } from '../../api/types.js';
import { useSession } from '../../app/session.js';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { RoleBadge } from '../../components/roles.js';
import { Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';

/** The workspaces one belongs to, with a way to leave one (refused for its last owner). */
export function MyWorkspaces() {
  const { t } = useTranslation('profile');
  const { workspaces } = useSession();
  const { id: currentId } = useWorkspace();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const leave = useMutation({
    mutationFn: (w: WorkspaceSummary) => post<void>(wsPath(w.id, '/leave')),
    onSuccess: async (_r, w) => {
      qc.removeQueries({ queryKey: keys.workspace(w.id) });
      await qc.invalidateQueries({ queryKey: keys.session });
      notifySuccess(t('workspaces.left', { name: w.name }));
      if (w.id === currentId) void navigate('/', { replace: true });
    },
    onError: (e) => notifyError(describe(e)),
  });
  const askLeave = async (w: WorkspaceSummary) => {
    const ok = await confirm({
      title: t('workspaces.leaveTitle'),
      message: t('workspaces.leaveBody', { name: w.name }),
      confirmLabel: t('workspaces.leave'),
      danger: true,
    });
    if (ok) leave.mutate(w);
  };

  return (
    <Panel title={t('workspaces.title')} description={t('workspaces.description')}>
      <Table verticalSpacing="xs">
        <Table.Tbody>
          {workspaces.map((w) => (
            <Table.Tr key={w.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/w/${w.id}`} fw={500} size="sm">
                    {w.name}
                  </Anchor>
                  {w.id === currentId && (
                    <Text size="xs" c="dimmed">
                      {t('workspaces.current')}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <RoleBadge role={w.role} />
              </Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    onClick={() => void askLeave(w)}
                    loading={leave.isPending && leave.variables?.id === w.id}
                  >
                    {t('workspaces.leave')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Panel>
  );
}

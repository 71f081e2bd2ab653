import { Badge, Button, Group, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation, InvitationStatus } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconMail } from '../../components/icons.js';
import { RoleBadge } from '../../components/roles.js';
import { EmptyState, LoadError, Loading, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useInvitations, useResendInvitation, useRevokeInvitation } from './members.api.js';

const STATUS_COLOR: Record<InvitationStatus, string> = {
  pending: 'yellow',
  accepted: 'teal',
  revoked: 'gray',
  expired: 'red',
};

/** Invitations sent from this workspace: resend a fresh link or revoke one still open. */
export function InvitationsPanel() {
  const { t } = useTranslation('members');
  const { id } = useWorkspace();
  const fmt = useFormat();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const query = useInvitations(id);
  const resend = useResendInvitation(id);
  const revoke = useRevokeInvitation(id);
  const [showAll, setShowAll] = useState(false);

  const askRevoke = async (inv: Invitation) => {
    const ok = await confirm({
      title: t('invitations.revokeTitle'),
      message: t('invitations.revokeBody', { email: inv.email }),
      confirmLabel: t('invitations.revoke'),
      danger: true,
    });
    if (ok)
      revoke.mutate(inv.id, {
        onSuccess: () => notifySuccess(t('invitations.revoked', { email: inv.email })),
        onError: (e) => notifyError(describe(e)),
      });
  };

  const body = () => {
    if (query.isPending) return <Loading />;
    if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
    const list = query.data.data.filter((i) => showAll || i.status === 'pending' || i.status === 'expired');
    if (!list.length)
      return (
        <EmptyState icon={IconMail} title={t('invitations.empty')} description={t('invitations.emptyHint')} />
      );
    return (
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invitations.email')}</Table.Th>
              <Table.Th>{t('invitations.role')}</Table.Th>
              <Table.Th>{t('invitations.invitedBy')}</Table.Th>
              <Table.Th>{t('invitations.expires')}</Table.Th>
              <Table.Th>{t('invitations.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((inv) => (
              <Table.Tr key={inv.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {inv.email}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('invitations.sentOn', { date: fmt.date(inv.createdAt) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RoleBadge role={inv.role} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={inv.invitedByName ? undefined : 'dimmed'}>
                    {inv.invitedByName ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {fmt.dateTime(inv.expiresAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[inv.status]} variant="light" radius="sm" tt="none">
                    {t(`invitations.statuses.${inv.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    {(inv.status === 'pending' || inv.status === 'expired') && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        loading={resend.isPending && resend.variables === inv.id}
                        onClick={() =>
                          resend.mutate(inv.id, {
                            onSuccess: () => notifySuccess(t('invitations.resent', { email: inv.email })),
                            onError: (e) => notifyError(describe(e)),
                          })
                        }
                      >
                        {t('invitations.resend')}
                      </Button>
                    )}
                    {inv.status === 'pending' && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => void askRevoke(inv)}
                      >
                        {t('invitations.revoke')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <Panel
      title={t('invitations.title')}
      description={t('invitations.description')}
      actions={
        <Switch
          size="sm"
          label={t('invitations.showAll')}
          checked={showAll}
          onChange={(e) => setShowAll(e.currentTarget.checked)}
        />
      }
    >
      {body()}
    </Panel>
  );
}

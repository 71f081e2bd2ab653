import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { del, get } from '../../api/client.js';
import { keys, wsPath } from '../../api/paths.js';
import type { ApiToken, DataOf } from '../../api/types.js';
import { useSession } from '../../app/session.js';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconKey, IconPlus } from '../../components/icons.js';
import { RoleBadge } from '../../components/roles.js';
import { EmptyState, LoadError, Loading, PageHeader, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { CreateTokenModal } from './CreateTokenModal.js';

type TokenState = 'active' | 'expired' | 'revoked';
const COLOR: Record<TokenState, string> = { active: 'teal', expired: 'gray', revoked: 'red' };

function stateOf(tk: ApiToken, now: number): TokenState {
  if (tk.revokedAt) return 'revoked';
  if (tk.expiresAt && new Date(tk.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

/** Personal API tokens for this workspace: create, see when each was last used, revoke. */
export default function ApiTokensPage() {
  const { t } = useTranslation('tokens');
  const { id } = useWorkspace();
  const { user } = useSession();
  const fmt = useFormat();
  const qc = useQueryClient();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const [creating, { open, close }] = useDisclosure(false);
  const query = useQuery({
    queryKey: keys.apiTokens(id),
    queryFn: () => get<DataOf<ApiToken[]>>(wsPath(id, '/api-tokens')),
  });
  const revoke = useMutation({
    mutationFn: (tk: ApiToken) => del<void>(wsPath(id, `/api-tokens/${encodeURIComponent(tk.id)}`)),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.apiTokens(id) }),
  });
  const askRevoke = async (tk: ApiToken) => {
    const ok = await confirm({
      title: t('revoke.title'),
      message: t('revoke.body', { name: tk.name }),
      confirmLabel: t('revoke.confirm'),
      danger: true,
    });
    if (ok)
      revoke.mutate(tk, {
        onSuccess: () => notifySuccess(t('revoke.done', { name: tk.name })),
        onError: (e) => notifyError(describe(e)),
      });
  };
  const now = Date.now();
  const createButton = (
    <Button leftSection={<IconPlus />} onClick={open}>
      {t('create.open')}
    </Button>
  );

  const body = () => {
    if (query.isPending) return <Loading />;
    if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
    const list = query.data.data;
    // Owners and admins also see their colleagues' tokens: then say whose each one is.
    const others = list.some((tk) => tk.userId !== user.id);
    if (!list.length)
      return (
        <EmptyState icon={IconKey} title={t('empty')} description={t('emptyHint')} action={createButton} />
      );
    return (
      <Table.ScrollContainer minWidth={820}>
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.name')}</Table.Th>
              {others && <Table.Th>{t('columns.owner')}</Table.Th>}
              <Table.Th>{t('columns.role')}</Table.Th>
              <Table.Th>{t('columns.lastUsed')}</Table.Th>
              <Table.Th>{t('columns.expires')}</Table.Th>
              <Table.Th>{t('columns.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((tk) => {
              const state = stateOf(tk, now);
              return (
                <Table.Tr key={tk.id} opacity={state === 'active' ? 1 : 0.65}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {tk.name}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {tk.prefix}…
                    </Text>
                  </Table.Td>
                  {others && (
                    <Table.Td>
                      <Text size="sm">{tk.userId === user.id ? t('mine') : tk.userName}</Text>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <RoleBadge role={tk.role} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{tk.lastUsedAt ? fmt.dateTime(tk.lastUsedAt) : t('never')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{tk.expiresAt ? fmt.date(tk.expiresAt) : t('noExpiry')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={COLOR[state]} variant="light" radius="sm" tt="none">
                      {t(`states.${state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {state === 'active' && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => void askRevoke(tk)}
                      >
                        {t('revoke.action')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={
          <>
            {t('description')}{' '}
            <Anchor href="/api/docs" target="_blank" rel="noopener" size="sm">
              {t('docs')}
            </Anchor>
          </>
        }
        actions={query.data?.data.length ? createButton : undefined}
      />
      <Panel padding={0}>{body()}</Panel>
      <CreateTokenModal opened={creating} onClose={close} />
    </>
  );
}

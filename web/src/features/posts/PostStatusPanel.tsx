import { Anchor, Badge, Button, Collapse, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconExternal, IconRefresh } from '../../components/icons.js';
import { Panel } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { NetworkBadge } from './network-ui.js';
import type { PostView, PublishAttempt, VariantView } from './posts.types.js';
import { STATUS_COLOR } from './status.js';

/** An attempt's recorded error as one line, whatever shape it was stored in. */
function errorText(error: unknown): string {
  if (error === null || error === undefined || error === '') return '';
  if (typeof error === 'string') return error;
  if (typeof error === 'object') {
    const e = error as { message?: unknown; code?: unknown };
    if (typeof e.message === 'string') return e.message;
    if (typeof e.code === 'string') return e.code;
  }
  return JSON.stringify(error);
}

function Failure({
  v,
  canRetry,
  retrying,
  onRetry,
}: {
  v: VariantView;
  canRetry: boolean;
  retrying: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation('posts');
  const [raw, setRaw] = useState(false);
  if (!v.failure) return null;
  const { code, reason } = v.failure;
  const message = t(`failures.${code}`, {
    defaultValue: t(`checks.${code}`, { defaultValue: t('failures.unknown', { code }) }),
  });
  return (
    <Stack gap={4} mt={4}>
      <Text size="sm" c="red.8">
        {message}
      </Text>
      <Group gap="xs">
        {canRetry && (
          <Button
            size="compact-xs"
            variant="light"
            color="red"
            leftSection={<IconRefresh size={12} />}
            loading={retrying}
            onClick={onRetry}
          >
            {t('actions.retry')}
          </Button>
        )}
        {reason && (
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setRaw((r) => !r)}>
            {raw ? t('status.hideDetail') : t('status.showDetail')}
          </Button>
        )}
      </Group>
      <Collapse in={raw}>
        <Text
          size="xs"
          c="dimmed"
          ff="monospace"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {reason}
        </Text>
      </Collapse>
    </Stack>
  );
}

/** Where each variant stands on its network: status, link, failure and retry, and the attempts log. */
export function PostStatusPanel({
  post,
  attempts,
  canPublish,
  retryingId,
  onRetry,
}: {
  post: PostView;
  attempts: PublishAttempt[];
  canPublish: boolean;
  retryingId: string | null;
  onRetry: (variantId: string) => void;
}) {
  const { t } = useTranslation('posts');
  const fmt = useFormat();
  const handleOf = (variantId: string) => post.variants.find((v) => v.id === variantId)?.accountHandle ?? '';
  return (
    <Panel title={t('status.title')}>
      <Stack gap="sm">
        {post.variants.map((v) => (
          <div key={v.id}>
            <Group gap="xs" wrap="wrap">
              <NetworkBadge network={v.network} />
              <Text size="sm" fw={500}>
                @{v.accountHandle}
              </Text>
              <Badge size="sm" variant="light" tt="none" color={STATUS_COLOR[v.status]}>
                {t(`status.${v.status}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed" mt={2}>
              {v.publishedAt
                ? t(v.publishedLate ? 'status.publishedLateAt' : 'status.publishedAt', {
                    when: fmt.dateTime(v.publishedAt),
                  })
                : v.scheduledAt
                  ? t(
                      v.status === 'scheduled' || v.status === 'publishing'
                        ? 'status.scheduledAt'
                        : 'status.plannedAt',
                      {
                        when: fmt.dateTime(v.scheduledAt),
                      },
                    )
                  : t('status.noTime')}
            </Text>
            {v.remoteUrl && (
              <Anchor href={v.remoteUrl} target="_blank" rel="noopener noreferrer" size="sm">
                <Group gap={4} component="span">
                  {t('status.viewOn', { network: t(`networks.${v.network}`, { defaultValue: v.network }) })}
                  <IconExternal size={14} />
                </Group>
              </Anchor>
            )}
            {v.status === 'failed' && (
              <Failure
                v={v}
                canRetry={canPublish}
                retrying={retryingId === v.id}
                onRetry={() => onRetry(v.id)}
              />
            )}
          </div>
        ))}
        {attempts.length > 0 && (
          <>
            <Text size="sm" fw={600} mt="xs">
              {t('attempts.title')}
            </Text>
            <Table.ScrollContainer minWidth={420}>
              <Table fz="xs" verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('attempts.account')}</Table.Th>
                    <Table.Th>#</Table.Th>
                    <Table.Th>{t('attempts.started')}</Table.Th>
                    <Table.Th>{t('attempts.outcome')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {attempts.map((a) => (
                    <Table.Tr key={`${a.variantId}-${a.number}`}>
                      <Table.Td>@{handleOf(a.variantId)}</Table.Td>
                      <Table.Td>{a.number}</Table.Td>
                      <Table.Td>{fmt.dateTime(a.startedAt)}</Table.Td>
                      <Table.Td>
                        {a.outcome === null
                          ? t('attempts.inFlight')
                          : t(`attempts.outcomes.${a.outcome}`, { defaultValue: a.outcome })}
                        {errorText(a.error) ? ` — ${errorText(a.error)}` : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </Panel>
  );
}

import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IconCheck } from '../../components/icons.js';
import { EmptyState, LoadError, Loading } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { useApproval, useInReview } from './approvals.api.js';
import type { PostPreview } from './approvals.types.js';
import { ApprovalStatusBadge, NetworkTag, StepClockBadge } from './badges.js';
import { useNow } from './use-now.js';

/** A row's approval: its status, step and clock, loaded per post (the list itself is the posts API's). */
function ApprovalCells({ ws, postId, now }: { ws: string; postId: string; now: number }) {
  const { t } = useTranslation('approvals');
  const q = useApproval(ws, postId);
  if (q.isPending) return <Table.Td colSpan={3}>…</Table.Td>;
  if (q.error) return <Table.Td colSpan={3}>—</Table.Td>;
  const a = q.data.data;
  const step = a.currentStep;
  return (
    <>
      <Table.Td>
        <ApprovalStatusBadge status={a.status} />
      </Table.Td>
      <Table.Td>
        {step ? (
          <Stack gap={2}>
            <Text size="sm">{t('timeline.stepName', { number: step.index + 1, name: step.name })}</Text>
            <Text size="xs" c="dimmed">
              {a.waitingOn.map((p) => p.name).join(', ') || t('panel.nobodyWaiting')}
            </Text>
          </Stack>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        {step && (
          <StepClockBadge
            clock={{ dueAt: step.dueAt, startedAt: step.startedAt, targetMinutes: step.targetMinutes }}
            now={now}
          />
        )}
      </Table.Td>
    </>
  );
}

function Row({ ws, post, now }: { ws: string; post: PostPreview; now: number }) {
  const { t } = useTranslation('approvals');
  const fmt = useFormat();
  const networks = [...new Set(post.variants.map((v) => v.network))];
  return (
    <Table.Tr>
      <Table.Td>
        <Stack gap={4}>
          <Anchor component={Link} to={`/w/${ws}/posts/${post.id}`} fw={600} size="sm">
            {post.title || t('untitled')}
          </Anchor>
          <Group gap={4}>
            {networks.map((n) => (
              <NetworkTag key={n} network={n} />
            ))}
          </Group>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{post.createdBy?.name ?? '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{post.scheduledAt ? fmt.dateTime(post.scheduledAt) : t('inbox.noPublication')}</Text>
      </Table.Td>
      <ApprovalCells ws={ws} postId={post.id} now={now} />
    </Table.Tr>
  );
}

/** Every post in review in the workspace, for those who follow the circuits (not only their own turn). */
export function InReviewList({ ws }: { ws: string }) {
  const { t } = useTranslation('approvals');
  const now = useNow();
  const query = useInReview(ws, true);
  if (query.isPending) return <Loading />;
  if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const list = query.data.data;
  if (!list.length) return <EmptyState icon={IconCheck} title={t('all.empty')} />;
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('all.columns.post')}</Table.Th>
            <Table.Th>{t('all.columns.author')}</Table.Th>
            <Table.Th>{t('all.columns.publication')}</Table.Th>
            <Table.Th>{t('all.columns.status')}</Table.Th>
            <Table.Th>{t('all.columns.step')}</Table.Th>
            <Table.Th>{t('all.columns.clock')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((p) => (
            <Row key={p.id} ws={ws} post={p} now={now} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
